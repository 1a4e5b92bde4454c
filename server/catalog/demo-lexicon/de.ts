/**
 * The demo catalog in German. A line's attributes take one of three shapes, so every name reads as
 * German shop names do:
 * - an adjective agreeing with the noun goes before it: "Faltbarer Bluetooth-Kopfhörer";
 * - a compound part ending in "-" is joined to it: "Over-Ear-" → "Over-Ear-Bluetooth-Kopfhörer";
 * - a phrase in lower case follows it: "Bluetooth-Kopfhörer mit Noise-Cancelling".
 * A noun that carries its own adjective ("Mechanische Tastatur") takes only phrases after it.
 * Features are verb phrases without a subject (the name before the colon is it), conjugated for the
 * noun's number, free of subordinate clauses and of a second verb joined by "und", so that
 * "${name}: ${first} und ${second}." stays one clean sentence.
 */
import type { DemoLexiconTranslation } from './lexicon-translation.ts'

export const deLexicon: DemoLexiconTranslation = {
  categories: {
    'headphones-audio': {
      name: 'Kopfhörer & Audio',
      description: 'Kopfhörer, Ohrhörer und Lautsprecher für Musik, Telefonate und volle Konzentration.',
    },
    laptops: { name: 'Laptops', description: 'Ultrabooks, Workstations und Gaming-Laptops.' },
    phones: { name: 'Smartphones', description: 'Smartphones und das Zubehör, das sie am Laufen hält.' },
    'keyboards-mice': {
      name: 'Tastaturen & Mäuse',
      description: 'Mechanische Tastaturen, Mäuse und Zubehör für den Schreibtisch.',
    },
    monitors: { name: 'Monitore', description: 'Bildschirme für Arbeit, Gaming und farbgenaue Kreativarbeit.' },
    'smart-home': {
      name: 'Smart Home',
      description: 'Lautsprecher, Lampen, Steckdosen und Sensoren, die perfekt zusammenspielen.',
    },
    cameras: { name: 'Kameras', description: 'Systemkameras, Action-Cams, Objektive und Zubehör.' },
    kitchen: { name: 'Küche', description: 'Küchengeräte und Kochgeschirr für jeden Tag.' },
    furniture: { name: 'Möbel', description: 'Sofas, Stühle, Schreibtische und Stauraum für Zuhause und Büro.' },
    clothing: { name: 'Bekleidung', description: 'T-Shirts, Hoodies, Jacken und Basics für jeden Tag.' },
    shoes: { name: 'Schuhe', description: 'Laufschuhe, Sneaker und Stiefel.' },
    'outdoor-sports': {
      name: 'Outdoor & Sport',
      description: 'Ausrüstung für Wanderweg, Zeltplatz und Fitnessstudio.',
    },
  },
  lines: {
    // Headphones & Audio
    'Wireless Headphones': {
      noun: 'Bluetooth-Kopfhörer',
      attributes: {
        'Noise-Cancelling': 'mit Noise-Cancelling',
        'Over-Ear': 'Over-Ear-',
        Foldable: 'Faltbarer',
        Studio: 'in Studioqualität',
      },
      features: {
        'blocks out the commute with adaptive noise cancelling':
          'blendet mit adaptiver Geräuschunterdrückung den Lärm auf dem Arbeitsweg aus',
        'runs up to 40 hours on a charge': 'läuft mit einer Akkuladung bis zu 40 Stunden',
        'pairs with two devices at once': 'verbindet sich mit zwei Geräten gleichzeitig',
      },
    },
    'Wireless Earbuds': {
      noun: 'Bluetooth-Ohrhörer',
      attributes: {
        True: 'True-Wireless-',
        Sport: 'für den Sport',
        Compact: 'Kompakte',
        'Noise-Cancelling': 'mit Noise-Cancelling',
      },
      features: {
        'stays put through a workout': 'sitzen auch beim Training sicher im Ohr',
        'comes with a pocketable charging case': 'kommen mit einem Ladecase für die Hosentasche',
        'is rated IPX4 against sweat and rain': 'sind nach IPX4 gegen Schweiß und Regen geschützt',
      },
    },
    'Bluetooth Speaker': {
      noun: 'Bluetooth-Lautsprecher',
      attributes: { Portable: 'Tragbarer', Waterproof: 'Wasserdichter', Party: 'Party-', Mini: 'Mini-' },
      features: {
        'fills a room with warm, even sound': 'füllt den Raum mit warmem, ausgewogenem Klang',
        'floats and survives a drop in the pool': 'geht selbst im Pool nicht unter',
        'links with a second speaker for stereo': 'lässt sich für Stereoklang mit einem zweiten Lautsprecher koppeln',
      },
    },
    Soundbar: {
      noun: 'Soundbar',
      attributes: { 'Dolby Atmos': 'Dolby-Atmos-', Compact: 'Kompakte', '5.1': '5.1-', Wireless: 'Kabellose' },
      features: {
        'makes dialogue clear at low volume': 'macht Dialoge auch bei geringer Lautstärke klar verständlich',
        'connects to the TV with a single HDMI cable':
          'wird mit einem einzigen HDMI-Kabel an den Fernseher angeschlossen',
        'adds a wireless subwoofer for deep bass': 'lässt sich um einen kabellosen Subwoofer für tiefe Bässe erweitern',
      },
    },
    // Laptops
    Laptop: {
      noun: 'Laptop',
      attributes: { Ultralight: 'Ultraleichter', OLED: 'OLED-', Business: 'Business-', Convertible: '2-in-1-' },
      features: {
        'weighs barely more than a kilogram': 'wiegt kaum mehr als ein Kilogramm',
        'lasts a full working day on battery': 'hält mit einer Akkuladung einen ganzen Arbeitstag durch',
        'wakes instantly and charges over USB-C': 'ist dank Sofortstart und USB-C-Laden jederzeit einsatzbereit',
      },
    },
    'Gaming Laptop': {
      noun: 'Gaming-Laptop',
      attributes: { RTX: 'RTX-', '240 Hz': '240-Hz-', Pro: 'für Profis', Slim: 'Flacher' },
      features: {
        'keeps frame rates high with a dedicated GPU': 'hält die Bildraten mit einer dedizierten Grafikkarte hoch',
        'cools quietly with a vapour chamber': 'bleibt dank Vapor-Chamber-Kühlung leise',
        'has a per-key RGB keyboard': 'hat eine RGB-Tastatur mit Einzeltastenbeleuchtung',
      },
    },
    Chromebook: {
      noun: 'Chromebook',
      attributes: {
        Student: 'für Schule und Studium',
        Touch: 'mit Touchscreen',
        Rugged: 'Robustes',
        Plus: 'Leistungsstarkes',
      },
      features: {
        'boots in seconds and updates itself': 'startet in Sekunden mit stets aktueller Software',
        'survives the school bag': 'übersteht auch den Alltag im Schulranzen',
        'runs Android apps': 'führt Android-Apps aus',
      },
    },
    // Phones
    Smartphone: {
      noun: 'Smartphone',
      attributes: { '5G': '5G-', 'Dual-SIM': 'Dual-SIM-', Pro: 'Premium-', Compact: 'Kompaktes' },
      features: {
        'takes sharp night photos': 'macht scharfe Nachtaufnahmen',
        'gets five years of updates': 'erhält fünf Jahre lang Updates',
        'charges to half in 20 minutes': 'ist in 20 Minuten zur Hälfte geladen',
      },
    },
    'Phone Case': {
      noun: 'Handyhülle',
      attributes: { Clear: 'Transparente', Leather: 'aus Leder', Rugged: 'Robuste', MagSafe: 'mit MagSafe' },
      features: {
        'protects against drops from two metres': 'schützt bei Stürzen aus bis zu zwei Metern Höhe',
        'keeps the phone slim': 'trägt kaum auf',
        'works with wireless chargers': 'funktioniert mit kabellosen Ladegeräten',
      },
    },
    'Wireless Charger': {
      noun: 'Qi-Ladegerät',
      attributes: { '3-in-1': '3-in-1-', Fast: 'Schnelles', Travel: 'für unterwegs', Magnetic: 'Magnetisches' },
      features: {
        'charges phone, watch and earbuds at once': 'lädt Smartphone, Smartwatch und Ohrhörer gleichzeitig',
        'folds flat for travel': 'lässt sich für die Reise flach zusammenklappen',
        'snaps into place magnetically': 'rastet magnetisch an der richtigen Stelle ein',
      },
    },
    // Keyboards & Mice
    'Mechanical Keyboard': {
      noun: 'Mechanische Tastatur',
      attributes: {
        'Hot-Swappable': 'mit Hot-Swap-Sockeln',
        'Low-Profile': 'mit Low-Profile-Switches',
        TKL: 'im TKL-Format',
        '75%': 'im 75-%-Layout',
      },
      features: {
        'has hot-swappable tactile switches': 'hat taktile Hot-Swap-Switches',
        'connects over Bluetooth, 2.4 GHz or cable': 'verbindet sich per Bluetooth, 2,4 GHz oder Kabel',
        'ships with PBT keycaps': 'wird mit PBT-Tastenkappen geliefert',
      },
    },
    'Wireless Mouse': {
      noun: 'Bluetooth-Maus',
      attributes: { Ergonomic: 'Ergonomische', Silent: 'Leise', Gaming: 'für Gamer', Travel: 'für unterwegs' },
      features: {
        'tracks on glass': 'funktioniert sogar auf Glas',
        'clicks silently in open offices': 'klickt im Großraumbüro lautlos',
        'lasts 70 days on a charge': 'hält mit einer Akkuladung 70 Tage durch',
      },
    },
    'Wireless Keyboard': {
      noun: 'Bluetooth-Tastatur',
      attributes: { Slim: 'Flache', 'Multi-Device': 'Multi-Device-', Ergonomic: 'Ergonomische', Compact: 'Kompakte' },
      features: {
        'switches between three devices with a key': 'wechselt per Tastendruck zwischen drei Geräten',
        'types quietly': 'ist beim Tippen angenehm leise',
        'runs for months on two AAA batteries': 'läuft monatelang mit zwei AAA-Batterien',
      },
    },
    'Desk Mat': {
      noun: 'Schreibtischunterlage',
      attributes: { XL: 'XL-', Felt: 'aus Filz', Leather: 'aus Leder', Stitched: 'mit vernähten Kanten' },
      features: {
        'gives the mouse a smooth glide': 'lässt die Maus sanft gleiten',
        'protects the desk': 'schützt den Schreibtisch',
        'rolls up for travel': 'lässt sich für unterwegs aufrollen',
      },
    },
    // Monitors
    '4K Monitor': {
      noun: '4K-Monitor',
      attributes: { IPS: 'mit IPS-Panel', 'USB-C': 'mit USB-C', HDR: 'mit HDR', Creator: 'für Kreative' },
      features: {
        'shows 99% of the DCI-P3 colour space': 'zeigt 99 % des DCI-P3-Farbraums',
        'charges a laptop over one USB-C cable': 'lädt deinen Laptop über ein einziges USB-C-Kabel',
        'comes factory calibrated': 'ist ab Werk kalibriert',
      },
    },
    'Gaming Monitor': {
      noun: 'Gaming-Monitor',
      attributes: { '165 Hz': '165-Hz-', '240 Hz': '240-Hz-', OLED: 'OLED-', Curved: 'Curved-' },
      features: {
        'refreshes at up to 240 Hz': 'bietet Bildwiederholraten von bis zu 240 Hz',
        'responds in one millisecond': 'reagiert in einer Millisekunde',
        'supports adaptive sync': 'unterstützt Adaptive Sync',
      },
    },
    'Portable Monitor': {
      noun: 'Tragbarer Monitor',
      attributes: { '15.6"': 'mit 15,6 Zoll', Touch: 'mit Touchscreen', Slim: 'im Slim-Design', 'USB-C': 'mit USB-C' },
      features: {
        'runs from a single USB-C cable': 'läuft über ein einziges USB-C-Kabel',
        'fits in a laptop sleeve': 'passt in jede Laptophülle',
        'doubles as a stand-up case': 'hat eine Schutzhülle mit Standfunktion',
      },
    },
    // Smart Home
    'Smart Speaker': {
      noun: 'Smarter Lautsprecher',
      attributes: {
        Voice: 'mit Sprachsteuerung',
        Stereo: 'mit Stereoklang',
        Display: 'mit Display',
        Compact: 'im Kompaktformat',
      },
      features: {
        'answers questions hands-free': 'beantwortet Fragen auf Zuruf',
        'controls lights and plugs by voice': 'steuert Lampen und Steckdosen per Sprachbefehl',
        'groups with other speakers for whole-home audio':
          'lässt sich mit weiteren Lautsprechern zu Multiroom-Audio im ganzen Zuhause verbinden',
      },
    },
    'Smart Bulb': {
      noun: 'Smarte LED-Lampe',
      attributes: {
        Colour: 'mit Farbwechsel',
        'Warm White': 'in Warmweiß',
        Filament: 'im Filament-Design',
        E27: 'mit E27-Sockel',
      },
      features: {
        'shifts from warm to cool white on a schedule': 'wechselt nach Zeitplan von Warmweiß zu Kaltweiß',
        'needs no hub': 'kommt ohne Hub aus',
        'remembers its last colour': 'merkt sich ihre letzte Farbe',
      },
    },
    'Smart Plug': {
      noun: 'Smarte Steckdose',
      attributes: {
        'Energy Monitoring': 'mit Verbrauchsmessung',
        Outdoor: 'für den Außenbereich',
        Mini: 'im Mini-Format',
        '2-Pack': 'im 2er-Pack',
      },
      features: {
        'reports energy use per device': 'zeigt den Stromverbrauch jedes angeschlossenen Geräts',
        'turns anything into a scheduled device': 'schaltet jedes Gerät nach Zeitplan',
        'works with every major voice assistant': 'funktioniert mit allen gängigen Sprachassistenten',
      },
    },
    'Video Doorbell': {
      noun: 'Video-Türklingel',
      attributes: { Wired: 'Kabelgebundene', Battery: 'mit Akku', '2K': '2K-', Pro: 'Premium-' },
      features: {
        'shows who is at the door on your phone': 'zeigt dir Besucher an der Tür direkt auf dem Handy',
        'records in 2K with night vision': 'nimmt in 2K mit Nachtsicht auf',
        'lets you talk to visitors': 'lässt dich mit Besuchern sprechen',
      },
    },
    // Cameras
    'Mirrorless Camera': {
      noun: 'Systemkamera',
      attributes: { 'Full-Frame': 'Vollformat-', 'APS-C': 'APS-C-', Vlogging: 'für Vlogger', Compact: 'Kompakte' },
      features: {
        'focuses on eyes automatically': 'stellt automatisch auf die Augen scharf',
        'records 4K video without a crop': 'filmt 4K-Videos ohne Crop',
        'stabilises the sensor in five axes': 'stabilisiert den Sensor auf fünf Achsen',
      },
    },
    'Action Camera': {
      noun: 'Action-Cam',
      attributes: { Waterproof: 'Wasserdichte', '5K': '5K-', Helmet: 'mit Helmhalterung', Mini: 'Mini-' },
      features: {
        'is waterproof to ten metres': 'ist bis zehn Meter Tiefe wasserdicht',
        'smooths shaky footage in camera': 'glättet verwackelte Aufnahmen direkt in der Kamera',
        'streams live to your phone': 'streamt live auf dein Handy',
      },
    },
    'Camera Lens': {
      noun: 'Objektiv',
      attributes: {
        '50mm f/1.8': 'Lichtstarkes 50-mm-',
        '24-70mm': '24-70-mm-',
        '70-200mm': '70-200-mm-',
        Macro: 'Makro-',
      },
      features: {
        'renders smooth background blur': 'zaubert ein weiches Bokeh in den Hintergrund',
        'focuses silently for video': 'fokussiert lautlos für Videoaufnahmen',
        'is sealed against dust and moisture': 'ist gegen Staub und Feuchtigkeit abgedichtet',
      },
    },
    'Camera Backpack': {
      noun: 'Kamerarucksack',
      attributes: { Travel: 'für Reisen', 'Roll-Top': 'mit Rolltop', Sling: 'im Sling-Design', Pro: 'für Profis' },
      features: {
        'holds a body, three lenses and a laptop': 'fasst ein Kameragehäuse, drei Objektive und einen Laptop',
        'opens from the back for security': 'öffnet sich zum Schutz vor Diebstahl nur am Rücken',
        'has a rain cover': 'hat eine Regenhülle',
      },
    },
    // Kitchen
    'Espresso Machine': {
      noun: 'Espressomaschine',
      attributes: {
        Manual: 'Manuelle',
        Automatic: 'Automatische',
        'Dual Boiler': 'mit Dualboiler',
        Compact: 'Kompakte',
      },
      features: {
        'pulls a shot in under a minute from cold': 'bezieht aus dem Kaltstart in unter einer Minute einen Espresso',
        'steams silky milk for latte art': 'schäumt Milch seidig für Latte Art auf',
        'grinds fresh for every cup': 'mahlt für jede Tasse frisch',
      },
    },
    'Electric Kettle': {
      noun: 'Wasserkocher',
      attributes: {
        Gooseneck: 'Schwanenhals-',
        Glass: 'Glas-',
        'Temperature Control': 'mit Temperaturwahl',
        Travel: 'Reise-',
      },
      features: {
        'holds a set temperature for 30 minutes': 'hält die gewählte Temperatur 30 Minuten lang',
        'boils a litre in three minutes': 'kocht einen Liter in drei Minuten',
        'pours with precision': 'lässt sich präzise ausgießen',
      },
    },
    'Chef Knife': {
      noun: 'Kochmesser',
      attributes: {
        Damascus: 'Damast-',
        Japanese: 'Japanisches',
        '20 cm': 'mit 20-cm-Klinge',
        Forged: 'Geschmiedetes',
      },
      features: {
        'holds its edge through months of prep': 'bleibt auch nach Monaten in der Küche scharf',
        'is balanced at the bolster': 'ist am Kropf perfekt ausbalanciert',
        'is hand-sharpened to 15 degrees': 'ist von Hand auf 15 Grad geschliffen',
      },
    },
    'Cast Iron Pan': {
      noun: 'Gusseisenpfanne',
      attributes: {
        Enamelled: 'Emaillierte',
        'Pre-Seasoned': 'Eingebrannte',
        '28 cm': 'mit 28 cm Durchmesser',
        Skillet: 'im Skillet-Stil',
      },
      features: {
        'goes from hob to oven': 'wandert vom Herd direkt in den Backofen',
        'holds heat for a perfect sear': 'speichert die Hitze für perfekte Röstaromen',
        'will outlive its owner': 'überdauert Generationen',
      },
    },
    Blender: {
      noun: 'Mixer',
      attributes: { 'High-Speed': 'Hochleistungs-', Personal: 'Smoothie-', Vacuum: 'Vakuum-', Pro: 'Profi-' },
      features: {
        'crushes ice in seconds': 'zerkleinert Eis in Sekunden',
        'cleans itself with a drop of soap': 'reinigt sich mit einem Tropfen Spülmittel selbst',
        'blends hot soup safely': 'mixt auch heiße Suppen sicher',
      },
    },
    // Furniture
    Sofa: {
      noun: 'Sofa',
      attributes: {
        '3-Seater': '3-Sitzer-',
        Corner: 'in L-Form',
        Velvet: 'aus Samt',
        Linen: 'aus Leinen',
        Sleeper: 'mit Schlaffunktion',
      },
      features: {
        'has removable, washable covers': 'hat abnehmbare, waschbare Bezüge',
        'sits deep with feather-wrapped cushions': 'bietet tiefen Sitzkomfort dank Polstern mit Federummantelung',
        'arrives flat-packed and assembles without tools': 'lässt sich aus dem flachen Paket ohne Werkzeug aufbauen',
      },
    },
    'Office Chair': {
      noun: 'Bürostuhl',
      attributes: {
        Ergonomic: 'Ergonomischer',
        Mesh: 'mit Netzrücken',
        Executive: 'für die Chefetage',
        Task: 'Klassischer',
      },
      features: {
        'supports the lower back with adjustable lumbar': 'stützt den unteren Rücken mit verstellbarer Lordosenstütze',
        'breathes with a mesh back': 'bleibt dank Netzrücken angenehm luftig',
        'adjusts in height, tilt and arm width': 'lässt sich in Höhe, Neigung und Armlehnenbreite verstellen',
      },
    },
    'Standing Desk': {
      noun: 'Höhenverstellbarer Schreibtisch',
      attributes: {
        Electric: 'mit Elektromotor',
        'Dual-Motor': 'mit Doppelmotor',
        Corner: 'in L-Form',
        Oak: 'mit Eichenplatte',
      },
      features: {
        'rises quietly with two motors': 'fährt mit zwei Motoren leise hoch',
        'remembers four heights': 'speichert vier Höhen',
        'holds 120 kg': 'trägt bis zu 120 kg',
      },
    },
    Bookshelf: {
      noun: 'Bücherregal',
      attributes: { '5-Tier': 'mit 5 Böden', Ladder: 'in Leiteroptik', Walnut: 'aus Nussbaum', Modular: 'Modulares' },
      features: {
        'is made from FSC-certified wood': 'ist aus FSC-zertifiziertem Holz gefertigt',
        'grows with add-on modules': 'wächst mit Erweiterungsmodulen mit',
        'anchors safely to the wall': 'lässt sich sicher an der Wand befestigen',
      },
    },
    // Clothing
    'T-Shirt': {
      noun: 'T-Shirt',
      attributes: {
        'Organic Cotton': 'aus Bio-Baumwolle',
        'Crew Neck': 'mit Rundhalsausschnitt',
        'V-Neck': 'mit V-Ausschnitt',
        Heavyweight: 'aus schwerem Jersey',
        Oversized: 'Oversized-',
      },
      features: {
        'is cut from soft organic cotton': 'ist aus weicher Bio-Baumwolle geschnitten',
        'keeps its shape after many washes': 'bleibt auch nach vielen Wäschen in Form',
        'is pre-shrunk for a true fit': 'ist für einen passgenauen Sitz vorgeschrumpft',
      },
    },
    Hoodie: {
      noun: 'Hoodie',
      attributes: { Zip: 'Zip-', Fleece: 'Fleece-', Pullover: 'ohne Reißverschluss', Merino: 'aus Merinowolle' },
      features: {
        'is brushed soft on the inside': 'ist innen weich angeraut',
        'has a lined hood and kangaroo pocket': 'hat eine gefütterte Kapuze und eine Kängurutasche',
        'is made from recycled fibres': 'besteht aus recycelten Fasern',
      },
    },
    'Rain Jacket': {
      noun: 'Regenjacke',
      attributes: { Packable: 'Packbare', Waterproof: 'Wasserdichte', '3-Layer': '3-Lagen-', Insulated: 'Gefütterte' },
      features: {
        'keeps out heavy rain with taped seams': 'hält dank verschweißter Nähte auch starken Regen ab',
        'packs into its own pocket': 'lässt sich in der eigenen Tasche verstauen',
        'breathes on the climb': 'bleibt auch beim Aufstieg atmungsaktiv',
      },
    },
    Jeans: {
      noun: 'Jeans',
      attributes: { Slim: 'Slim-Fit-', Straight: 'Straight-Fit-', Selvedge: 'Selvedge-', Relaxed: 'Relaxed-Fit-' },
      features: {
        'is woven from stretch denim': 'ist aus Stretch-Denim gewebt',
        'ages with a personal fade': 'bekommt mit der Zeit ihren ganz eigenen Used-Look',
        'has reinforced pockets': 'hat verstärkte Taschen',
      },
    },
    // Shoes
    'Running Shoes': {
      noun: 'Laufschuhe',
      attributes: {
        Cushioned: 'Gedämpfte',
        Lightweight: 'Leichte',
        'Carbon-Plate': 'mit Carbonplatte',
        Stability: 'Stabilitäts-',
      },
      features: {
        'returns energy with a springy foam': 'geben dank federndem Schaum Energie zurück',
        'weighs under 250 grams': 'wiegen pro Schuh unter 250 Gramm',
        'grips on wet roads': 'haften auch auf nasser Straße',
      },
    },
    Sneakers: {
      noun: 'Sneaker',
      attributes: { Leather: 'Leder-', Canvas: 'Canvas-', 'High-Top': 'High-Top-', 'Low-Top': 'Low-Top-' },
      features: {
        'goes with everything': 'passen zu allem',
        'has a cushioned cork insole': 'haben eine gepolsterte Korkeinlegesohle',
        'is stitched, not glued': 'sind genäht statt geklebt',
      },
    },
    'Hiking Boots': {
      noun: 'Wanderstiefel',
      attributes: { Waterproof: 'Wasserdichte', Mid: 'Halbhohe', Leather: 'Leder-', Lightweight: 'Leichte' },
      features: {
        'keeps feet dry in streams': 'halten die Füße auch beim Durchqueren von Bächen trocken',
        'supports the ankle on rocky ground': 'stützen den Knöchel auf felsigem Untergrund',
        'needs almost no breaking in': 'müssen kaum eingelaufen werden',
      },
    },
    // Outdoor & Sports
    'Camping Tent': {
      noun: 'Zelt',
      attributes: {
        '2-Person': '2-Personen-',
        '4-Person': '4-Personen-',
        Ultralight: 'Ultraleichtes',
        '4-Season': '4-Jahreszeiten-',
      },
      features: {
        'pitches in five minutes': 'steht in fünf Minuten',
        'stands up to strong wind': 'trotzt auch starkem Wind',
        'packs down to the size of a water bottle': 'lässt sich auf die Größe einer Wasserflasche verpacken',
      },
    },
    'Hiking Backpack': {
      noun: 'Wanderrucksack',
      attributes: { '30 L': '30-Liter-', '45 L': '45-Liter-', '65 L': '65-Liter-', Daypack: 'für Tagestouren' },
      features: {
        'carries weight on the hips, not the shoulders': 'verlagert das Gewicht auf die Hüfte statt auf die Schultern',
        'has a ventilated back panel': 'hat ein belüftetes Rückenteil',
        'fits a hydration bladder': 'bietet Platz für eine Trinkblase',
      },
    },
    'Yoga Mat': {
      noun: 'Yogamatte',
      attributes: { 'Non-Slip': 'Rutschfeste', Cork: 'Kork-', Travel: 'Reise-', 'Extra-Thick': 'Extra dicke' },
      features: {
        'grips even in hot yoga': 'bietet sogar beim Hot Yoga sicheren Halt',
        'cushions knees on hard floors': 'polstert die Knie auf hartem Boden ab',
        'is made from natural rubber': 'besteht aus Naturkautschuk',
      },
    },
    'Water Bottle': {
      noun: 'Trinkflasche',
      attributes: { Insulated: 'Isolierte', 'Stainless Steel': 'Edelstahl-', '1 L': '1-Liter-', Filter: 'mit Filter' },
      features: {
        'keeps drinks cold for 24 hours': 'hält Getränke 24 Stunden lang kalt',
        'never leaks in a bag': 'läuft in der Tasche nie aus',
        'is free of BPA': 'ist BPA-frei',
      },
    },
    'Mountain Bike': {
      noun: 'Mountainbike',
      attributes: {
        Hardtail: 'Hardtail-',
        'Full-Suspension': 'Vollgefedertes',
        Electric: 'Elektro-',
        Trail: 'Trail-',
      },
      features: {
        'climbs and descends with confidence': 'meistert Anstiege und Abfahrten souverän',
        'shifts through twelve gears': 'hat eine 12-fach-Schaltung',
        'stops sharply with hydraulic discs': 'bremst dank hydraulischer Scheibenbremsen kraftvoll',
      },
    },
  },
  closings: {
    'Backed by a two-year warranty.': 'Mit zwei Jahren Garantie.',
    'Free returns within 30 days.': 'Kostenlose Rücksendung innerhalb von 30 Tagen.',
    'Designed to last and easy to repair.': 'Langlebig gebaut und leicht zu reparieren.',
    'Ships in plastic-free packaging.': 'Versand in plastikfreier Verpackung.',
    'A favourite with our customers.': 'Bei unserer Kundschaft besonders beliebt.',
    'Covered by our price-match promise.': 'Inklusive unserer Tiefpreisgarantie.',
  },
  colours: {
    black: 'Schwarz',
    white: 'Weiß',
    grey: 'Grau',
    graphite: 'Graphit',
    silver: 'Silber',
    sand: 'Sand',
    stone: 'Stein',
    brown: 'Braun',
    navy: 'Marineblau',
    indigo: 'Indigo',
    blue: 'Blau',
    green: 'Grün',
    olive: 'Oliv',
    red: 'Rot',
    burgundy: 'Bordeaux',
    orange: 'Orange',
    yellow: 'Gelb',
    pink: 'Rosa',
  },
  // As the shop's German UI names them ("Bitte Speichergröße wählen").
  optionNames: { size: 'Größe', colour: 'Farbe', capacity: 'Speichergröße' },
  productName: ({ brand, model, attribute, noun }) => {
    if (attribute.endsWith('-')) return `${brand} ${model} ${attribute}${noun}`
    if (/^\p{Ll}/u.test(attribute)) return `${brand} ${model} ${noun} ${attribute}`
    return `${brand} ${model} ${attribute} ${noun}`
  },
  description: ({ name, first, second, closing }) => `${name}: ${first} und ${second}. ${closing}`,
}
