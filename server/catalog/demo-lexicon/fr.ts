/**
 * The demo catalog in French. Names put the noun first, then the attribute agreeing with it, then
 * brand and model ("Casque sans fil pliable Sonora Aria"). Every feature is a whole clause starting
 * with its own subject ("il", "elle", "ils", "elles" or a possessive), so it reads in either slot of
 * the description and agrees with its line's noun.
 */
import type { DemoLexiconTranslation } from './lexicon-translation.ts'

export const frLexicon: DemoLexiconTranslation = {
  categories: {
    'headphones-audio': {
      name: 'Casques et audio',
      description: 'Casques, écouteurs et enceintes pour la musique, les appels et la concentration.',
    },
    laptops: {
      name: 'Ordinateurs portables',
      description: 'Ultraportables, stations de travail et PC portables gamer.',
    },
    phones: {
      name: 'Téléphones',
      description: 'Smartphones et accessoires pour qu’ils ne vous lâchent jamais.',
    },
    'keyboards-mice': {
      name: 'Claviers et souris',
      description: 'Claviers mécaniques, souris et accessoires de bureau.',
    },
    monitors: {
      name: 'Écrans',
      description: 'Des écrans pour travailler, jouer et créer avec des couleurs fidèles.',
    },
    'smart-home': {
      name: 'Maison connectée',
      description: 'Enceintes, ampoules, prises et capteurs qui fonctionnent ensemble.',
    },
    cameras: {
      name: 'Photo et vidéo',
      description: 'Appareils photo hybrides, caméras sport, objectifs et accessoires.',
    },
    kitchen: {
      name: 'Cuisine',
      description: 'Électroménager et ustensiles pour cuisiner au quotidien.',
    },
    furniture: {
      name: 'Mobilier',
      description: 'Canapés, chaises, bureaux et rangements pour la maison et le bureau.',
    },
    clothing: {
      name: 'Vêtements',
      description: 'T-shirts, sweats à capuche, vestes et basiques du quotidien.',
    },
    shoes: {
      name: 'Chaussures',
      description: 'Chaussures de running, baskets et chaussures de randonnée.',
    },
    'outdoor-sports': {
      name: 'Sport et plein air',
      description: 'De l’équipement pour les sentiers, le camping et la salle de sport.',
    },
  },
  lines: {
    'Wireless Headphones': {
      noun: 'Casque sans fil',
      attributes: {
        'Noise-Cancelling': 'à réduction de bruit',
        'Over-Ear': 'circum-auriculaire',
        Foldable: 'pliable',
        Studio: 'de studio',
      },
      features: {
        'blocks out the commute with adaptive noise cancelling':
          'il vous isole du bruit des transports grâce à la réduction de bruit adaptative',
        'runs up to 40 hours on a charge': 'il tient jusqu’à 40 heures sur une seule charge',
        'pairs with two devices at once': 'il se connecte à deux appareils à la fois',
      },
    },
    'Wireless Earbuds': {
      noun: 'Écouteurs sans fil',
      attributes: {
        True: 'True Wireless',
        Sport: 'de sport',
        Compact: 'compacts',
        'Noise-Cancelling': 'à réduction de bruit',
      },
      features: {
        'stays put through a workout': 'ils restent bien en place pendant tout l’entraînement',
        'comes with a pocketable charging case': 'ils sont livrés avec un boîtier de charge qui tient dans la poche',
        'is rated IPX4 against sweat and rain': 'ils sont certifiés IPX4 contre la transpiration et la pluie',
      },
    },
    'Bluetooth Speaker': {
      noun: 'Enceinte Bluetooth',
      attributes: {
        Portable: 'portable',
        Waterproof: 'étanche',
        Party: 'de soirée',
        Mini: 'miniature',
      },
      features: {
        'fills a room with warm, even sound': 'elle remplit une pièce d’un son chaud et homogène',
        'floats and survives a drop in the pool': 'elle flotte et survit à un plongeon dans la piscine',
        'links with a second speaker for stereo': 'elle s’associe à une seconde enceinte pour un son stéréo',
      },
    },
    Soundbar: {
      noun: 'Barre de son',
      attributes: {
        'Dolby Atmos': 'Dolby Atmos',
        Compact: 'compacte',
        '5.1': '5.1',
        Wireless: 'sans fil',
      },
      features: {
        'makes dialogue clear at low volume': 'elle rend les dialogues clairs même à faible volume',
        'connects to the TV with a single HDMI cable': 'elle se branche au téléviseur avec un seul câble HDMI',
        'adds a wireless subwoofer for deep bass':
          'elle s’accompagne d’un caisson de basses sans fil pour des graves profonds',
      },
    },
    Laptop: {
      noun: 'Ordinateur portable',
      attributes: {
        Ultralight: 'ultraléger',
        OLED: 'OLED',
        Business: 'professionnel',
        Convertible: 'convertible',
      },
      features: {
        'weighs barely more than a kilogram': 'il pèse à peine plus d’un kilo',
        'lasts a full working day on battery': 'il tient toute une journée de travail sur batterie',
        'wakes instantly and charges over USB-C': 'il sort de veille instantanément et se recharge en USB-C',
      },
    },
    'Gaming Laptop': {
      noun: 'PC portable gamer',
      attributes: {
        RTX: 'RTX',
        '240 Hz': '240 Hz',
        Pro: 'Pro',
        Slim: 'fin',
      },
      features: {
        'keeps frame rates high with a dedicated GPU':
          'il maintient un nombre d’images par seconde élevé grâce à sa carte graphique dédiée',
        'cools quietly with a vapour chamber': 'il reste silencieux grâce à son refroidissement par chambre à vapeur',
        'has a per-key RGB keyboard': 'il dispose d’un clavier RGB rétroéclairé touche par touche',
      },
    },
    Chromebook: {
      noun: 'Chromebook',
      attributes: {
        Student: 'pour étudiants',
        Touch: 'tactile',
        Rugged: 'renforcé',
        Plus: 'Plus',
      },
      features: {
        'boots in seconds and updates itself': 'il démarre en quelques secondes et se met à jour tout seul',
        'survives the school bag': 'il résiste sans broncher au cartable',
        'runs Android apps': 'il fait tourner les applications Android',
      },
    },
    Smartphone: {
      noun: 'Smartphone',
      attributes: {
        '5G': '5G',
        'Dual-SIM': 'double SIM',
        Pro: 'Pro',
        Compact: 'compact',
      },
      features: {
        'takes sharp night photos': 'il prend des photos de nuit d’une grande netteté',
        'gets five years of updates': 'il reçoit cinq ans de mises à jour',
        'charges to half in 20 minutes': 'il se recharge à 50\u202f% en 20 minutes',
      },
    },
    'Phone Case': {
      noun: 'Coque de téléphone',
      attributes: {
        Clear: 'transparente',
        Leather: 'en cuir',
        Rugged: 'antichoc',
        MagSafe: 'MagSafe',
      },
      features: {
        'protects against drops from two metres': 'elle protège des chutes jusqu’à deux mètres',
        'keeps the phone slim': 'elle préserve la finesse du téléphone',
        'works with wireless chargers': 'elle est compatible avec les chargeurs sans fil',
      },
    },
    'Wireless Charger': {
      noun: 'Chargeur sans fil',
      attributes: {
        '3-in-1': '3 en 1',
        Fast: 'rapide',
        Travel: 'de voyage',
        Magnetic: 'magnétique',
      },
      features: {
        'charges phone, watch and earbuds at once': 'il recharge à la fois téléphone, montre et écouteurs',
        'folds flat for travel': 'il se replie à plat pour voyager',
        'snaps into place magnetically': 'il se fixe tout seul par aimantation',
      },
    },
    'Mechanical Keyboard': {
      noun: 'Clavier mécanique',
      attributes: {
        'Hot-Swappable': 'hot-swap',
        'Low-Profile': 'extra-plat',
        TKL: 'TKL',
        '75%': '75\u202f%',
      },
      features: {
        'has hot-swappable tactile switches': 'il est équipé de switchs tactiles remplaçables à chaud',
        'connects over Bluetooth, 2.4 GHz or cable': 'il se connecte en Bluetooth, en 2,4 GHz ou par câble',
        'ships with PBT keycaps': 'il est livré avec des keycaps en PBT',
      },
    },
    'Wireless Mouse': {
      noun: 'Souris sans fil',
      attributes: {
        Ergonomic: 'ergonomique',
        Silent: 'silencieuse',
        Gaming: 'gamer',
        Travel: 'de voyage',
      },
      features: {
        'tracks on glass': 'elle fonctionne même sur le verre',
        'clicks silently in open offices': 'elle clique sans bruit, idéale en open space',
        'lasts 70 days on a charge': 'elle tient 70 jours sur une seule charge',
      },
    },
    'Wireless Keyboard': {
      noun: 'Clavier sans fil',
      attributes: {
        Slim: 'extra-fin',
        'Multi-Device': 'multi-appareils',
        Ergonomic: 'ergonomique',
        Compact: 'compact',
      },
      features: {
        'switches between three devices with a key': 'il bascule entre trois appareils d’une simple touche',
        'types quietly': 'il offre une frappe silencieuse',
        'runs for months on two AAA batteries': 'il fonctionne des mois avec deux piles AAA',
      },
    },
    'Desk Mat': {
      noun: 'Tapis de bureau',
      attributes: {
        XL: 'XL',
        Felt: 'en feutre',
        Leather: 'en cuir',
        Stitched: 'à bords cousus',
      },
      features: {
        'gives the mouse a smooth glide': 'il offre une glisse fluide à la souris',
        'protects the desk': 'il protège le plateau du bureau',
        'rolls up for travel': 'il s’enroule pour voyager',
      },
    },
    '4K Monitor': {
      noun: 'Écran 4K',
      attributes: {
        IPS: 'IPS',
        'USB-C': 'USB-C',
        HDR: 'HDR',
        Creator: 'pour créateurs',
      },
      features: {
        'shows 99% of the DCI-P3 colour space': 'il couvre 99\u202f% de l’espace colorimétrique DCI-P3',
        'charges a laptop over one USB-C cable': 'il recharge un ordinateur portable par un seul câble USB-C',
        'comes factory calibrated': 'il est calibré en usine',
      },
    },
    'Gaming Monitor': {
      noun: 'Écran gamer',
      attributes: {
        '165 Hz': '165 Hz',
        '240 Hz': '240 Hz',
        OLED: 'OLED',
        Curved: 'incurvé',
      },
      features: {
        'refreshes at up to 240 Hz': 'il offre une fréquence de rafraîchissement jusqu’à 240 Hz',
        'responds in one millisecond': 'il affiche un temps de réponse d’une milliseconde',
        'supports adaptive sync': 'il prend en charge la synchronisation adaptative',
      },
    },
    'Portable Monitor': {
      noun: 'Écran portable',
      attributes: {
        '15.6"': '15,6 pouces',
        Touch: 'tactile',
        Slim: 'fin',
        'USB-C': 'USB-C',
      },
      features: {
        'runs from a single USB-C cable': 'il fonctionne avec un seul câble USB-C',
        'fits in a laptop sleeve': 'il se glisse dans une housse d’ordinateur portable',
        'doubles as a stand-up case': 'son étui se transforme en support',
      },
    },
    'Smart Speaker': {
      noun: 'Enceinte connectée',
      attributes: {
        Voice: 'à commande vocale',
        Stereo: 'stéréo',
        Display: 'avec écran',
        Compact: 'compacte',
      },
      features: {
        'answers questions hands-free': 'elle répond à vos questions en mains libres',
        'controls lights and plugs by voice': 'elle pilote lumières et prises à la voix',
        'groups with other speakers for whole-home audio':
          'elle s’associe à d’autres enceintes pour diffuser le son dans toute la maison',
      },
    },
    'Smart Bulb': {
      noun: 'Ampoule connectée',
      attributes: {
        Colour: 'multicolore',
        'Warm White': 'blanc chaud',
        Filament: 'à filament',
        E27: 'E27',
      },
      features: {
        'shifts from warm to cool white on a schedule': 'elle passe du blanc chaud au blanc froid selon vos horaires',
        'needs no hub': 'elle fonctionne sans passerelle',
        'remembers its last colour': 'elle se souvient de sa dernière couleur',
      },
    },
    'Smart Plug': {
      noun: 'Prise connectée',
      attributes: {
        'Energy Monitoring': 'avec suivi de consommation',
        Outdoor: 'd’extérieur',
        Mini: 'miniature',
        '2-Pack': '(lot de 2)',
      },
      features: {
        'reports energy use per device': 'elle mesure la consommation d’énergie de chaque appareil',
        'turns anything into a scheduled device': 'elle rend programmable n’importe quel appareil',
        'works with every major voice assistant': 'elle fonctionne avec tous les grands assistants vocaux',
      },
    },
    'Video Doorbell': {
      noun: 'Sonnette vidéo',
      attributes: {
        Wired: 'filaire',
        Battery: 'sur batterie',
        '2K': '2K',
        Pro: 'Pro',
      },
      features: {
        'shows who is at the door on your phone': 'elle vous montre sur votre téléphone qui est à la porte',
        'records in 2K with night vision': 'elle filme en 2K avec vision nocturne',
        'lets you talk to visitors': 'elle vous permet de parler à vos visiteurs',
      },
    },
    'Mirrorless Camera': {
      noun: 'Appareil photo hybride',
      attributes: {
        'Full-Frame': 'plein format',
        'APS-C': 'APS-C',
        Vlogging: 'pour le vlog',
        Compact: 'compact',
      },
      features: {
        'focuses on eyes automatically': 'il fait automatiquement la mise au point sur les yeux',
        'records 4K video without a crop': 'il filme en 4K sans recadrage',
        'stabilises the sensor in five axes': 'il stabilise son capteur sur cinq axes',
      },
    },
    'Action Camera': {
      noun: 'Caméra sport',
      attributes: {
        Waterproof: 'étanche',
        '5K': '5K',
        Helmet: 'pour casque',
        Mini: 'miniature',
      },
      features: {
        'is waterproof to ten metres': 'elle est étanche jusqu’à dix mètres',
        'smooths shaky footage in camera': 'elle stabilise les images tremblantes sans logiciel',
        'streams live to your phone': 'elle diffuse en direct sur votre téléphone',
      },
    },
    'Camera Lens': {
      noun: 'Objectif',
      attributes: {
        '50mm f/1.8': '50 mm f/1,8',
        '24-70mm': '24-70 mm',
        '70-200mm': '70-200 mm',
        Macro: 'macro',
      },
      features: {
        'renders smooth background blur': 'il crée un flou d’arrière-plan tout en douceur',
        'focuses silently for video': 'il fait la mise au point en silence pour la vidéo',
        'is sealed against dust and moisture': 'il est protégé contre la poussière et l’humidité',
      },
    },
    'Camera Backpack': {
      noun: 'Sac à dos photo',
      attributes: {
        Travel: 'de voyage',
        'Roll-Top': 'roll-top',
        Sling: 'à bandoulière',
        Pro: 'Pro',
      },
      features: {
        'holds a body, three lenses and a laptop': 'il accueille un boîtier, trois objectifs et un ordinateur portable',
        'opens from the back for security': 'il s’ouvre par le dos pour plus de sécurité',
        'has a rain cover': 'il est équipé d’une housse de pluie',
      },
    },
    'Espresso Machine': {
      noun: 'Machine à expresso',
      attributes: {
        Manual: 'manuelle',
        Automatic: 'automatique',
        'Dual Boiler': 'à double chaudière',
        Compact: 'compacte',
      },
      features: {
        'pulls a shot in under a minute from cold': 'elle sert un expresso en moins d’une minute, même à froid',
        'steams silky milk for latte art': 'elle monte un lait soyeux pour le latte art',
        'grinds fresh for every cup': 'elle moud le café minute pour chaque tasse',
      },
    },
    'Electric Kettle': {
      noun: 'Bouilloire électrique',
      attributes: {
        Gooseneck: 'à col de cygne',
        Glass: 'en verre',
        'Temperature Control': 'à température réglable',
        Travel: 'de voyage',
      },
      features: {
        'holds a set temperature for 30 minutes': 'elle maintient la température choisie pendant 30 minutes',
        'boils a litre in three minutes': 'elle fait bouillir un litre en trois minutes',
        'pours with precision': 'elle verse avec précision',
      },
    },
    'Chef Knife': {
      noun: 'Couteau de chef',
      attributes: {
        Damascus: 'damassé',
        Japanese: 'japonais',
        '20 cm': '20 cm',
        Forged: 'forgé',
      },
      features: {
        'holds its edge through months of prep': 'il garde son tranchant pendant des mois de préparations',
        'is balanced at the bolster': 'il est parfaitement équilibré au niveau de la mitre',
        'is hand-sharpened to 15 degrees': 'il est affûté à la main à 15 degrés',
      },
    },
    'Cast Iron Pan': {
      noun: 'Poêle en fonte',
      attributes: {
        Enamelled: 'émaillée',
        'Pre-Seasoned': 'pré-culottée',
        '28 cm': '28 cm',
        Skillet: 'à becs verseurs',
      },
      features: {
        'goes from hob to oven': 'elle passe de la plaque au four',
        'holds heat for a perfect sear': 'elle garde la chaleur pour une saisie parfaite',
        'will outlive its owner': 'elle vous survivra',
      },
    },
    Blender: {
      noun: 'Blender',
      attributes: {
        'High-Speed': 'haute vitesse',
        Personal: 'individuel',
        Vacuum: 'sous vide',
        Pro: 'Pro',
      },
      features: {
        'crushes ice in seconds': 'il pile la glace en quelques secondes',
        'cleans itself with a drop of soap': 'il se nettoie tout seul avec une goutte de liquide vaisselle',
        'blends hot soup safely': 'il mixe les soupes chaudes en toute sécurité',
      },
    },
    Sofa: {
      noun: 'Canapé',
      attributes: {
        '3-Seater': '3 places',
        Corner: 'd’angle',
        Velvet: 'en velours',
        Linen: 'en lin',
        Sleeper: 'convertible',
      },
      features: {
        'has removable, washable covers': 'ses housses sont amovibles et lavables',
        'sits deep with feather-wrapped cushions':
          'il offre une assise profonde avec des coussins enveloppés de plumes',
        'arrives flat-packed and assembles without tools': 'il est livré en kit et se monte sans outils',
      },
    },
    'Office Chair': {
      noun: 'Chaise de bureau',
      attributes: {
        Ergonomic: 'ergonomique',
        Mesh: 'en mesh',
        Executive: 'de direction',
        Task: 'polyvalente',
      },
      features: {
        'supports the lower back with adjustable lumbar':
          'elle soutient le bas du dos grâce à un appui lombaire réglable',
        'breathes with a mesh back': 'son dossier en mesh laisse circuler l’air',
        'adjusts in height, tilt and arm width': 'elle se règle en hauteur, en inclinaison et en largeur d’accoudoirs',
      },
    },
    'Standing Desk': {
      noun: 'Bureau assis-debout',
      attributes: {
        Electric: 'électrique',
        'Dual-Motor': 'à double moteur',
        Corner: 'd’angle',
        Oak: 'en chêne',
      },
      features: {
        'rises quietly with two motors': 'il s’élève en silence grâce à ses deux moteurs',
        'remembers four heights': 'il mémorise quatre hauteurs',
        'holds 120 kg': 'il supporte jusqu’à 120 kg',
      },
    },
    Bookshelf: {
      noun: 'Bibliothèque',
      attributes: {
        '5-Tier': '5 niveaux',
        Ladder: 'échelle',
        Walnut: 'en noyer',
        Modular: 'modulable',
      },
      features: {
        'is made from FSC-certified wood': 'elle est fabriquée en bois certifié FSC',
        'grows with add-on modules': 'elle s’agrandit avec des modules complémentaires',
        'anchors safely to the wall': 'elle se fixe solidement au mur',
      },
    },
    'T-Shirt': {
      noun: 'T-shirt',
      attributes: {
        'Organic Cotton': 'en coton bio',
        'Crew Neck': 'col rond',
        'V-Neck': 'col V',
        Heavyweight: 'épais',
        Oversized: 'oversize',
      },
      features: {
        'is cut from soft organic cotton': 'il est taillé dans un coton bio tout doux',
        'keeps its shape after many washes': 'il garde sa forme lavage après lavage',
        'is pre-shrunk for a true fit': 'il est prérétréci pour garder sa taille',
      },
    },
    Hoodie: {
      noun: 'Sweat à capuche',
      attributes: {
        Zip: 'zippé',
        Fleece: 'en polaire',
        Pullover: 'à enfiler',
        Merino: 'en mérinos',
      },
      features: {
        'is brushed soft on the inside': 'son intérieur gratté est tout doux',
        'has a lined hood and kangaroo pocket': 'il a une capuche doublée et une poche kangourou',
        'is made from recycled fibres': 'il est fabriqué à partir de fibres recyclées',
      },
    },
    'Rain Jacket': {
      noun: 'Veste de pluie',
      attributes: {
        Packable: 'compressible',
        Waterproof: 'imperméable',
        '3-Layer': '3 couches',
        Insulated: 'ouatinée',
      },
      features: {
        'keeps out heavy rain with taped seams': 'elle arrête les fortes pluies grâce à ses coutures étanchées',
        'packs into its own pocket': 'elle se range dans sa propre poche',
        'breathes on the climb': 'elle respire dans les montées',
      },
    },
    Jeans: {
      noun: 'Jean',
      attributes: {
        Slim: 'slim',
        Straight: 'droit',
        Selvedge: 'selvedge',
        Relaxed: 'ample',
      },
      features: {
        'is woven from stretch denim': 'il est tissé dans un denim stretch',
        'ages with a personal fade': 'il se patine à votre image',
        'has reinforced pockets': 'il a des poches renforcées',
      },
    },
    'Running Shoes': {
      noun: 'Chaussures de running',
      attributes: {
        Cushioned: 'amorties',
        Lightweight: 'légères',
        'Carbon-Plate': 'à plaque carbone',
        Stability: 'stables',
      },
      features: {
        'returns energy with a springy foam': 'elles restituent l’énergie grâce à une mousse dynamique',
        'weighs under 250 grams': 'elles pèsent moins de 250 grammes',
        'grips on wet roads': 'elles accrochent sur route mouillée',
      },
    },
    Sneakers: {
      noun: 'Baskets',
      attributes: {
        Leather: 'en cuir',
        Canvas: 'en toile',
        'High-Top': 'montantes',
        'Low-Top': 'basses',
      },
      features: {
        'goes with everything': 'elles vont avec tout',
        'has a cushioned cork insole': 'elles ont une semelle intérieure en liège amortissante',
        'is stitched, not glued': 'elles sont cousues, pas collées',
      },
    },
    'Hiking Boots': {
      noun: 'Chaussures de randonnée',
      attributes: {
        Waterproof: 'imperméables',
        Mid: 'mi-montantes',
        Leather: 'en cuir',
        Lightweight: 'légères',
      },
      features: {
        'keeps feet dry in streams': 'elles gardent vos pieds au sec jusque dans les ruisseaux',
        'supports the ankle on rocky ground': 'elles maintiennent la cheville sur terrain rocailleux',
        'needs almost no breaking in': 'elles se font au pied presque immédiatement',
      },
    },
    'Camping Tent': {
      noun: 'Tente de camping',
      attributes: {
        '2-Person': '2 places',
        '4-Person': '4 places',
        Ultralight: 'ultralégère',
        '4-Season': '4 saisons',
      },
      features: {
        'pitches in five minutes': 'elle se monte en cinq minutes',
        'stands up to strong wind': 'elle résiste aux vents forts',
        'packs down to the size of a water bottle': 'elle se replie à la taille d’une gourde',
      },
    },
    'Hiking Backpack': {
      noun: 'Sac à dos de randonnée',
      attributes: {
        '30 L': '30 L',
        '45 L': '45 L',
        '65 L': '65 L',
        Daypack: 'pour la journée',
      },
      features: {
        'carries weight on the hips, not the shoulders':
          'il reporte la charge sur les hanches plutôt que sur les épaules',
        'has a ventilated back panel': 'il a un dos ventilé',
        'fits a hydration bladder': 'il accueille une poche à eau',
      },
    },
    'Yoga Mat': {
      noun: 'Tapis de yoga',
      attributes: {
        'Non-Slip': 'antidérapant',
        Cork: 'en liège',
        Travel: 'de voyage',
        'Extra-Thick': 'extra-épais',
      },
      features: {
        'grips even in hot yoga': 'il adhère même en hot yoga',
        'cushions knees on hard floors': 'il ménage vos genoux sur les sols durs',
        'is made from natural rubber': 'il est fabriqué en caoutchouc naturel',
      },
    },
    'Water Bottle': {
      noun: 'Gourde',
      attributes: {
        Insulated: 'isotherme',
        'Stainless Steel': 'en inox',
        '1 L': '1 L',
        Filter: 'filtrante',
      },
      features: {
        'keeps drinks cold for 24 hours': 'elle garde vos boissons fraîches pendant 24 heures',
        'never leaks in a bag': 'elle ne fuit jamais dans le sac',
        'is free of BPA': 'elle est sans BPA',
      },
    },
    'Mountain Bike': {
      noun: 'VTT',
      attributes: {
        Hardtail: 'semi-rigide',
        'Full-Suspension': 'tout suspendu',
        Electric: 'électrique',
        Trail: 'trail',
      },
      features: {
        'climbs and descends with confidence': 'il grimpe et descend en toute confiance',
        'shifts through twelve gears': 'il offre douze vitesses',
        'stops sharply with hydraulic discs': 'il s’arrête net grâce à ses freins à disque hydrauliques',
      },
    },
  },
  closings: {
    'Backed by a two-year warranty.': 'Garantie deux ans incluse.',
    'Free returns within 30 days.': 'Retours gratuits sous 30 jours.',
    'Designed to last and easy to repair.': 'Une conception durable, facile à réparer.',
    'Ships in plastic-free packaging.': 'Livraison dans un emballage sans plastique.',
    'A favourite with our customers.': 'Un coup de cœur de nos clients.',
    'Covered by our price-match promise.': 'Profitez de notre garantie d’alignement des prix.',
  },
  colours: {
    black: 'Noir',
    white: 'Blanc',
    grey: 'Gris',
    graphite: 'Graphite',
    silver: 'Argent',
    sand: 'Sable',
    stone: 'Pierre',
    brown: 'Marron',
    navy: 'Bleu marine',
    indigo: 'Indigo',
    blue: 'Bleu',
    green: 'Vert',
    olive: 'Olive',
    red: 'Rouge',
    burgundy: 'Bordeaux',
    orange: 'Orange',
    yellow: 'Jaune',
    pink: 'Rose',
  },
  optionNames: { size: 'Taille', colour: 'Couleur', capacity: 'Capacité' },
  // Noun first, its attribute after it (French adjectives and complements follow the noun), then brand and model.
  productName: ({ brand, model, attribute, noun }) => `${noun} ${attribute} ${brand} ${model}`,
  // Features are whole clauses with their own subject; French puts a non-breaking space before the colon.
  description: ({ name, first, second, closing }) => `${name}\u00a0: ${first}, et ${second}. ${closing}`,
}
