/**
 * The demo catalog in Modern Standard Arabic. Names read like Arabic shop listings: noun, then its
 * attribute (agreeing with the noun), then brand and model in Latin letters. Features are clauses
 * whose verbs agree with their line's noun, so the description can join them with "، و".
 */
import type { DemoLexiconTranslation } from './lexicon-translation.ts'

export const arLexicon: DemoLexiconTranslation = {
  categories: {
    'headphones-audio': {
      name: 'السماعات والصوتيات',
      description: 'سماعات رأس وسماعات أذن ومكبرات صوت للموسيقى والمكالمات والتركيز.',
    },
    laptops: {
      name: 'الحواسيب المحمولة',
      description: 'حواسيب فائقة النحافة ومحطات عمل وحواسيب ألعاب محمولة.',
    },
    phones: {
      name: 'الهواتف',
      description: 'هواتف ذكية وإكسسوارات تبقيها جاهزة دائمًا.',
    },
    'keyboards-mice': {
      name: 'لوحات المفاتيح والماوس',
      description: 'لوحات مفاتيح ميكانيكية وماوس وإكسسوارات للمكتب.',
    },
    monitors: {
      name: 'الشاشات',
      description: 'شاشات للعمل والألعاب والأعمال الإبداعية الدقيقة الألوان.',
    },
    'smart-home': {
      name: 'المنزل الذكي',
      description: 'مكبرات صوت وإضاءة ومقابس ومستشعرات تعمل معًا.',
    },
    cameras: {
      name: 'الكاميرات',
      description: 'كاميرات بدون مرآة وكاميرات أكشن وعدسات وملحقات.',
    },
    kitchen: {
      name: 'المطبخ',
      description: 'أجهزة وأدوات طهي للطبخ اليومي.',
    },
    furniture: {
      name: 'الأثاث',
      description: 'أرائك وكراسٍ ومكاتب ووحدات تخزين للمنزل والمكتب.',
    },
    clothing: {
      name: 'الملابس',
      description: 'تيشيرتات وهوديز وجاكيتات وأساسيات لكل يوم.',
    },
    shoes: {
      name: 'الأحذية',
      description: 'أحذية جري وأحذية سنيكرز وأحذية مشي جبلي.',
    },
    'outdoor-sports': {
      name: 'الرياضة والهواء الطلق',
      description: 'معدات للمسارات والتخييم والنادي الرياضي.',
    },
  },
  lines: {
    'Wireless Headphones': {
      noun: 'سماعات رأس لاسلكية',
      attributes: {
        'Noise-Cancelling': 'بخاصية إلغاء الضوضاء',
        'Over-Ear': 'بتصميم يغطي الأذن',
        Foldable: 'قابلة للطي',
        Studio: 'للاستوديو',
      },
      features: {
        'blocks out the commute with adaptive noise cancelling': 'تعزلك عن ضجيج الطريق بفضل إلغاء الضوضاء التكيفي',
        'runs up to 40 hours on a charge': 'تعمل حتى 40 ساعة بشحنة واحدة',
        'pairs with two devices at once': 'تتصل بجهازين في الوقت نفسه',
      },
    },
    'Wireless Earbuds': {
      noun: 'سماعات أذن لاسلكية',
      attributes: {
        True: 'بالكامل',
        Sport: 'رياضية',
        Compact: 'صغيرة الحجم',
        'Noise-Cancelling': 'بخاصية إلغاء الضوضاء',
      },
      features: {
        'stays put through a workout': 'تبقى ثابتة في أذنيك طوال التمرين',
        'comes with a pocketable charging case': 'تأتي مع علبة شحن صغيرة تناسب الجيب',
        'is rated IPX4 against sweat and rain': 'تحمل تصنيف IPX4 لمقاومة العرق والمطر',
      },
    },
    'Bluetooth Speaker': {
      noun: 'مكبر صوت Bluetooth',
      attributes: {
        Portable: 'محمول',
        Waterproof: 'مقاوم للماء',
        Party: 'للحفلات',
        Mini: 'صغير',
      },
      features: {
        'fills a room with warm, even sound': 'يملأ الغرفة بصوت دافئ ومتوازن',
        'floats and survives a drop in the pool': 'يطفو على الماء ويتحمل السقوط في المسبح',
        'links with a second speaker for stereo': 'يتصل بمكبر صوت ثانٍ لصوت ستيريو',
      },
    },
    Soundbar: {
      noun: 'مكبر صوت ساوندبار',
      attributes: {
        'Dolby Atmos': 'بتقنية Dolby Atmos',
        Compact: 'مدمج',
        '5.1': 'بنظام 5.1',
        Wireless: 'لاسلكي',
      },
      features: {
        'makes dialogue clear at low volume': 'يجعل الحوار واضحًا حتى بصوت منخفض',
        'connects to the TV with a single HDMI cable': 'يتصل بالتلفاز بكابل HDMI واحد',
        'adds a wireless subwoofer for deep bass': 'يضم مضخم صوت جهير لاسلكيًا لباص عميق',
      },
    },
    Laptop: {
      noun: 'حاسوب محمول',
      attributes: {
        Ultralight: 'فائق الخفة',
        OLED: 'بشاشة OLED',
        Business: 'للأعمال',
        Convertible: 'قابل للتحويل',
      },
      features: {
        'weighs barely more than a kilogram': 'يزن ما يزيد قليلًا على كيلوغرام واحد',
        'lasts a full working day on battery': 'تدوم بطاريته يوم عمل كاملًا',
        'wakes instantly and charges over USB-C': 'يستيقظ فورًا ويُشحن عبر USB-C',
      },
    },
    'Gaming Laptop': {
      noun: 'حاسوب محمول للألعاب',
      attributes: {
        RTX: 'ببطاقة رسومات RTX',
        '240 Hz': 'بشاشة 240 هرتز',
        Pro: 'احترافي',
        Slim: 'رفيع',
      },
      features: {
        'keeps frame rates high with a dedicated GPU': 'يحافظ على معدل إطارات مرتفع بفضل معالج رسومات مخصص',
        'cools quietly with a vapour chamber': 'يبقى باردًا وهادئًا بفضل حجرة تبخير',
        'has a per-key RGB keyboard': 'يضم لوحة مفاتيح بإضاءة RGB لكل مفتاح',
      },
    },
    Chromebook: {
      noun: 'حاسوب Chromebook',
      attributes: {
        Student: 'للطلاب',
        Touch: 'بشاشة لمس',
        Rugged: 'متين',
        Plus: 'Plus',
      },
      features: {
        'boots in seconds and updates itself': 'يعمل خلال ثوانٍ ويحدّث نفسه تلقائيًا',
        'survives the school bag': 'يصمد أمام الاستخدام اليومي في الحقيبة المدرسية',
        'runs Android apps': 'يشغّل تطبيقات Android',
      },
    },
    Smartphone: {
      noun: 'هاتف ذكي',
      attributes: {
        '5G': 'بتقنية 5G',
        'Dual-SIM': 'بشريحتين',
        Pro: 'احترافي',
        Compact: 'صغير الحجم',
      },
      features: {
        'takes sharp night photos': 'يلتقط صورًا ليلية واضحة',
        'gets five years of updates': 'يحصل على تحديثات لمدة خمس سنوات',
        'charges to half in 20 minutes': 'يُشحن حتى 50% خلال 20 دقيقة',
      },
    },
    'Phone Case': {
      noun: 'جراب هاتف',
      attributes: {
        Clear: 'شفاف',
        Leather: 'جلدي',
        Rugged: 'مقاوم للصدمات',
        MagSafe: 'متوافق مع MagSafe',
      },
      features: {
        'protects against drops from two metres': 'يحمي من السقوط من ارتفاع مترين',
        'keeps the phone slim': 'يحافظ على نحافة الهاتف',
        'works with wireless chargers': 'يعمل مع الشواحن اللاسلكية',
      },
    },
    'Wireless Charger': {
      noun: 'شاحن لاسلكي',
      attributes: {
        '3-in-1': '3 في 1',
        Fast: 'سريع',
        Travel: 'للسفر',
        Magnetic: 'مغناطيسي',
      },
      features: {
        'charges phone, watch and earbuds at once': 'يشحن الهاتف والساعة وسماعات الأذن معًا',
        'folds flat for travel': 'يُطوى بشكل مسطح ليسهل حمله في السفر',
        'snaps into place magnetically': 'يثبت في مكانه مغناطيسيًا',
      },
    },
    'Mechanical Keyboard': {
      noun: 'لوحة مفاتيح ميكانيكية',
      attributes: {
        'Hot-Swappable': 'بمفاتيح قابلة للتبديل',
        'Low-Profile': 'منخفضة الارتفاع',
        TKL: 'بدون لوحة أرقام',
        '75%': 'بحجم 75%',
      },
      features: {
        'has hot-swappable tactile switches': 'تضم مفاتيح لمسية قابلة للتبديل دون لحام',
        'connects over Bluetooth, 2.4 GHz or cable': 'تتصل عبر Bluetooth أو 2.4 غيغاهرتز أو بكابل',
        'ships with PBT keycaps': 'تأتي بأغطية مفاتيح PBT',
      },
    },
    'Wireless Mouse': {
      noun: 'ماوس لاسلكي',
      attributes: {
        Ergonomic: 'بتصميم مريح',
        Silent: 'صامت',
        Gaming: 'للألعاب',
        Travel: 'للسفر',
      },
      features: {
        'tracks on glass': 'يعمل بدقة حتى على الزجاج',
        'clicks silently in open offices': 'ينقر بصمت في المكاتب المفتوحة',
        'lasts 70 days on a charge': 'يدوم 70 يومًا بشحنة واحدة',
      },
    },
    'Wireless Keyboard': {
      noun: 'لوحة مفاتيح لاسلكية',
      attributes: {
        Slim: 'رفيعة',
        'Multi-Device': 'متعددة الأجهزة',
        Ergonomic: 'بتصميم مريح',
        Compact: 'مدمجة',
      },
      features: {
        'switches between three devices with a key': 'تنتقل بين ثلاثة أجهزة بضغطة زر',
        'types quietly': 'توفر كتابة هادئة',
        'runs for months on two AAA batteries': 'تعمل لأشهر ببطاريتين AAA',
      },
    },
    'Desk Mat': {
      noun: 'مفرش مكتب',
      attributes: {
        XL: 'مقاس XL',
        Felt: 'من اللباد',
        Leather: 'جلدي',
        Stitched: 'بحواف مخيطة',
      },
      features: {
        'gives the mouse a smooth glide': 'يمنح الماوس انزلاقًا سلسًا',
        'protects the desk': 'يحمي سطح المكتب',
        'rolls up for travel': 'يُلف بسهولة للسفر',
      },
    },
    '4K Monitor': {
      noun: 'شاشة 4K',
      attributes: {
        IPS: 'بلوحة IPS',
        'USB-C': 'بمنفذ USB-C',
        HDR: 'بتقنية HDR',
        Creator: 'لصناع المحتوى',
      },
      features: {
        'shows 99% of the DCI-P3 colour space': 'تعرض 99% من نطاق ألوان DCI-P3',
        'charges a laptop over one USB-C cable': 'تشحن الحاسوب المحمول عبر كابل USB-C واحد',
        'comes factory calibrated': 'تأتي معايرة من المصنع',
      },
    },
    'Gaming Monitor': {
      noun: 'شاشة ألعاب',
      attributes: {
        '165 Hz': 'بتردد 165 هرتز',
        '240 Hz': 'بتردد 240 هرتز',
        OLED: 'بتقنية OLED',
        Curved: 'منحنية',
      },
      features: {
        'refreshes at up to 240 Hz': 'تعمل بمعدل تحديث يصل إلى 240 هرتز',
        'responds in one millisecond': 'تستجيب خلال جزء من الألف من الثانية',
        'supports adaptive sync': 'تدعم المزامنة التكيفية',
      },
    },
    'Portable Monitor': {
      noun: 'شاشة محمولة',
      attributes: {
        '15.6"': 'بقياس 15.6 بوصة',
        Touch: 'تعمل باللمس',
        Slim: 'رفيعة',
        'USB-C': 'بمنفذ USB-C',
      },
      features: {
        'runs from a single USB-C cable': 'تعمل بكابل USB-C واحد',
        'fits in a laptop sleeve': 'تتسع لها حقيبة الحاسوب المحمول',
        'doubles as a stand-up case': 'يتحول غطاؤها إلى حامل',
      },
    },
    'Smart Speaker': {
      noun: 'مكبر صوت ذكي',
      attributes: {
        Voice: 'بالتحكم الصوتي',
        Stereo: 'ستيريو',
        Display: 'بشاشة',
        Compact: 'مدمج',
      },
      features: {
        'answers questions hands-free': 'يجيب عن أسئلتك دون استخدام اليدين',
        'controls lights and plugs by voice': 'يتحكم في الإضاءة والمقابس بالصوت',
        'groups with other speakers for whole-home audio': 'يعمل مع مكبرات صوت أخرى ليملأ المنزل كله بالصوت',
      },
    },
    'Smart Bulb': {
      noun: 'مصباح ذكي',
      attributes: {
        Colour: 'ملون',
        'Warm White': 'بإضاءة بيضاء دافئة',
        Filament: 'بفتيل',
        E27: 'بقاعدة E27',
      },
      features: {
        'shifts from warm to cool white on a schedule': 'ينتقل من الأبيض الدافئ إلى الأبيض البارد وفق جدول زمني',
        'needs no hub': 'لا يحتاج إلى وحدة تحكم مركزية',
        'remembers its last colour': 'يتذكر آخر لون اخترته',
      },
    },
    'Smart Plug': {
      noun: 'مقبس ذكي',
      attributes: {
        'Energy Monitoring': 'لمراقبة استهلاك الطاقة',
        Outdoor: 'للاستخدام الخارجي',
        Mini: 'صغير',
        '2-Pack': '(عبوة من قطعتين)',
      },
      features: {
        'reports energy use per device': 'يعرض استهلاك الطاقة لكل جهاز',
        'turns anything into a scheduled device': 'يحوّل أي جهاز إلى جهاز يعمل وفق جدول زمني',
        'works with every major voice assistant': 'يعمل مع جميع المساعدات الصوتية الرئيسية',
      },
    },
    'Video Doorbell': {
      noun: 'جرس باب بالفيديو',
      attributes: {
        Wired: 'سلكي',
        Battery: 'يعمل بالبطارية',
        '2K': 'بدقة 2K',
        Pro: 'احترافي',
      },
      features: {
        'shows who is at the door on your phone': 'يعرض على هاتفك من يقف عند الباب',
        'records in 2K with night vision': 'يسجل بدقة 2K مع رؤية ليلية',
        'lets you talk to visitors': 'يتيح لك التحدث إلى الزوار',
      },
    },
    'Mirrorless Camera': {
      noun: 'كاميرا بدون مرآة',
      attributes: {
        'Full-Frame': 'بمستشعر كامل الإطار',
        'APS-C': 'بمستشعر APS-C',
        Vlogging: 'لصناعة الفلوقات',
        Compact: 'مدمجة',
      },
      features: {
        'focuses on eyes automatically': 'تركز على العينين تلقائيًا',
        'records 4K video without a crop': 'تسجل فيديو 4K دون اقتصاص',
        'stabilises the sensor in five axes': 'تثبت المستشعر على خمسة محاور',
      },
    },
    'Action Camera': {
      noun: 'كاميرا أكشن',
      attributes: {
        Waterproof: 'مقاومة للماء',
        '5K': 'بدقة 5K',
        Helmet: 'للتثبيت على الخوذة',
        Mini: 'صغيرة',
      },
      features: {
        'is waterproof to ten metres': 'تقاوم الماء حتى عمق عشرة أمتار',
        'smooths shaky footage in camera': 'تثبت اللقطات المهتزة داخل الكاميرا نفسها',
        'streams live to your phone': 'تبث مباشرة إلى هاتفك',
      },
    },
    'Camera Lens': {
      noun: 'عدسة كاميرا',
      attributes: {
        '50mm f/1.8': '50 مم f/1.8',
        '24-70mm': '24-70 مم',
        '70-200mm': '70-200 مم',
        Macro: 'ماكرو',
      },
      features: {
        'renders smooth background blur': 'تمنح خلفية ضبابية ناعمة',
        'focuses silently for video': 'تركز بصمت أثناء تصوير الفيديو',
        'is sealed against dust and moisture': 'تقاوم الغبار والرطوبة بفضل إحكام عزلها',
      },
    },
    'Camera Backpack': {
      noun: 'حقيبة ظهر للكاميرا',
      attributes: {
        Travel: 'للسفر',
        'Roll-Top': 'بفتحة علوية ملفوفة',
        Sling: 'بحزام كتف واحد',
        Pro: 'احترافية',
      },
      features: {
        'holds a body, three lenses and a laptop': 'تتسع لكاميرا وثلاث عدسات وحاسوب محمول',
        'opens from the back for security': 'تُفتح من جهة الظهر لمزيد من الأمان',
        'has a rain cover': 'تأتي مع غطاء واقٍ من المطر',
      },
    },
    'Espresso Machine': {
      noun: 'ماكينة إسبريسو',
      attributes: {
        Manual: 'يدوية',
        Automatic: 'أوتوماتيكية',
        'Dual Boiler': 'بغلايتين',
        Compact: 'مدمجة',
      },
      features: {
        'pulls a shot in under a minute from cold': 'تحضر جرعة إسبريسو في أقل من دقيقة من التشغيل',
        'steams silky milk for latte art': 'تحضر رغوة حليب حريرية لفن اللاتيه',
        'grinds fresh for every cup': 'تطحن البن طازجًا لكل فنجان',
      },
    },
    'Electric Kettle': {
      noun: 'غلاية كهربائية',
      attributes: {
        Gooseneck: 'بعنق الإوزة',
        Glass: 'زجاجية',
        'Temperature Control': 'بتحكم في درجة الحرارة',
        Travel: 'للسفر',
      },
      features: {
        'holds a set temperature for 30 minutes': 'تحافظ على درجة الحرارة المحددة لمدة 30 دقيقة',
        'boils a litre in three minutes': 'تغلي لترًا من الماء في ثلاث دقائق',
        'pours with precision': 'تصب بدقة',
      },
    },
    'Chef Knife': {
      noun: 'سكين شيف',
      attributes: {
        Damascus: 'من فولاذ دمشقي',
        Japanese: 'ياباني',
        '20 cm': 'بطول 20 سم',
        Forged: 'مطروق',
      },
      features: {
        'holds its edge through months of prep': 'يحافظ على حدته لأشهر من التحضير',
        'is balanced at the bolster': 'يتوازن تمامًا عند نقطة التقاء النصل بالمقبض',
        'is hand-sharpened to 15 degrees': 'شُحذ يدويًا بزاوية 15 درجة',
      },
    },
    'Cast Iron Pan': {
      noun: 'مقلاة حديد زهر',
      attributes: {
        Enamelled: 'مطلية بالمينا',
        'Pre-Seasoned': 'معالجة مسبقًا',
        '28 cm': 'بقطر 28 سم',
        Skillet: 'سكيليت',
      },
      features: {
        'goes from hob to oven': 'تنتقل من الموقد إلى الفرن مباشرة',
        'holds heat for a perfect sear': 'تحتفظ بالحرارة لتحمير مثالي',
        'will outlive its owner': 'تعمّر أطول من صاحبها',
      },
    },
    Blender: {
      noun: 'خلاط',
      attributes: {
        'High-Speed': 'عالي السرعة',
        Personal: 'شخصي',
        Vacuum: 'بتقنية التفريغ',
        Pro: 'احترافي',
      },
      features: {
        'crushes ice in seconds': 'يسحق الثلج في ثوانٍ',
        'cleans itself with a drop of soap': 'ينظف نفسه بقطرة صابون',
        'blends hot soup safely': 'يخلط الحساء الساخن بأمان',
      },
    },
    Sofa: {
      noun: 'أريكة',
      attributes: {
        '3-Seater': 'بثلاثة مقاعد',
        Corner: 'ركنية',
        Velvet: 'مخملية',
        Linen: 'من الكتان',
        Sleeper: 'قابلة للتحويل إلى سرير',
      },
      features: {
        'has removable, washable covers': 'تأتي بأغطية قابلة للإزالة والغسل',
        'sits deep with feather-wrapped cushions': 'توفر جلسة عميقة بوسائد محشوة بالريش',
        'arrives flat-packed and assembles without tools': 'تصلك مفككة في عبوة مسطحة وتُركب دون أدوات',
      },
    },
    'Office Chair': {
      noun: 'كرسي مكتب',
      attributes: {
        Ergonomic: 'بتصميم مريح',
        Mesh: 'شبكي',
        Executive: 'تنفيذي',
        Task: 'للعمل اليومي',
      },
      features: {
        'supports the lower back with adjustable lumbar': 'يدعم أسفل الظهر بدعامة قطنية قابلة للتعديل',
        'breathes with a mesh back': 'يوفر تهوية جيدة بفضل ظهره الشبكي',
        'adjusts in height, tilt and arm width': 'يمكن تعديل ارتفاعه وميله وعرض مسندي الذراعين',
      },
    },
    'Standing Desk': {
      noun: 'مكتب وقوف',
      attributes: {
        Electric: 'كهربائي',
        'Dual-Motor': 'بمحركين',
        Corner: 'ركني',
        Oak: 'من خشب البلوط',
      },
      features: {
        'rises quietly with two motors': 'يرتفع بهدوء بفضل محركين',
        'remembers four heights': 'يحفظ أربعة ارتفاعات مفضلة',
        'holds 120 kg': 'يتحمل حتى 120 كغ',
      },
    },
    Bookshelf: {
      noun: 'رف كتب',
      attributes: {
        '5-Tier': 'بخمس طبقات',
        Ladder: 'على شكل سلم',
        Walnut: 'من خشب الجوز',
        Modular: 'معياري',
      },
      features: {
        'is made from FSC-certified wood': 'مصنوع من خشب حاصل على شهادة FSC',
        'grows with add-on modules': 'يتوسع بوحدات إضافية',
        'anchors safely to the wall': 'يُثبت بأمان على الحائط',
      },
    },
    'T-Shirt': {
      noun: 'تيشيرت',
      attributes: {
        'Organic Cotton': 'من القطن العضوي',
        'Crew Neck': 'بياقة دائرية',
        'V-Neck': 'بياقة على شكل V',
        Heavyweight: 'من قماش ثقيل',
        Oversized: 'بمقاس واسع',
      },
      features: {
        'is cut from soft organic cotton': 'مصنوع من قطن عضوي ناعم',
        'keeps its shape after many washes': 'يحافظ على شكله بعد غسلات كثيرة',
        'is pre-shrunk for a true fit': 'معالج مسبقًا ضد الانكماش ليحافظ على مقاسه',
      },
    },
    Hoodie: {
      noun: 'هودي',
      attributes: {
        Zip: 'بسحاب',
        Fleece: 'من الفليس',
        Pullover: 'بدون سحاب',
        Merino: 'من صوف المارينو',
      },
      features: {
        'is brushed soft on the inside': 'يتميز ببطانة داخلية ناعمة',
        'has a lined hood and kangaroo pocket': 'يضم قلنسوة مبطنة وجيب كنغر',
        'is made from recycled fibres': 'مصنوع من ألياف معاد تدويرها',
      },
    },
    'Rain Jacket': {
      noun: 'جاكيت مطر',
      attributes: {
        Packable: 'قابل للطي',
        Waterproof: 'مقاوم للماء',
        '3-Layer': 'بثلاث طبقات',
        Insulated: 'معزول حراريًا',
      },
      features: {
        'keeps out heavy rain with taped seams': 'يصد المطر الغزير بفضل درزاته الملحومة',
        'packs into its own pocket': 'يُطوى داخل جيبه',
        'breathes on the climb': 'يوفر تهوية جيدة أثناء الصعود',
      },
    },
    Jeans: {
      noun: 'بنطال جينز',
      attributes: {
        Slim: 'بقصة ضيقة',
        Straight: 'بقصة مستقيمة',
        Selvedge: 'من دنيم سيلفيدج',
        Relaxed: 'بقصة واسعة',
      },
      features: {
        'is woven from stretch denim': 'منسوج من دنيم مرن',
        'ages with a personal fade': 'يبهت مع الوقت بطريقة تعكس استخدامك',
        'has reinforced pockets': 'يضم جيوبًا مقواة',
      },
    },
    'Running Shoes': {
      noun: 'حذاء جري',
      attributes: {
        Cushioned: 'مبطن',
        Lightweight: 'خفيف الوزن',
        'Carbon-Plate': 'بصفيحة كربون',
        Stability: 'داعم للثبات',
      },
      features: {
        'returns energy with a springy foam': 'يعيد الطاقة إلى خطوتك بفضل رغوة مرنة',
        'weighs under 250 grams': 'يزن أقل من 250 غرامًا',
        'grips on wet roads': 'يثبت جيدًا على الطرق المبللة',
      },
    },
    Sneakers: {
      noun: 'حذاء سنيكرز',
      attributes: {
        Leather: 'جلدي',
        Canvas: 'من القماش',
        'High-Top': 'برقبة عالية',
        'Low-Top': 'برقبة منخفضة',
      },
      features: {
        'goes with everything': 'يناسب كل الإطلالات',
        'has a cushioned cork insole': 'يضم نعلًا داخليًا مبطنًا من الفلين',
        'is stitched, not glued': 'مخيط بالكامل دون غراء',
      },
    },
    'Hiking Boots': {
      noun: 'حذاء مشي جبلي',
      attributes: {
        Waterproof: 'مقاوم للماء',
        Mid: 'برقبة متوسطة',
        Leather: 'جلدي',
        Lightweight: 'خفيف الوزن',
      },
      features: {
        'keeps feet dry in streams': 'يحافظ على جفاف قدميك عند عبور الجداول',
        'supports the ankle on rocky ground': 'يدعم الكاحل على الأرض الصخرية',
        'needs almost no breaking in': 'لا يكاد يحتاج إلى فترة تعود',
      },
    },
    'Camping Tent': {
      noun: 'خيمة تخييم',
      attributes: {
        '2-Person': 'لشخصين',
        '4-Person': 'لأربعة أشخاص',
        Ultralight: 'فائقة الخفة',
        '4-Season': 'لجميع الفصول',
      },
      features: {
        'pitches in five minutes': 'تُنصب في خمس دقائق',
        'stands up to strong wind': 'تصمد أمام الرياح القوية',
        'packs down to the size of a water bottle': 'تُطوى إلى حجم زجاجة ماء',
      },
    },
    'Hiking Backpack': {
      noun: 'حقيبة ظهر للرحلات',
      attributes: {
        '30 L': 'بسعة 30 لترًا',
        '45 L': 'بسعة 45 لترًا',
        '65 L': 'بسعة 65 لترًا',
        Daypack: 'لرحلات اليوم الواحد',
      },
      features: {
        'carries weight on the hips, not the shoulders': 'تنقل الحمل إلى الوركين بدلًا من الكتفين',
        'has a ventilated back panel': 'تضم لوحة ظهر جيدة التهوية',
        'fits a hydration bladder': 'تتسع لكيس مياه للشرب',
      },
    },
    'Yoga Mat': {
      noun: 'سجادة يوغا',
      attributes: {
        'Non-Slip': 'مانعة للانزلاق',
        Cork: 'من الفلين',
        Travel: 'للسفر',
        'Extra-Thick': 'فائقة السماكة',
      },
      features: {
        'grips even in hot yoga': 'تثبت جيدًا حتى في اليوغا الساخنة',
        'cushions knees on hard floors': 'تحمي ركبتيك على الأرضيات الصلبة',
        'is made from natural rubber': 'مصنوعة من المطاط الطبيعي',
      },
    },
    'Water Bottle': {
      noun: 'زجاجة ماء',
      attributes: {
        Insulated: 'معزولة حراريًا',
        'Stainless Steel': 'من الفولاذ المقاوم للصدأ',
        '1 L': 'بسعة لتر واحد',
        Filter: 'بفلتر',
      },
      features: {
        'keeps drinks cold for 24 hours': 'تحافظ على برودة المشروبات لمدة 24 ساعة',
        'never leaks in a bag': 'لا تسرب أبدًا داخل الحقيبة',
        'is free of BPA': 'خالية من BPA',
      },
    },
    'Mountain Bike': {
      noun: 'دراجة جبلية',
      attributes: {
        Hardtail: 'بتعليق أمامي',
        'Full-Suspension': 'بتعليق كامل',
        Electric: 'كهربائية',
        Trail: 'للمسارات الوعرة',
      },
      features: {
        'climbs and descends with confidence': 'تصعد وتنحدر بثقة',
        'shifts through twelve gears': 'تتنقل بسلاسة بين 12 سرعة',
        'stops sharply with hydraulic discs': 'تتوقف بدقة بفضل مكابح قرصية هيدروليكية',
      },
    },
  },
  closings: {
    'Backed by a two-year warranty.': 'مع ضمان لمدة عامين.',
    'Free returns within 30 days.': 'إرجاع مجاني خلال 30 يومًا.',
    'Designed to last and easy to repair.': 'تصميم يدوم طويلًا وسهل الإصلاح.',
    'Ships in plastic-free packaging.': 'الشحن في تغليف خالٍ من البلاستيك.',
    'A favourite with our customers.': 'من المنتجات المفضلة لدى عملائنا.',
    'Covered by our price-match promise.': 'مع وعدنا بمطابقة السعر.',
  },
  colours: {
    black: 'أسود',
    white: 'أبيض',
    grey: 'رمادي',
    graphite: 'غرافيتي',
    silver: 'فضي',
    sand: 'رملي',
    stone: 'حجري',
    brown: 'بني',
    navy: 'كحلي',
    indigo: 'نيلي',
    blue: 'أزرق',
    green: 'أخضر',
    olive: 'زيتي',
    red: 'أحمر',
    burgundy: 'عنابي',
    orange: 'برتقالي',
    yellow: 'أصفر',
    pink: 'وردي',
  },
  optionNames: { size: 'المقاس', colour: 'اللون', capacity: 'السعة' },
  // The Latin brand and model sit in a first-strong isolate so they keep their order inside the Arabic name.
  productName: ({ brand, model, attribute, noun }) => `${noun} ${attribute} \u2068${brand} ${model}\u2069`,
  // "إليك" keeps the name in the nominative (an object would need the accusative's added alif on masculine
  // nouns) and reads the same to every shopper; each feature is a clause agreeing with its line's noun, so "، و"
  // joins any two of them.
  description: ({ name, first, second, closing }) => `إليك ${name}: ${first}، و${second}. ${closing}`,
}
