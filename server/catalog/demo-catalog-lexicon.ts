/**
 * Word lists the demo catalog is composed from. Product names always contain the line's `noun`
 * ("Wireless Headphones", "Laptop", "T-Shirt", "Sofa" …) so search has real words to find.
 */

export type ProductLine = {
  /** Searchable product noun, last word(s) of every name in this line. */
  readonly noun: string
  /** Price range in whole currency units (the generator turns it into minor units). */
  readonly price: readonly [min: number, max: number]
  /** Shipping weight range in grams (of the middle size, where sizes change it). */
  readonly grams: readonly [min: number, max: number]
  /** What the line's products come in; a line without is sold in one form (DESIGN §10). */
  readonly options?: LineOptions
  readonly attributes: readonly string[]
  readonly features: readonly string[]
  readonly tags: readonly string[]
}

/** The choices a line's products are offered in; which of them a product takes is drawn per product. */
export type LineOptions = {
  readonly size?: SizeScale
  /** Capacities offered, smallest (and cheapest) first; every product of the line has them all. */
  readonly capacity?: readonly CapacityCode[]
  /** Colours a product draws 2–4 of; its first draw is its main colour, shown in the shared views. */
  readonly colours?: readonly ColourCode[]
  /** Share of the line's products that come in colours at all; 1 when absent. */
  readonly colourShare?: number
}

export type SizeScale = keyof typeof sizeScales

/** Size values in order, each code its label slugified: EU shoe sizes, letter sizes. */
export const sizeScales = {
  shoe: ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46'],
  apparel: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
} as const satisfies Record<string, readonly string[]>

export type CapacityCode = keyof typeof demoCapacities

export const demoCapacities = {
  '128gb': '128 GB',
  '256gb': '256 GB',
  '512gb': '512 GB',
  '1tb': '1 TB',
} as const satisfies Record<string, string>

export type ColourCode = keyof typeof demoColours

/** Colour names, their swatches (also the colour the product art is drawn in) and their SKU part. */
export const demoColours = {
  black: { label: 'Black', swatch: '#1f2024', sku: 'BLK' },
  white: { label: 'White', swatch: '#f3f2ee', sku: 'WHT' },
  grey: { label: 'Grey', swatch: '#8e939a', sku: 'GRY' },
  graphite: { label: 'Graphite', swatch: '#44474d', sku: 'GRA' },
  silver: { label: 'Silver', swatch: '#c8ccd2', sku: 'SLV' },
  sand: { label: 'Sand', swatch: '#d6c09a', sku: 'SND' },
  stone: { label: 'Stone', swatch: '#b3aa98', sku: 'STN' },
  brown: { label: 'Brown', swatch: '#7a5034', sku: 'BRN' },
  navy: { label: 'Navy', swatch: '#27345a', sku: 'NVY' },
  indigo: { label: 'Indigo', swatch: '#34406e', sku: 'IND' },
  blue: { label: 'Blue', swatch: '#3d6fb4', sku: 'BLU' },
  green: { label: 'Green', swatch: '#3d7c58', sku: 'GRN' },
  olive: { label: 'Olive', swatch: '#6a6d3b', sku: 'OLV' },
  red: { label: 'Red', swatch: '#b8322c', sku: 'RED' },
  burgundy: { label: 'Burgundy', swatch: '#6d2233', sku: 'BUR' },
  orange: { label: 'Orange', swatch: '#e06d2c', sku: 'ORG' },
  yellow: { label: 'Yellow', swatch: '#e8b923', sku: 'YLW' },
  pink: { label: 'Pink', swatch: '#e6a5b3', sku: 'PNK' },
} as const satisfies Record<string, { label: string; swatch: string; sku: string }>

export type CategorySpec = {
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brands: readonly string[]
  readonly models: readonly string[]
  readonly lines: readonly ProductLine[]
}

export const demoCategories: readonly CategorySpec[] = [
  {
    slug: 'headphones-audio',
    name: 'Headphones & Audio',
    description: 'Headphones, earbuds and speakers for music, calls and focus.',
    brands: ['Sonora', 'Audeon', 'Bassline', 'Quietwave', 'Echo & Reed'],
    models: ['Aria', 'Pulse', 'Studio', 'Nimbus', 'Voyage', 'Tempo'],
    lines: [
      {
        noun: 'Wireless Headphones',
        price: [59, 449],
        grams: [190, 320],
        options: { colours: ['black', 'silver', 'white', 'navy', 'sand'], colourShare: 0.7 },
        attributes: ['Noise-Cancelling', 'Over-Ear', 'Foldable', 'Studio'],
        features: [
          'blocks out the commute with adaptive noise cancelling',
          'runs up to 40 hours on a charge',
          'pairs with two devices at once',
        ],
        tags: ['wireless', 'bluetooth', 'headphones'],
      },
      {
        noun: 'Wireless Earbuds',
        price: [39, 279],
        grams: [40, 70],
        options: { colours: ['black', 'white', 'graphite', 'blue'], colourShare: 0.7 },
        attributes: ['True', 'Sport', 'Compact', 'Noise-Cancelling'],
        features: [
          'stays put through a workout',
          'comes with a pocketable charging case',
          'is rated IPX4 against sweat and rain',
        ],
        tags: ['wireless', 'earbuds'],
      },
      {
        noun: 'Bluetooth Speaker',
        price: [29, 349],
        grams: [250, 1400],
        options: { colours: ['black', 'blue', 'red', 'green', 'grey'], colourShare: 0.6 },
        attributes: ['Portable', 'Waterproof', 'Party', 'Mini'],
        features: [
          'fills a room with warm, even sound',
          'floats and survives a drop in the pool',
          'links with a second speaker for stereo',
        ],
        tags: ['speaker', 'bluetooth', 'portable'],
      },
      {
        noun: 'Soundbar',
        price: [149, 899],
        grams: [1800, 5200],
        attributes: ['Dolby Atmos', 'Compact', '5.1', 'Wireless'],
        features: [
          'makes dialogue clear at low volume',
          'connects to the TV with a single HDMI cable',
          'adds a wireless subwoofer for deep bass',
        ],
        tags: ['tv', 'home-cinema'],
      },
    ],
  },
  {
    slug: 'laptops',
    name: 'Laptops',
    description: 'Ultrabooks, workstations and gaming laptops.',
    brands: ['Lumen', 'Vertex', 'Corvid', 'Northbook', 'Halcyon'],
    models: ['Air 13', 'Pro 14', 'Pro 16', 'Flex 15', 'Edge 14', 'Titan 17'],
    lines: [
      {
        noun: 'Laptop',
        price: [549, 2499],
        grams: [1050, 1900],
        options: { capacity: ['256gb', '512gb', '1tb'], colours: ['silver', 'graphite'], colourShare: 0.4 },
        attributes: ['Ultralight', 'OLED', 'Business', 'Convertible'],
        features: [
          'weighs barely more than a kilogram',
          'lasts a full working day on battery',
          'wakes instantly and charges over USB-C',
        ],
        tags: ['laptop', 'notebook', 'usb-c'],
      },
      {
        noun: 'Gaming Laptop',
        price: [999, 3299],
        grams: [1900, 3200],
        options: { capacity: ['512gb', '1tb'] },
        attributes: ['RTX', '240 Hz', 'Pro', 'Slim'],
        features: [
          'keeps frame rates high with a dedicated GPU',
          'cools quietly with a vapour chamber',
          'has a per-key RGB keyboard',
        ],
        tags: ['laptop', 'gaming'],
      },
      {
        noun: 'Chromebook',
        price: [249, 699],
        grams: [1100, 1500],
        attributes: ['Student', 'Touch', 'Rugged', 'Plus'],
        features: ['boots in seconds and updates itself', 'survives the school bag', 'runs Android apps'],
        tags: ['laptop', 'chromebook', 'education'],
      },
    ],
  },
  {
    slug: 'phones',
    name: 'Phones',
    description: 'Smartphones and the accessories that keep them going.',
    brands: ['Pixelon', 'Nova', 'Orbit', 'Kestrel', 'Mirai'],
    models: ['X', 'One', 'Lite', 'Ultra', 'Mini', 'Fold'],
    lines: [
      {
        noun: 'Smartphone',
        price: [199, 1399],
        grams: [150, 240],
        options: {
          capacity: ['128gb', '256gb', '512gb'],
          colours: ['black', 'white', 'blue', 'green', 'pink'],
          colourShare: 0.9,
        },
        attributes: ['5G', 'Dual-SIM', 'Pro', 'Compact'],
        features: ['takes sharp night photos', 'gets five years of updates', 'charges to half in 20 minutes'],
        tags: ['phone', 'smartphone', '5g'],
      },
      {
        noun: 'Phone Case',
        price: [15, 59],
        grams: [25, 70],
        options: { colours: ['black', 'navy', 'red', 'pink', 'sand'], colourShare: 0.8 },
        attributes: ['Clear', 'Leather', 'Rugged', 'MagSafe'],
        features: ['protects against drops from two metres', 'keeps the phone slim', 'works with wireless chargers'],
        tags: ['phone', 'case', 'accessory'],
      },
      {
        noun: 'Wireless Charger',
        price: [19, 129],
        grams: [80, 260],
        attributes: ['3-in-1', 'Fast', 'Travel', 'Magnetic'],
        features: [
          'charges phone, watch and earbuds at once',
          'folds flat for travel',
          'snaps into place magnetically',
        ],
        tags: ['charger', 'wireless', 'accessory'],
      },
    ],
  },
  {
    slug: 'keyboards-mice',
    name: 'Keyboards & Mice',
    description: 'Mechanical keyboards, mice and desk accessories.',
    brands: ['Keyforge', 'Clickwell', 'Typecraft', 'Glide', 'Arcade Labs'],
    models: ['K1', 'K2 Pro', 'MX', 'Lite', 'Zero', 'Orbit'],
    lines: [
      {
        noun: 'Mechanical Keyboard',
        price: [49, 249],
        grams: [650, 1100],
        attributes: ['Hot-Swappable', 'Low-Profile', 'TKL', '75%'],
        features: [
          'has hot-swappable tactile switches',
          'connects over Bluetooth, 2.4 GHz or cable',
          'ships with PBT keycaps',
        ],
        tags: ['keyboard', 'mechanical'],
      },
      {
        noun: 'Wireless Mouse',
        price: [19, 149],
        grams: [60, 130],
        options: { colours: ['graphite', 'white', 'pink'], colourShare: 0.5 },
        attributes: ['Ergonomic', 'Silent', 'Gaming', 'Travel'],
        features: ['tracks on glass', 'clicks silently in open offices', 'lasts 70 days on a charge'],
        tags: ['mouse', 'wireless'],
      },
      {
        noun: 'Wireless Keyboard',
        price: [29, 129],
        grams: [350, 600],
        attributes: ['Slim', 'Multi-Device', 'Ergonomic', 'Compact'],
        features: [
          'switches between three devices with a key',
          'types quietly',
          'runs for months on two AAA batteries',
        ],
        tags: ['keyboard', 'wireless'],
      },
      {
        noun: 'Desk Mat',
        price: [15, 49],
        grams: [200, 900],
        attributes: ['XL', 'Felt', 'Leather', 'Stitched'],
        features: ['gives the mouse a smooth glide', 'protects the desk', 'rolls up for travel'],
        tags: ['desk', 'accessory'],
      },
    ],
  },
  {
    slug: 'monitors',
    name: 'Monitors',
    description: 'Displays for work, play and creative colour work.',
    brands: ['Vista', 'Panorama', 'Clearview', 'Spectra', 'Lumen'],
    models: ['24', '27', '27 Pro', '32', '34 Curve', '49 Ultra'],
    lines: [
      {
        noun: '4K Monitor',
        price: [249, 1199],
        grams: [4200, 7800],
        attributes: ['IPS', 'USB-C', 'HDR', 'Creator'],
        features: [
          'shows 99% of the DCI-P3 colour space',
          'charges a laptop over one USB-C cable',
          'comes factory calibrated',
        ],
        tags: ['monitor', '4k', 'display'],
      },
      {
        noun: 'Gaming Monitor',
        price: [179, 999],
        grams: [4800, 8900],
        attributes: ['165 Hz', '240 Hz', 'OLED', 'Curved'],
        features: ['refreshes at up to 240 Hz', 'responds in one millisecond', 'supports adaptive sync'],
        tags: ['monitor', 'gaming'],
      },
      {
        noun: 'Portable Monitor',
        price: [119, 349],
        grams: [600, 1000],
        attributes: ['15.6"', 'Touch', 'Slim', 'USB-C'],
        features: ['runs from a single USB-C cable', 'fits in a laptop sleeve', 'doubles as a stand-up case'],
        tags: ['monitor', 'portable'],
      },
    ],
  },
  {
    slug: 'smart-home',
    name: 'Smart Home',
    description: 'Speakers, lights, plugs and sensors that work together.',
    brands: ['Homely', 'Brightnest', 'Nodekit', 'Ambient', 'Hearth'],
    models: ['Mini', 'Hub', 'Go', 'Max', 'Duo', 'Plus'],
    lines: [
      {
        noun: 'Smart Speaker',
        price: [39, 299],
        grams: [300, 1700],
        options: { colours: ['graphite', 'white', 'blue'], colourShare: 0.6 },
        attributes: ['Voice', 'Stereo', 'Display', 'Compact'],
        features: [
          'answers questions hands-free',
          'controls lights and plugs by voice',
          'groups with other speakers for whole-home audio',
        ],
        tags: ['smart-home', 'speaker', 'voice'],
      },
      {
        noun: 'Smart Bulb',
        price: [9, 59],
        grams: [60, 120],
        attributes: ['Colour', 'Warm White', 'Filament', 'E27'],
        features: ['shifts from warm to cool white on a schedule', 'needs no hub', 'remembers its last colour'],
        tags: ['smart-home', 'lighting'],
      },
      {
        noun: 'Smart Plug',
        price: [12, 39],
        grams: [70, 140],
        attributes: ['Energy Monitoring', 'Outdoor', 'Mini', '2-Pack'],
        features: [
          'reports energy use per device',
          'turns anything into a scheduled device',
          'works with every major voice assistant',
        ],
        tags: ['smart-home', 'plug'],
      },
      {
        noun: 'Video Doorbell',
        price: [59, 249],
        grams: [180, 320],
        attributes: ['Wired', 'Battery', '2K', 'Pro'],
        features: [
          'shows who is at the door on your phone',
          'records in 2K with night vision',
          'lets you talk to visitors',
        ],
        tags: ['smart-home', 'security', 'camera'],
      },
    ],
  },
  {
    slug: 'cameras',
    name: 'Cameras',
    description: 'Mirrorless cameras, action cams, lenses and gear.',
    brands: ['Optika', 'Shutterline', 'Aperture Co.', 'Vantage', 'Kairo'],
    models: ['A7', 'Z50', 'R10', 'Go 5', 'X-S', 'Pro 2'],
    lines: [
      {
        noun: 'Mirrorless Camera',
        price: [599, 3499],
        grams: [400, 900],
        attributes: ['Full-Frame', 'APS-C', 'Vlogging', 'Compact'],
        features: [
          'focuses on eyes automatically',
          'records 4K video without a crop',
          'stabilises the sensor in five axes',
        ],
        tags: ['camera', 'mirrorless', 'photo'],
      },
      {
        noun: 'Action Camera',
        price: [149, 549],
        grams: [110, 160],
        attributes: ['Waterproof', '5K', 'Helmet', 'Mini'],
        features: ['is waterproof to ten metres', 'smooths shaky footage in camera', 'streams live to your phone'],
        tags: ['camera', 'action', 'video'],
      },
      {
        noun: 'Camera Lens',
        price: [199, 1899],
        grams: [250, 1200],
        attributes: ['50mm f/1.8', '24-70mm', '70-200mm', 'Macro'],
        features: [
          'renders smooth background blur',
          'focuses silently for video',
          'is sealed against dust and moisture',
        ],
        tags: ['lens', 'camera', 'photo'],
      },
      {
        noun: 'Camera Backpack',
        price: [59, 249],
        grams: [1100, 2200],
        attributes: ['Travel', 'Roll-Top', 'Sling', 'Pro'],
        features: ['holds a body, three lenses and a laptop', 'opens from the back for security', 'has a rain cover'],
        tags: ['bag', 'camera', 'accessory'],
      },
    ],
  },
  {
    slug: 'kitchen',
    name: 'Kitchen',
    description: 'Appliances and cookware for everyday cooking.',
    brands: ['Copperpot', 'Brewhaus', 'Maison Cuisine', 'Kettlecraft', 'Ferro'],
    models: ['Classic', 'Pro', 'Artisan', 'Essential', 'Chef', 'Barista'],
    lines: [
      {
        noun: 'Espresso Machine',
        price: [149, 1299],
        grams: [4500, 9500],
        attributes: ['Manual', 'Automatic', 'Dual Boiler', 'Compact'],
        features: [
          'pulls a shot in under a minute from cold',
          'steams silky milk for latte art',
          'grinds fresh for every cup',
        ],
        tags: ['coffee', 'espresso', 'appliance'],
      },
      {
        noun: 'Electric Kettle',
        price: [29, 149],
        grams: [900, 1500],
        attributes: ['Gooseneck', 'Glass', 'Temperature Control', 'Travel'],
        features: ['holds a set temperature for 30 minutes', 'boils a litre in three minutes', 'pours with precision'],
        tags: ['kettle', 'tea', 'appliance'],
      },
      {
        noun: 'Chef Knife',
        price: [39, 299],
        grams: [160, 280],
        attributes: ['Damascus', 'Japanese', '20 cm', 'Forged'],
        features: [
          'holds its edge through months of prep',
          'is balanced at the bolster',
          'is hand-sharpened to 15 degrees',
        ],
        tags: ['knife', 'cookware'],
      },
      {
        noun: 'Cast Iron Pan',
        price: [29, 189],
        grams: [1800, 3400],
        attributes: ['Enamelled', 'Pre-Seasoned', '28 cm', 'Skillet'],
        features: ['goes from hob to oven', 'holds heat for a perfect sear', 'will outlive its owner'],
        tags: ['pan', 'cookware', 'cast-iron'],
      },
      {
        noun: 'Blender',
        price: [49, 599],
        grams: [1600, 4500],
        attributes: ['High-Speed', 'Personal', 'Vacuum', 'Pro'],
        features: ['crushes ice in seconds', 'cleans itself with a drop of soap', 'blends hot soup safely'],
        tags: ['blender', 'appliance'],
      },
    ],
  },
  {
    slug: 'furniture',
    name: 'Furniture',
    description: 'Sofas, chairs, desks and storage for the home and office.',
    brands: ['Nordhem', 'Oakhaven', 'Linea', 'Casa Verde', 'Fjell'],
    models: ['Oslo', 'Bergen', 'Milano', 'Kyoto', 'Aalto', 'Lund'],
    lines: [
      {
        noun: 'Sofa',
        price: [499, 2999],
        grams: [32000, 68000],
        attributes: ['3-Seater', 'Corner', 'Velvet', 'Linen', 'Sleeper'],
        features: [
          'has removable, washable covers',
          'sits deep with feather-wrapped cushions',
          'arrives flat-packed and assembles without tools',
        ],
        tags: ['sofa', 'living-room'],
      },
      {
        noun: 'Office Chair',
        price: [149, 1299],
        grams: [12000, 21000],
        attributes: ['Ergonomic', 'Mesh', 'Executive', 'Task'],
        features: [
          'supports the lower back with adjustable lumbar',
          'breathes with a mesh back',
          'adjusts in height, tilt and arm width',
        ],
        tags: ['chair', 'office'],
      },
      {
        noun: 'Standing Desk',
        price: [299, 999],
        grams: [24000, 38000],
        attributes: ['Electric', 'Dual-Motor', 'Corner', 'Oak'],
        features: ['rises quietly with two motors', 'remembers four heights', 'holds 120 kg'],
        tags: ['desk', 'office'],
      },
      {
        noun: 'Bookshelf',
        price: [79, 599],
        grams: [14000, 30000],
        attributes: ['5-Tier', 'Ladder', 'Walnut', 'Modular'],
        features: ['is made from FSC-certified wood', 'grows with add-on modules', 'anchors safely to the wall'],
        tags: ['storage', 'shelf'],
      },
    ],
  },
  {
    slug: 'clothing',
    name: 'Clothing',
    description: 'T-shirts, hoodies, jackets and everyday basics.',
    brands: ['Threadline', 'Northwind', 'Basics & Co.', 'Loom', 'Harbour'],
    models: ['Essential', 'Heritage', 'Everyday', 'Signature', 'Studio', 'Coast'],
    lines: [
      {
        noun: 'T-Shirt',
        price: [15, 59],
        grams: [140, 240],
        options: { size: 'apparel', colours: ['white', 'black', 'grey', 'navy', 'olive', 'red', 'sand', 'burgundy'] },
        attributes: ['Organic Cotton', 'Crew Neck', 'V-Neck', 'Heavyweight', 'Oversized'],
        features: [
          'is cut from soft organic cotton',
          'keeps its shape after many washes',
          'is pre-shrunk for a true fit',
        ],
        tags: ['t-shirt', 'tee', 'cotton'],
      },
      {
        noun: 'Hoodie',
        price: [39, 129],
        grams: [450, 750],
        options: { size: 'apparel', colours: ['black', 'grey', 'navy', 'olive', 'burgundy', 'sand'] },
        attributes: ['Zip', 'Fleece', 'Pullover', 'Merino'],
        features: [
          'is brushed soft on the inside',
          'has a lined hood and kangaroo pocket',
          'is made from recycled fibres',
        ],
        tags: ['hoodie', 'sweatshirt'],
      },
      {
        noun: 'Rain Jacket',
        price: [79, 349],
        grams: [280, 650],
        options: { size: 'apparel', colours: ['yellow', 'red', 'navy', 'green', 'black', 'orange'] },
        attributes: ['Packable', 'Waterproof', '3-Layer', 'Insulated'],
        features: ['keeps out heavy rain with taped seams', 'packs into its own pocket', 'breathes on the climb'],
        tags: ['jacket', 'outerwear', 'waterproof'],
      },
      {
        noun: 'Jeans',
        price: [49, 189],
        grams: [550, 800],
        options: { size: 'apparel', colours: ['indigo', 'black', 'stone', 'blue'] },
        attributes: ['Slim', 'Straight', 'Selvedge', 'Relaxed'],
        features: ['is woven from stretch denim', 'ages with a personal fade', 'has reinforced pockets'],
        tags: ['jeans', 'denim'],
      },
    ],
  },
  {
    slug: 'shoes',
    name: 'Shoes',
    description: 'Running shoes, sneakers and boots.',
    brands: ['Stride', 'Fleetfoot', 'Kinetic', 'Trailmark', 'Cobble'],
    models: ['Glide 3', 'Apex', 'Velocity', 'Terra', 'Metro', 'Ridge'],
    lines: [
      {
        noun: 'Running Shoes',
        price: [69, 249],
        grams: [230, 320],
        options: { size: 'shoe', colours: ['black', 'white', 'blue', 'red', 'grey', 'orange'] },
        attributes: ['Cushioned', 'Lightweight', 'Carbon-Plate', 'Stability'],
        features: ['returns energy with a springy foam', 'weighs under 250 grams', 'grips on wet roads'],
        tags: ['running', 'shoes', 'sport'],
      },
      {
        noun: 'Sneakers',
        price: [59, 199],
        grams: [300, 420],
        options: { size: 'shoe', colours: ['white', 'black', 'sand', 'navy', 'green', 'red'] },
        attributes: ['Leather', 'Canvas', 'High-Top', 'Low-Top'],
        features: ['goes with everything', 'has a cushioned cork insole', 'is stitched, not glued'],
        tags: ['sneakers', 'shoes', 'casual'],
      },
      {
        noun: 'Hiking Boots',
        price: [99, 329],
        grams: [480, 700],
        options: { size: 'shoe', colours: ['brown', 'sand', 'black', 'olive', 'grey'] },
        attributes: ['Waterproof', 'Mid', 'Leather', 'Lightweight'],
        features: ['keeps feet dry in streams', 'supports the ankle on rocky ground', 'needs almost no breaking in'],
        tags: ['boots', 'hiking', 'outdoor'],
      },
    ],
  },
  {
    slug: 'outdoor-sports',
    name: 'Outdoor & Sports',
    description: 'Gear for the trail, the campsite and the gym.',
    brands: ['Summit', 'Wildpath', 'Basecamp', 'Peakform', 'Riverstone'],
    models: ['Trek', 'Alpine', 'Ranger', 'Nomad', 'Sprint', 'Explorer'],
    lines: [
      {
        noun: 'Camping Tent',
        price: [89, 699],
        grams: [1100, 4200],
        attributes: ['2-Person', '4-Person', 'Ultralight', '4-Season'],
        features: ['pitches in five minutes', 'stands up to strong wind', 'packs down to the size of a water bottle'],
        tags: ['tent', 'camping', 'outdoor'],
      },
      {
        noun: 'Hiking Backpack',
        price: [49, 329],
        grams: [800, 2300],
        attributes: ['30 L', '45 L', '65 L', 'Daypack'],
        features: [
          'carries weight on the hips, not the shoulders',
          'has a ventilated back panel',
          'fits a hydration bladder',
        ],
        tags: ['backpack', 'hiking', 'outdoor'],
      },
      {
        noun: 'Yoga Mat',
        price: [19, 129],
        grams: [900, 2500],
        options: { colours: ['green', 'blue', 'pink', 'grey', 'black'], colourShare: 0.6 },
        attributes: ['Non-Slip', 'Cork', 'Travel', 'Extra-Thick'],
        features: ['grips even in hot yoga', 'cushions knees on hard floors', 'is made from natural rubber'],
        tags: ['yoga', 'fitness'],
      },
      {
        noun: 'Water Bottle',
        price: [12, 49],
        grams: [250, 520],
        options: { colours: ['black', 'white', 'green', 'blue', 'orange'], colourShare: 0.7 },
        attributes: ['Insulated', 'Stainless Steel', '1 L', 'Filter'],
        features: ['keeps drinks cold for 24 hours', 'never leaks in a bag', 'is free of BPA'],
        tags: ['bottle', 'hydration'],
      },
      {
        noun: 'Mountain Bike',
        price: [499, 3499],
        grams: [11000, 24000],
        attributes: ['Hardtail', 'Full-Suspension', 'Electric', 'Trail'],
        features: [
          'climbs and descends with confidence',
          'shifts through twelve gears',
          'stops sharply with hydraulic discs',
        ],
        tags: ['bike', 'cycling', 'outdoor'],
      },
    ],
  },
]

export const closingSentences: readonly string[] = [
  'Backed by a two-year warranty.',
  'Free returns within 30 days.',
  'Designed to last and easy to repair.',
  'Ships in plastic-free packaging.',
  'A favourite with our customers.',
  'Covered by our price-match promise.',
]
