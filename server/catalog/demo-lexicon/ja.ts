/**
 * The demo catalog in Japanese. Names read like Japanese shop listings (brand and model in Latin
 * letters, then attribute and noun); features are polite sentences without the final 。, so
 * `description` can chain them.
 */
import type { DemoLexiconTranslation } from './lexicon-translation.ts'

/** Attributes that form one word with the noun (完全ワイヤレスイヤホン), so no space between. */
const boundAttributes = new Set(['完全'])

export const jaLexicon: DemoLexiconTranslation = {
  categories: {
    'headphones-audio': {
      name: 'ヘッドホン・オーディオ',
      description: '音楽や通話、集中したいときのヘッドホン、イヤホン、スピーカー。',
    },
    laptops: {
      name: 'ノートパソコン',
      description: '薄型軽量モデルからワークステーション、ゲーミングノートPCまで。',
    },
    phones: {
      name: 'スマートフォン',
      description: 'スマートフォンと、毎日の使用を支えるアクセサリー。',
    },
    'keyboards-mice': {
      name: 'キーボード・マウス',
      description: 'メカニカルキーボード、マウス、デスクまわりのアクセサリー。',
    },
    monitors: {
      name: 'モニター',
      description: '仕事にもゲームにも、色にこだわるクリエイティブ作業にも使えるディスプレイ。',
    },
    'smart-home': {
      name: 'スマートホーム',
      description: '連携して使えるスマートスピーカー、照明、スマートプラグ、センサー。',
    },
    cameras: {
      name: 'カメラ',
      description: 'ミラーレスカメラ、アクションカメラ、交換レンズ、撮影用品。',
    },
    kitchen: {
      name: 'キッチン',
      description: '毎日の料理に役立つキッチン家電と調理器具。',
    },
    furniture: {
      name: '家具',
      description: '住まいやオフィスのためのソファ、チェア、デスク、収納家具。',
    },
    clothing: {
      name: 'ファッション',
      description: 'Tシャツ、パーカー、ジャケット、毎日着たいベーシックアイテム。',
    },
    shoes: {
      name: 'シューズ',
      description: 'ランニングシューズ、スニーカー、ブーツ。',
    },
    'outdoor-sports': {
      name: 'アウトドア・スポーツ',
      description: 'トレイルやキャンプ場、ジムで活躍するアイテム。',
    },
  },
  lines: {
    'Wireless Headphones': {
      noun: 'ワイヤレスヘッドホン',
      attributes: {
        'Noise-Cancelling': 'ノイズキャンセリング',
        'Over-Ear': 'オーバーイヤー',
        Foldable: '折りたたみ式',
        Studio: 'スタジオ',
      },
      features: {
        'blocks out the commute with adaptive noise cancelling':
          'アダプティブノイズキャンセリングで通勤中の騒音をしっかり遮断します',
        'runs up to 40 hours on a charge': '1回の充電で最大40時間使えます',
        'pairs with two devices at once': '2台のデバイスに同時接続できます',
      },
    },
    'Wireless Earbuds': {
      noun: 'ワイヤレスイヤホン',
      attributes: {
        True: '完全',
        Sport: 'スポーツ',
        Compact: 'コンパクト',
        'Noise-Cancelling': 'ノイズキャンセリング',
      },
      features: {
        'stays put through a workout': '運動中も耳から外れにくく、しっかりフィットします',
        'comes with a pocketable charging case': 'ポケットに入る充電ケースが付属します',
        'is rated IPX4 against sweat and rain': 'IPX4の防水性能で汗や雨にも強いです',
      },
    },
    'Bluetooth Speaker': {
      noun: 'Bluetoothスピーカー',
      attributes: { Portable: 'ポータブル', Waterproof: '防水', Party: 'パーティー', Mini: 'ミニ' },
      features: {
        'fills a room with warm, even sound': '温かみのあるムラのないサウンドで部屋中を満たします',
        'floats and survives a drop in the pool': '水に浮き、プールに落としても壊れません',
        'links with a second speaker for stereo': 'もう1台のスピーカーとつないでステレオ再生できます',
      },
    },
    Soundbar: {
      noun: 'サウンドバー',
      attributes: { 'Dolby Atmos': 'Dolby Atmos', Compact: 'コンパクト', '5.1': '5.1ch', Wireless: 'ワイヤレス' },
      features: {
        'makes dialogue clear at low volume': '小さな音量でもセリフをはっきり聞き取れます',
        'connects to the TV with a single HDMI cable': 'HDMIケーブル1本でテレビと接続できます',
        'adds a wireless subwoofer for deep bass': 'ワイヤレスサブウーファー付きで、深みのある重低音を響かせます',
      },
    },
    Laptop: {
      noun: 'ノートパソコン',
      attributes: { Ultralight: '超軽量', OLED: '有機EL', Business: 'ビジネス', Convertible: '2in1' },
      features: {
        'weighs barely more than a kilogram': '1kgをわずかに超えるだけの軽さです',
        'lasts a full working day on battery': 'バッテリーだけで丸1日の仕事をこなせます',
        'wakes instantly and charges over USB-C': 'スリープから瞬時に復帰し、USB-Cで充電できます',
      },
    },
    'Gaming Laptop': {
      noun: 'ゲーミングノートPC',
      attributes: { RTX: 'RTX', '240 Hz': '240Hz', Pro: 'Pro', Slim: '薄型' },
      features: {
        'keeps frame rates high with a dedicated GPU': '専用GPUで高いフレームレートを維持します',
        'cools quietly with a vapour chamber': 'ベイパーチャンバーで静かに冷却します',
        'has a per-key RGB keyboard': 'キーごとに光るRGBキーボードを搭載しています',
      },
    },
    Chromebook: {
      noun: 'Chromebook',
      attributes: { Student: '学生向け', Touch: 'タッチ対応', Rugged: '高耐久', Plus: 'Plus' },
      features: {
        'boots in seconds and updates itself': '数秒で起動し、アップデートも自動で行います',
        'survives the school bag': '通学カバンの中でも壊れにくい丈夫な作りです',
        'runs Android apps': 'Androidアプリも使えます',
      },
    },
    Smartphone: {
      noun: 'スマートフォン',
      attributes: { '5G': '5G', 'Dual-SIM': 'デュアルSIM', Pro: 'Pro', Compact: 'コンパクト' },
      features: {
        'takes sharp night photos': '夜景もくっきり撮影できます',
        'gets five years of updates': '5年間のアップデートが提供されます',
        'charges to half in 20 minutes': '20分で50%まで充電できます',
      },
    },
    'Phone Case': {
      noun: 'スマホケース',
      attributes: { Clear: 'クリア', Leather: 'レザー', Rugged: '耐衝撃', MagSafe: 'MagSafe対応' },
      features: {
        'protects against drops from two metres': '2メートルの高さからの落下からスマホを守ります',
        'keeps the phone slim': 'スマホのスリムさを損ないません',
        'works with wireless chargers': 'ワイヤレス充電にも対応しています',
      },
    },
    'Wireless Charger': {
      noun: 'ワイヤレス充電器',
      attributes: { '3-in-1': '3in1', Fast: '急速', Travel: 'トラベル', Magnetic: 'マグネット式' },
      features: {
        'charges phone, watch and earbuds at once': 'スマホ、スマートウォッチ、イヤホンを同時に充電できます',
        'folds flat for travel': '平らに折りたためるので旅行に便利です',
        'snaps into place magnetically': 'マグネットでぴたりと定位置に吸着します',
      },
    },
    'Mechanical Keyboard': {
      noun: 'メカニカルキーボード',
      attributes: {
        'Hot-Swappable': 'ホットスワップ対応',
        'Low-Profile': 'ロープロファイル',
        TKL: 'テンキーレス',
        '75%': '75%',
      },
      features: {
        'has hot-swappable tactile switches': 'ホットスワップ対応のタクタイルスイッチを搭載しています',
        'connects over Bluetooth, 2.4 GHz or cable': 'Bluetooth、2.4GHz、有線の3通りで接続できます',
        'ships with PBT keycaps': 'PBT製キーキャップを採用しています',
      },
    },
    'Wireless Mouse': {
      noun: 'ワイヤレスマウス',
      attributes: { Ergonomic: 'エルゴノミクス', Silent: '静音', Gaming: 'ゲーミング', Travel: 'モバイル' },
      features: {
        'tracks on glass': 'ガラス面の上でも正確に操作できます',
        'clicks silently in open offices': '静音クリックで、オープンオフィスでも周りを気にせず使えます',
        'lasts 70 days on a charge': '1回の充電で70日間使えます',
      },
    },
    'Wireless Keyboard': {
      noun: 'ワイヤレスキーボード',
      attributes: {
        Slim: '薄型',
        'Multi-Device': 'マルチデバイス',
        Ergonomic: 'エルゴノミクス',
        Compact: 'コンパクト',
      },
      features: {
        'switches between three devices with a key': 'キー1つで3台のデバイスを切り替えられます',
        'types quietly': '静かにタイピングできます',
        'runs for months on two AAA batteries': '単4形電池2本で数か月使えます',
      },
    },
    'Desk Mat': {
      noun: 'デスクマット',
      attributes: { XL: 'XL', Felt: 'フェルト', Leather: 'レザー', Stitched: 'ステッチ加工' },
      features: {
        'gives the mouse a smooth glide': 'マウスをなめらかに滑らせます',
        'protects the desk': 'デスクを傷や汚れから守ります',
        'rolls up for travel': 'くるくる丸めて持ち運べます',
      },
    },
    '4K Monitor': {
      noun: '4Kモニター',
      attributes: { IPS: 'IPS', 'USB-C': 'USB-C', HDR: 'HDR', Creator: 'クリエイター向け' },
      features: {
        'shows 99% of the DCI-P3 colour space': 'DCI-P3色域を99%カバーします',
        'charges a laptop over one USB-C cable': 'USB-Cケーブル1本でノートパソコンを充電できます',
        'comes factory calibrated': '工場出荷時にキャリブレーション済みです',
      },
    },
    'Gaming Monitor': {
      noun: 'ゲーミングモニター',
      attributes: { '165 Hz': '165Hz', '240 Hz': '240Hz', OLED: '有機EL', Curved: '湾曲' },
      features: {
        'refreshes at up to 240 Hz': '最大240Hzのリフレッシュレートに対応しています',
        'responds in one millisecond': '1msの高速応答を実現します',
        'supports adaptive sync': 'アダプティブシンクに対応しています',
      },
    },
    'Portable Monitor': {
      noun: 'モバイルモニター',
      attributes: { '15.6"': '15.6インチ', Touch: 'タッチ対応', Slim: '薄型', 'USB-C': 'USB-C' },
      features: {
        'runs from a single USB-C cable': 'USB-Cケーブル1本で映像も電源もまかなえます',
        'fits in a laptop sleeve': 'ノートパソコン用のスリーブケースにも収まります',
        'doubles as a stand-up case': 'カバーがそのままスタンドになります',
      },
    },
    'Smart Speaker': {
      noun: 'スマートスピーカー',
      attributes: { Voice: '音声操作', Stereo: 'ステレオ', Display: '画面付き', Compact: 'コンパクト' },
      features: {
        'answers questions hands-free': 'ハンズフリーで質問に答えます',
        'controls lights and plugs by voice': '照明やスマートプラグを声で操作できます',
        'groups with other speakers for whole-home audio': 'ほかのスピーカーとグループ化して、家中で音楽を楽しめます',
      },
    },
    'Smart Bulb': {
      noun: 'スマート電球',
      attributes: { Colour: 'フルカラー', 'Warm White': '電球色', Filament: 'フィラメント', E27: 'E27' },
      features: {
        'shifts from warm to cool white on a schedule': 'スケジュールに合わせて電球色から昼白色へ切り替わります',
        'needs no hub': 'ハブなしで使えます',
        'remembers its last colour': '最後に使った色を記憶します',
      },
    },
    'Smart Plug': {
      noun: 'スマートプラグ',
      attributes: { 'Energy Monitoring': '電力モニター付き', Outdoor: '屋外用', Mini: 'ミニ', '2-Pack': '2個セット' },
      features: {
        'reports energy use per device': '機器ごとの消費電力を確認できます',
        'turns anything into a scheduled device': 'どんな家電もスケジュールで自動オン・オフできます',
        'works with every major voice assistant': '主要な音声アシスタントすべてに対応しています',
      },
    },
    'Video Doorbell': {
      noun: 'ビデオドアベル',
      attributes: { Wired: '有線', Battery: 'バッテリー式', '2K': '2K', Pro: 'Pro' },
      features: {
        'shows who is at the door on your phone': '玄関の来訪者をスマホで確認できます',
        'records in 2K with night vision': 'ナイトビジョン付きで2K録画できます',
        'lets you talk to visitors': '来訪者とそのまま通話できます',
      },
    },
    'Mirrorless Camera': {
      noun: 'ミラーレスカメラ',
      attributes: { 'Full-Frame': 'フルサイズ', 'APS-C': 'APS-C', Vlogging: 'Vlog向け', Compact: 'コンパクト' },
      features: {
        'focuses on eyes automatically': '瞳に自動でピントを合わせます',
        'records 4K video without a crop': 'クロップなしで4K動画を撮影できます',
        'stabilises the sensor in five axes': '5軸センサーシフト式の手ブレ補正を搭載しています',
      },
    },
    'Action Camera': {
      noun: 'アクションカメラ',
      attributes: { Waterproof: '防水', '5K': '5K', Helmet: 'ヘルメット用', Mini: 'ミニ' },
      features: {
        'is waterproof to ten metres': '水深10メートルまでの防水性能を備えています',
        'smooths shaky footage in camera': '手ブレした映像もカメラ内でなめらかに補正します',
        'streams live to your phone': '映像をスマホにリアルタイムで送れます',
      },
    },
    'Camera Lens': {
      noun: '交換レンズ',
      attributes: { '50mm f/1.8': '50mm f/1.8', '24-70mm': '24-70mm', '70-200mm': '70-200mm', Macro: 'マクロ' },
      features: {
        'renders smooth background blur': 'なめらかで美しい背景ボケを描きます',
        'focuses silently for video': '動画撮影でも静かにピントを合わせます',
        'is sealed against dust and moisture': '防塵・防滴仕様です',
      },
    },
    'Camera Backpack': {
      noun: 'カメラリュック',
      attributes: { Travel: 'トラベル', 'Roll-Top': 'ロールトップ', Sling: 'スリング', Pro: 'Pro' },
      features: {
        'holds a body, three lenses and a laptop': 'カメラ本体、レンズ3本、ノートパソコンをまとめて収納できます',
        'opens from the back for security': '背面から開く防犯設計です',
        'has a rain cover': 'レインカバーが付いています',
      },
    },
    'Espresso Machine': {
      noun: 'エスプレッソマシン',
      attributes: { Manual: '手動', Automatic: '全自動', 'Dual Boiler': 'デュアルボイラー', Compact: 'コンパクト' },
      features: {
        'pulls a shot in under a minute from cold': '電源を入れてから1分以内にエスプレッソを抽出できます',
        'steams silky milk for latte art': 'ラテアートにぴったりのきめ細かなスチームミルクを作れます',
        'grinds fresh for every cup': '1杯ごとに豆を挽きたてで淹れます',
      },
    },
    'Electric Kettle': {
      noun: '電気ケトル',
      attributes: { Gooseneck: 'グースネック', Glass: 'ガラス', 'Temperature Control': '温度調節', Travel: 'トラベル' },
      features: {
        'holds a set temperature for 30 minutes': '設定温度を30分間キープします',
        'boils a litre in three minutes': '1リットルのお湯を3分で沸かします',
        'pours with precision': '狙いどおりに細く注げます',
      },
    },
    'Chef Knife': {
      noun: '牛刀',
      attributes: { Damascus: 'ダマスカス', Japanese: '日本製', '20 cm': '20cm', Forged: '鍛造' },
      features: {
        'holds its edge through months of prep': '何か月使っても切れ味が長持ちします',
        'is balanced at the bolster': '口金部分で重心のバランスが取れています',
        'is hand-sharpened to 15 degrees': '刃角15度の手研ぎ仕上げです',
      },
    },
    'Cast Iron Pan': {
      noun: '鋳鉄フライパン',
      attributes: { Enamelled: 'ホーロー', 'Pre-Seasoned': 'シーズニング済み', '28 cm': '28cm', Skillet: 'スキレット' },
      features: {
        'goes from hob to oven': 'コンロからそのままオーブンに入れられます',
        'holds heat for a perfect sear': '蓄熱性が高く、表面をこんがり焼き上げます',
        'will outlive its owner': '一生ものとして長く使えます',
      },
    },
    Blender: {
      noun: 'ミキサー',
      attributes: { 'High-Speed': '高速', Personal: 'パーソナル', Vacuum: '真空', Pro: 'Pro' },
      features: {
        'crushes ice in seconds': '氷も数秒で砕きます',
        'cleans itself with a drop of soap': '洗剤を1滴入れるだけで自動洗浄できます',
        'blends hot soup safely': '温かいスープも安全に作れます',
      },
    },
    Sofa: {
      noun: 'ソファ',
      attributes: {
        '3-Seater': '3人掛け',
        Corner: 'コーナー',
        Velvet: 'ベルベット',
        Linen: 'リネン',
        Sleeper: 'ベッド兼用',
      },
      features: {
        'has removable, washable covers': '取り外して洗えるカバーを採用しています',
        'sits deep with feather-wrapped cushions': 'フェザーで包んだクッションで、深くゆったり座れます',
        'arrives flat-packed and assembles without tools': 'コンパクトな梱包で届き、工具なしで組み立てられます',
      },
    },
    'Office Chair': {
      noun: 'オフィスチェア',
      attributes: { Ergonomic: 'エルゴノミクス', Mesh: 'メッシュ', Executive: 'エグゼクティブ', Task: '作業用' },
      features: {
        'supports the lower back with adjustable lumbar': '調節できるランバーサポートで腰を支えます',
        'breathes with a mesh back': 'メッシュの背もたれで蒸れにくくなっています',
        'adjusts in height, tilt and arm width': '座面の高さ、リクライニング、アームの幅を調節できます',
      },
    },
    'Standing Desk': {
      noun: 'スタンディングデスク',
      attributes: { Electric: '電動', 'Dual-Motor': 'デュアルモーター', Corner: 'L字型', Oak: 'オーク' },
      features: {
        'rises quietly with two motors': '2つのモーターで静かに昇降します',
        'remembers four heights': '4つの高さを記憶できます',
        'holds 120 kg': '最大120kgの荷重に耐えます',
      },
    },
    Bookshelf: {
      noun: '本棚',
      attributes: { '5-Tier': '5段', Ladder: 'ラダー', Walnut: 'ウォールナット', Modular: 'ユニット式' },
      features: {
        'is made from FSC-certified wood': 'FSC認証材で作られています',
        'grows with add-on modules': '追加ユニットで拡張できます',
        'anchors safely to the wall': '壁にしっかり固定して転倒を防げます',
      },
    },
    'T-Shirt': {
      noun: 'Tシャツ',
      attributes: {
        'Organic Cotton': 'オーガニックコットン',
        'Crew Neck': 'クルーネック',
        'V-Neck': 'Vネック',
        Heavyweight: 'ヘビーウェイト',
        Oversized: 'オーバーサイズ',
      },
      features: {
        'is cut from soft organic cotton': 'やわらかなオーガニックコットン製です',
        'keeps its shape after many washes': '何度洗濯しても型崩れしにくいです',
        'is pre-shrunk for a true fit': '防縮加工済みで、洗ってもサイズ感が変わりません',
      },
    },
    Hoodie: {
      noun: 'パーカー',
      attributes: { Zip: 'ジップアップ', Fleece: 'フリース', Pullover: 'プルオーバー', Merino: 'メリノウール' },
      features: {
        'is brushed soft on the inside': '裏起毛でやわらかな肌ざわりです',
        'has a lined hood and kangaroo pocket': '裏地付きのフードとカンガルーポケットを備えています',
        'is made from recycled fibres': 'リサイクル繊維から作られています',
      },
    },
    'Rain Jacket': {
      noun: 'レインジャケット',
      attributes: { Packable: 'パッカブル', Waterproof: '防水', '3-Layer': '3レイヤー', Insulated: '中綿入り' },
      features: {
        'keeps out heavy rain with taped seams': 'シームテープ加工で激しい雨もしっかり防ぎます',
        'packs into its own pocket': '自身のポケットにコンパクトに収納できます',
        'breathes on the climb': '透湿性に優れ、登りでも蒸れにくいです',
      },
    },
    Jeans: {
      noun: 'ジーンズ',
      attributes: { Slim: 'スリム', Straight: 'ストレート', Selvedge: 'セルビッジ', Relaxed: 'リラックスフィット' },
      features: {
        'is woven from stretch denim': 'ストレッチデニム素材です',
        'ages with a personal fade': 'はくほどに自分だけの色落ちを楽しめます',
        'has reinforced pockets': '補強されたポケットを備えています',
      },
    },
    'Running Shoes': {
      noun: 'ランニングシューズ',
      attributes: {
        Cushioned: '高クッション',
        Lightweight: '軽量',
        'Carbon-Plate': 'カーボンプレート',
        Stability: 'スタビリティ',
      },
      features: {
        'returns energy with a springy foam': '弾むフォームの反発力で走りを後押しします',
        'weighs under 250 grams': '250gを切る軽さです',
        'grips on wet roads': '濡れた路面でもしっかりグリップします',
      },
    },
    Sneakers: {
      noun: 'スニーカー',
      attributes: { Leather: 'レザー', Canvas: 'キャンバス', 'High-Top': 'ハイカット', 'Low-Top': 'ローカット' },
      features: {
        'goes with everything': 'どんなコーディネートにも合わせやすいです',
        'has a cushioned cork insole': 'クッション性のあるコルク製インソールを採用しています',
        'is stitched, not glued': '接着剤に頼らず、縫い合わせて作られています',
      },
    },
    'Hiking Boots': {
      noun: '登山靴',
      attributes: { Waterproof: '防水', Mid: 'ミッドカット', Leather: 'レザー', Lightweight: '軽量' },
      features: {
        'keeps feet dry in streams': '沢を渡っても足をドライに保ちます',
        'supports the ankle on rocky ground': '岩場でも足首をしっかり支えます',
        'needs almost no breaking in': '慣らし履きがほとんど必要ありません',
      },
    },
    'Camping Tent': {
      noun: 'テント',
      attributes: { '2-Person': '2人用', '4-Person': '4人用', Ultralight: '超軽量', '4-Season': '4シーズン' },
      features: {
        'pitches in five minutes': '5分で設営できます',
        'stands up to strong wind': '強風にも耐えます',
        'packs down to the size of a water bottle': '水筒ほどのサイズまでコンパクトに収納できます',
      },
    },
    'Hiking Backpack': {
      noun: '登山リュック',
      attributes: { '30 L': '30L', '45 L': '45L', '65 L': '65L', Daypack: 'デイパック' },
      features: {
        'carries weight on the hips, not the shoulders': '荷重を肩ではなく腰で支えます',
        'has a ventilated back panel': '通気性のある背面パネルを備えています',
        'fits a hydration bladder': 'ハイドレーションパックを収納できます',
      },
    },
    'Yoga Mat': {
      noun: 'ヨガマット',
      attributes: { 'Non-Slip': '滑り止め', Cork: 'コルク', Travel: 'トラベル', 'Extra-Thick': '極厚' },
      features: {
        'grips even in hot yoga': 'ホットヨガでもしっかりグリップします',
        'cushions knees on hard floors': '硬い床でもひざをやさしく守ります',
        'is made from natural rubber': '天然ゴム製です',
      },
    },
    'Water Bottle': {
      noun: '水筒',
      attributes: { Insulated: '保冷保温', 'Stainless Steel': 'ステンレス', '1 L': '1L', Filter: '浄水' },
      features: {
        'keeps drinks cold for 24 hours': '飲み物を24時間冷たいまま保ちます',
        'never leaks in a bag': 'バッグの中でも漏れません',
        'is free of BPA': 'BPAフリーです',
      },
    },
    'Mountain Bike': {
      noun: 'マウンテンバイク',
      attributes: {
        Hardtail: 'ハードテール',
        'Full-Suspension': 'フルサスペンション',
        Electric: '電動アシスト',
        Trail: 'トレイル',
      },
      features: {
        'climbs and descends with confidence': '上りも下りも安定して走れます',
        'shifts through twelve gears': '12段変速を備えています',
        'stops sharply with hydraulic discs': '油圧ディスクブレーキでしっかり止まります',
      },
    },
  },
  closings: {
    'Backed by a two-year warranty.': '2年間の保証付きです。',
    'Free returns within 30 days.': '30日以内なら返品無料です。',
    'Designed to last and easy to repair.': '長く使える設計で、修理も簡単です。',
    'Ships in plastic-free packaging.': 'プラスチックを使わない梱包でお届けします。',
    'A favourite with our customers.': 'お客様に人気の商品です。',
    'Covered by our price-match promise.': '最低価格保証の対象商品です。',
  },
  colours: {
    black: 'ブラック',
    white: 'ホワイト',
    grey: 'グレー',
    graphite: 'グラファイト',
    silver: 'シルバー',
    sand: 'サンド',
    stone: 'ストーン',
    brown: 'ブラウン',
    navy: 'ネイビー',
    indigo: 'インディゴ',
    blue: 'ブルー',
    green: 'グリーン',
    olive: 'オリーブ',
    red: 'レッド',
    burgundy: 'バーガンディ',
    orange: 'オレンジ',
    yellow: 'イエロー',
    pink: 'ピンク',
  },
  optionNames: { size: 'サイズ', colour: 'カラー', capacity: '容量' },
  productName: ({ brand, model, attribute, noun }) =>
    `${brand} ${model} ${attribute}${boundAttributes.has(attribute) ? '' : ' '}${noun}`,
  description: ({ name, first, second, closing }) => `${name}は、${first}。さらに、${second}。${closing}`,
}
