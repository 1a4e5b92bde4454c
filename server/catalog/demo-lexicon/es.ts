/**
 * The demo catalog in Spanish (Spain). Names put the noun first and the attribute after it, agreeing
 * with the noun ("Barra de sonido inalámbrica Audeon Studio"); features are clauses whose subject
 * is the product, conjugated for the line's noun (plural for "Auriculares", "Vaqueros" …).
 */
import type { DemoLexiconTranslation } from './lexicon-translation.ts'

export const esLexicon: DemoLexiconTranslation = {
  categories: {
    'headphones-audio': {
      name: 'Auriculares y audio',
      description:
        'Auriculares de diadema, auriculares de botón y altavoces para la música, las llamadas y la concentración.',
    },
    laptops: {
      name: 'Portátiles',
      description: 'Ultrabooks, estaciones de trabajo y portátiles gaming.',
    },
    phones: {
      name: 'Móviles',
      description: 'Smartphones y los accesorios que los mantienen siempre a punto.',
    },
    'keyboards-mice': {
      name: 'Teclados y ratones',
      description: 'Teclados mecánicos, ratones y accesorios de escritorio.',
    },
    monitors: {
      name: 'Monitores',
      description: 'Pantallas para trabajar, jugar y crear con colores fieles.',
    },
    'smart-home': {
      name: 'Hogar inteligente',
      description: 'Altavoces, bombillas, enchufes y sensores que funcionan en equipo.',
    },
    cameras: {
      name: 'Cámaras',
      description: 'Cámaras sin espejo, cámaras deportivas, objetivos y accesorios.',
    },
    kitchen: {
      name: 'Cocina',
      description: 'Electrodomésticos y menaje para cocinar cada día.',
    },
    furniture: {
      name: 'Muebles',
      description: 'Sofás, sillas, escritorios y almacenaje para casa y oficina.',
    },
    clothing: {
      name: 'Ropa',
      description: 'Camisetas, sudaderas, chaquetas y básicos para el día a día.',
    },
    shoes: {
      name: 'Calzado',
      description: 'Zapatillas de running, zapatillas urbanas y botas.',
    },
    'outdoor-sports': {
      name: 'Aire libre y deporte',
      description: 'Equipo para la montaña, la acampada y el gimnasio.',
    },
  },
  lines: {
    'Wireless Headphones': {
      noun: 'Auriculares inalámbricos',
      attributes: {
        'Noise-Cancelling': 'con cancelación de ruido',
        'Over-Ear': 'de diadema',
        Foldable: 'plegables',
        Studio: 'de estudio',
      },
      features: {
        'blocks out the commute with adaptive noise cancelling':
          'te aíslan del ruido del transporte con su cancelación adaptativa',
        'runs up to 40 hours on a charge': 'ofrecen hasta 40 horas de autonomía con una sola carga',
        'pairs with two devices at once': 'se conectan a dos dispositivos a la vez',
      },
    },
    'Wireless Earbuds': {
      noun: 'Auriculares de botón inalámbricos',
      attributes: {
        True: 'True Wireless',
        Sport: 'deportivos',
        Compact: 'compactos',
        'Noise-Cancelling': 'con cancelación de ruido',
      },
      features: {
        'stays put through a workout': 'no se mueven ni en pleno entrenamiento',
        'comes with a pocketable charging case': 'vienen con un estuche de carga que cabe en el bolsillo',
        'is rated IPX4 against sweat and rain': 'tienen certificación IPX4 contra el sudor y la lluvia',
      },
    },
    'Bluetooth Speaker': {
      noun: 'Altavoz Bluetooth',
      attributes: {
        Portable: 'portátil',
        Waterproof: 'impermeable',
        Party: 'para fiestas',
        Mini: 'mini',
      },
      features: {
        'fills a room with warm, even sound': 'llena cualquier habitación con un sonido cálido y uniforme',
        'floats and survives a drop in the pool': 'flota y aguanta una caída a la piscina',
        'links with a second speaker for stereo': 'se empareja con un segundo altavoz para sonar en estéreo',
      },
    },
    Soundbar: {
      noun: 'Barra de sonido',
      attributes: {
        'Dolby Atmos': 'Dolby Atmos',
        Compact: 'compacta',
        '5.1': '5.1',
        Wireless: 'inalámbrica',
      },
      features: {
        'makes dialogue clear at low volume': 'hace que los diálogos se entiendan incluso a bajo volumen',
        'connects to the TV with a single HDMI cable': 'se conecta a la tele con un solo cable HDMI',
        'adds a wireless subwoofer for deep bass': 'incluye un subwoofer inalámbrico para unos graves profundos',
      },
    },
    Laptop: {
      noun: 'Portátil',
      attributes: {
        Ultralight: 'ultraligero',
        OLED: 'OLED',
        Business: 'profesional',
        Convertible: 'convertible',
      },
      features: {
        'weighs barely more than a kilogram': 'pesa poco más de un kilo',
        'lasts a full working day on battery': 'aguanta una jornada laboral completa con la batería',
        'wakes instantly and charges over USB-C': 'se activa al instante y se carga por USB-C',
      },
    },
    'Gaming Laptop': {
      noun: 'Portátil gaming',
      attributes: {
        RTX: 'RTX',
        '240 Hz': 'de 240 Hz',
        Pro: 'Pro',
        Slim: 'delgado',
      },
      features: {
        'keeps frame rates high with a dedicated GPU': 'mantiene altas las tasas de fotogramas con una GPU dedicada',
        'cools quietly with a vapour chamber': 'se refrigera en silencio con una cámara de vapor',
        'has a per-key RGB keyboard': 'tiene un teclado con retroiluminación RGB por tecla',
      },
    },
    Chromebook: {
      noun: 'Chromebook',
      attributes: {
        Student: 'para estudiantes',
        Touch: 'táctil',
        Rugged: 'resistente',
        Plus: 'Plus',
      },
      features: {
        'boots in seconds and updates itself': 'arranca en segundos y se actualiza solo',
        'survives the school bag': 'sobrevive a la mochila del cole',
        'runs Android apps': 'ejecuta aplicaciones de Android',
      },
    },
    Smartphone: {
      noun: 'Móvil',
      attributes: {
        '5G': '5G',
        'Dual-SIM': 'dual SIM',
        Pro: 'Pro',
        Compact: 'compacto',
      },
      features: {
        'takes sharp night photos': 'hace fotos nocturnas nítidas',
        'gets five years of updates': 'recibe cinco años de actualizaciones',
        'charges to half in 20 minutes': 'se carga al 50 % en 20 minutos',
      },
    },
    'Phone Case': {
      noun: 'Funda para móvil',
      attributes: {
        Clear: 'transparente',
        Leather: 'de piel',
        Rugged: 'antigolpes',
        MagSafe: 'con MagSafe',
      },
      features: {
        'protects against drops from two metres': 'protege frente a caídas desde dos metros',
        'keeps the phone slim': 'mantiene el móvil fino',
        'works with wireless chargers': 'es compatible con cargadores inalámbricos',
      },
    },
    'Wireless Charger': {
      noun: 'Cargador inalámbrico',
      attributes: {
        '3-in-1': '3 en 1',
        Fast: 'rápido',
        Travel: 'de viaje',
        Magnetic: 'magnético',
      },
      features: {
        'charges phone, watch and earbuds at once': 'carga a la vez el móvil, el reloj y los auriculares',
        'folds flat for travel': 'se pliega del todo para llevarlo de viaje',
        'snaps into place magnetically': 'se fija en su sitio con imanes',
      },
    },
    'Mechanical Keyboard': {
      noun: 'Teclado mecánico',
      attributes: {
        'Hot-Swappable': 'hot-swap',
        'Low-Profile': 'de perfil bajo',
        TKL: 'TKL',
        '75%': '75%',
      },
      features: {
        'has hot-swappable tactile switches': 'tiene interruptores táctiles intercambiables en caliente',
        'connects over Bluetooth, 2.4 GHz or cable': 'se conecta por Bluetooth, 2,4 GHz o cable',
        'ships with PBT keycaps': 'viene con teclas de PBT',
      },
    },
    'Wireless Mouse': {
      noun: 'Ratón inalámbrico',
      attributes: {
        Ergonomic: 'ergonómico',
        Silent: 'silencioso',
        Gaming: 'gaming',
        Travel: 'de viaje',
      },
      features: {
        'tracks on glass': 'funciona incluso sobre cristal',
        'clicks silently in open offices': 'hace clic sin ruido en oficinas abiertas',
        'lasts 70 days on a charge': 'aguanta 70 días con una sola carga',
      },
    },
    'Wireless Keyboard': {
      noun: 'Teclado inalámbrico',
      attributes: {
        Slim: 'fino',
        'Multi-Device': 'multidispositivo',
        Ergonomic: 'ergonómico',
        Compact: 'compacto',
      },
      features: {
        'switches between three devices with a key': 'cambia entre tres dispositivos con una sola tecla',
        'types quietly': 'es silencioso al escribir',
        'runs for months on two AAA batteries': 'funciona durante meses con dos pilas AAA',
      },
    },
    'Desk Mat': {
      noun: 'Alfombrilla de escritorio',
      attributes: {
        XL: 'XL',
        Felt: 'de fieltro',
        Leather: 'de piel',
        Stitched: 'con bordes cosidos',
      },
      features: {
        'gives the mouse a smooth glide': 'hace que el ratón se deslice con suavidad',
        'protects the desk': 'protege el escritorio',
        'rolls up for travel': 'se enrolla para llevarla de viaje',
      },
    },
    '4K Monitor': {
      noun: 'Monitor 4K',
      attributes: {
        IPS: 'IPS',
        'USB-C': 'USB-C',
        HDR: 'HDR',
        Creator: 'para creadores',
      },
      features: {
        'shows 99% of the DCI-P3 colour space': 'muestra el 99 % del espacio de color DCI-P3',
        'charges a laptop over one USB-C cable': 'carga un portátil con un solo cable USB-C',
        'comes factory calibrated': 'viene calibrado de fábrica',
      },
    },
    'Gaming Monitor': {
      noun: 'Monitor gaming',
      attributes: {
        '165 Hz': 'de 165 Hz',
        '240 Hz': 'de 240 Hz',
        OLED: 'OLED',
        Curved: 'curvo',
      },
      features: {
        'refreshes at up to 240 Hz': 'alcanza una frecuencia de hasta 240 Hz',
        'responds in one millisecond': 'tiene un tiempo de respuesta de un milisegundo',
        'supports adaptive sync': 'admite sincronización adaptativa',
      },
    },
    'Portable Monitor': {
      noun: 'Monitor portátil',
      attributes: {
        '15.6"': 'de 15,6"',
        Touch: 'táctil',
        Slim: 'fino',
        'USB-C': 'USB-C',
      },
      features: {
        'runs from a single USB-C cable': 'funciona con un solo cable USB-C',
        'fits in a laptop sleeve': 'cabe en una funda de portátil',
        'doubles as a stand-up case': 'trae una cubierta que se convierte en soporte',
      },
    },
    'Smart Speaker': {
      noun: 'Altavoz inteligente',
      attributes: {
        Voice: 'con control por voz',
        Stereo: 'estéreo',
        Display: 'con pantalla',
        Compact: 'compacto',
      },
      features: {
        'answers questions hands-free': 'responde a tus preguntas sin que uses las manos',
        'controls lights and plugs by voice': 'controla luces y enchufes con la voz',
        'groups with other speakers for whole-home audio':
          'se agrupa con otros altavoces para llevar el sonido a toda la casa',
      },
    },
    'Smart Bulb': {
      noun: 'Bombilla inteligente',
      attributes: {
        Colour: 'de colores',
        'Warm White': 'de luz blanca cálida',
        Filament: 'de filamento',
        E27: 'E27',
      },
      features: {
        'shifts from warm to cool white on a schedule':
          'pasa de blanco cálido a blanco frío según el horario que programes',
        'needs no hub': 'no necesita hub',
        'remembers its last colour': 'recuerda el último color',
      },
    },
    'Smart Plug': {
      noun: 'Enchufe inteligente',
      attributes: {
        'Energy Monitoring': 'con medición de consumo',
        Outdoor: 'de exterior',
        Mini: 'mini',
        '2-Pack': '(pack de 2)',
      },
      features: {
        'reports energy use per device': 'mide el consumo de energía de cada aparato',
        'turns anything into a scheduled device': 'te permite programar cualquier aparato',
        'works with every major voice assistant': 'funciona con los principales asistentes de voz',
      },
    },
    'Video Doorbell': {
      noun: 'Timbre con vídeo',
      attributes: {
        Wired: 'cableado',
        Battery: 'a batería',
        '2K': '2K',
        Pro: 'Pro',
      },
      features: {
        'shows who is at the door on your phone': 'te muestra en el móvil quién llama a la puerta',
        'records in 2K with night vision': 'graba en 2K con visión nocturna',
        'lets you talk to visitors': 'te permite hablar con las visitas',
      },
    },
    'Mirrorless Camera': {
      noun: 'Cámara sin espejo',
      attributes: {
        'Full-Frame': 'de formato completo',
        'APS-C': 'APS-C',
        Vlogging: 'para vlogging',
        Compact: 'compacta',
      },
      features: {
        'focuses on eyes automatically': 'enfoca los ojos automáticamente',
        'records 4K video without a crop': 'graba vídeo 4K sin recorte',
        'stabilises the sensor in five axes': 'estabiliza el sensor en cinco ejes',
      },
    },
    'Action Camera': {
      noun: 'Cámara deportiva',
      attributes: {
        Waterproof: 'sumergible',
        '5K': '5K',
        Helmet: 'para casco',
        Mini: 'mini',
      },
      features: {
        'is waterproof to ten metres': 'se puede sumergir hasta diez metros',
        'smooths shaky footage in camera': 'estabiliza las imágenes movidas en la propia cámara',
        'streams live to your phone': 'emite en directo a tu móvil',
      },
    },
    'Camera Lens': {
      noun: 'Objetivo',
      attributes: {
        '50mm f/1.8': '50mm f/1.8',
        '24-70mm': '24-70mm',
        '70-200mm': '70-200mm',
        Macro: 'macro',
      },
      features: {
        'renders smooth background blur': 'consigue un desenfoque de fondo suave',
        'focuses silently for video': 'enfoca en silencio al grabar vídeo',
        'is sealed against dust and moisture': 'está sellado contra el polvo y la humedad',
      },
    },
    'Camera Backpack': {
      noun: 'Mochila para cámara',
      attributes: {
        Travel: 'de viaje',
        'Roll-Top': 'con cierre enrollable',
        Sling: 'bandolera',
        Pro: 'Pro',
      },
      features: {
        'holds a body, three lenses and a laptop': 'lleva un cuerpo de cámara, tres objetivos y un portátil',
        'opens from the back for security': 'se abre por la espalda para mayor seguridad',
        'has a rain cover': 'incluye una cubierta para la lluvia',
      },
    },
    'Espresso Machine': {
      noun: 'Cafetera express',
      attributes: {
        Manual: 'manual',
        Automatic: 'automática',
        'Dual Boiler': 'de doble caldera',
        Compact: 'compacta',
      },
      features: {
        'pulls a shot in under a minute from cold': 'prepara un espresso en menos de un minuto desde frío',
        'steams silky milk for latte art': 'texturiza la leche con vapor para hacer latte art',
        'grinds fresh for every cup': 'muele el café al momento para cada taza',
      },
    },
    'Electric Kettle': {
      noun: 'Hervidor eléctrico',
      attributes: {
        Gooseneck: 'de cuello de cisne',
        Glass: 'de vidrio',
        'Temperature Control': 'con control de temperatura',
        Travel: 'de viaje',
      },
      features: {
        'holds a set temperature for 30 minutes': 'mantiene la temperatura elegida durante 30 minutos',
        'boils a litre in three minutes': 'hierve un litro en tres minutos',
        'pours with precision': 'vierte con precisión',
      },
    },
    'Chef Knife': {
      noun: 'Cuchillo de chef',
      attributes: {
        Damascus: 'de acero de Damasco',
        Japanese: 'japonés',
        '20 cm': 'de 20 cm',
        Forged: 'forjado',
      },
      features: {
        'holds its edge through months of prep': 'conserva el filo durante meses de uso',
        'is balanced at the bolster': 'tiene el punto de equilibrio en la virola',
        'is hand-sharpened to 15 degrees': 'está afilado a mano a 15 grados',
      },
    },
    'Cast Iron Pan': {
      noun: 'Sartén de hierro fundido',
      attributes: {
        Enamelled: 'esmaltada',
        'Pre-Seasoned': 'precurada',
        '28 cm': 'de 28 cm',
        Skillet: 'tipo skillet',
      },
      features: {
        'goes from hob to oven': 'pasa de la placa al horno',
        'holds heat for a perfect sear': 'retiene el calor para un sellado perfecto',
        'will outlive its owner': 'durará más que tú',
      },
    },
    Blender: {
      noun: 'Batidora de vaso',
      attributes: {
        'High-Speed': 'de alta velocidad',
        Personal: 'individual',
        Vacuum: 'al vacío',
        Pro: 'Pro',
      },
      features: {
        'crushes ice in seconds': 'pica hielo en segundos',
        'cleans itself with a drop of soap': 'se limpia sola con una gota de jabón',
        'blends hot soup safely': 'tritura sopas calientes con total seguridad',
      },
    },
    Sofa: {
      noun: 'Sofá',
      attributes: {
        '3-Seater': 'de 3 plazas',
        Corner: 'rinconera',
        Velvet: 'de terciopelo',
        Linen: 'de lino',
        Sleeper: 'cama',
      },
      features: {
        'has removable, washable covers': 'tiene fundas extraíbles y lavables',
        'sits deep with feather-wrapped cushions': 'ofrece un asiento profundo con cojines envueltos en plumas',
        'arrives flat-packed and assembles without tools': 'llega en un paquete plano y se monta sin herramientas',
      },
    },
    'Office Chair': {
      noun: 'Silla de oficina',
      attributes: {
        Ergonomic: 'ergonómica',
        Mesh: 'de malla',
        Executive: 'de dirección',
        Task: 'operativa',
      },
      features: {
        'supports the lower back with adjustable lumbar': 'sujeta la zona lumbar con un soporte regulable',
        'breathes with a mesh back': 'transpira gracias a su respaldo de malla',
        'adjusts in height, tilt and arm width': 'se regula en altura, inclinación y anchura de los reposabrazos',
      },
    },
    'Standing Desk': {
      noun: 'Escritorio elevable',
      attributes: {
        Electric: 'eléctrico',
        'Dual-Motor': 'de doble motor',
        Corner: 'de esquina',
        Oak: 'de roble',
      },
      features: {
        'rises quietly with two motors': 'sube sin ruido gracias a sus dos motores',
        'remembers four heights': 'memoriza cuatro alturas',
        'holds 120 kg': 'soporta 120 kg',
      },
    },
    Bookshelf: {
      noun: 'Estantería',
      attributes: {
        '5-Tier': 'de 5 baldas',
        Ladder: 'tipo escalera',
        Walnut: 'de nogal',
        Modular: 'modular',
      },
      features: {
        'is made from FSC-certified wood': 'está hecha con madera con certificación FSC',
        'grows with add-on modules': 'crece con módulos adicionales',
        'anchors safely to the wall': 'se fija a la pared de forma segura',
      },
    },
    'T-Shirt': {
      noun: 'Camiseta',
      attributes: {
        'Organic Cotton': 'de algodón orgánico',
        'Crew Neck': 'de cuello redondo',
        'V-Neck': 'de cuello de pico',
        Heavyweight: 'de gramaje alto',
        Oversized: 'oversize',
      },
      features: {
        'is cut from soft organic cotton': 'está confeccionada en suave algodón orgánico',
        'keeps its shape after many washes': 'mantiene la forma lavado tras lavado',
        'is pre-shrunk for a true fit': 'está preencogida para que conserve su talla',
      },
    },
    Hoodie: {
      noun: 'Sudadera con capucha',
      attributes: {
        Zip: 'con cremallera',
        Fleece: 'de forro polar',
        Pullover: 'sin cremallera',
        Merino: 'de lana merino',
      },
      features: {
        'is brushed soft on the inside': 'tiene un interior perchado muy suave',
        'has a lined hood and kangaroo pocket': 'tiene capucha forrada y bolsillo canguro',
        'is made from recycled fibres': 'está hecha con fibras recicladas',
      },
    },
    'Rain Jacket': {
      noun: 'Chubasquero',
      attributes: {
        Packable: 'plegable',
        Waterproof: 'impermeable',
        '3-Layer': 'de 3 capas',
        Insulated: 'acolchado',
      },
      features: {
        'keeps out heavy rain with taped seams': 'frena la lluvia intensa con sus costuras selladas',
        'packs into its own pocket': 'se guarda en su propio bolsillo',
        'breathes on the climb': 'transpira en las subidas',
      },
    },
    Jeans: {
      noun: 'Vaqueros',
      attributes: {
        Slim: 'slim',
        Straight: 'rectos',
        Selvedge: 'selvedge',
        Relaxed: 'de corte holgado',
      },
      features: {
        'is woven from stretch denim': 'están tejidos en denim elástico',
        'ages with a personal fade': 'se desgastan con el uso a tu manera',
        'has reinforced pockets': 'tienen bolsillos reforzados',
      },
    },
    'Running Shoes': {
      noun: 'Zapatillas de running',
      attributes: {
        Cushioned: 'con amortiguación',
        Lightweight: 'ligeras',
        'Carbon-Plate': 'con placa de carbono',
        Stability: 'de estabilidad',
      },
      features: {
        'returns energy with a springy foam': 'devuelven la energía con una espuma reactiva',
        'weighs under 250 grams': 'pesan menos de 250 gramos',
        'grips on wet roads': 'se agarran bien al asfalto mojado',
      },
    },
    Sneakers: {
      noun: 'Zapatillas',
      attributes: {
        Leather: 'de piel',
        Canvas: 'de lona',
        'High-Top': 'altas',
        'Low-Top': 'bajas',
      },
      features: {
        'goes with everything': 'combinan con todo',
        'has a cushioned cork insole': 'tienen una plantilla de corcho acolchada',
        'is stitched, not glued': 'están cosidas, no pegadas',
      },
    },
    'Hiking Boots': {
      noun: 'Botas de montaña',
      attributes: {
        Waterproof: 'impermeables',
        Mid: 'de caña media',
        Leather: 'de piel',
        Lightweight: 'ligeras',
      },
      features: {
        'keeps feet dry in streams': 'mantienen los pies secos al cruzar arroyos',
        'supports the ankle on rocky ground': 'sujetan el tobillo en terreno rocoso',
        'needs almost no breaking in': 'apenas necesitan rodaje',
      },
    },
    'Camping Tent': {
      noun: 'Tienda de campaña',
      attributes: {
        '2-Person': 'para 2 personas',
        '4-Person': 'para 4 personas',
        Ultralight: 'ultraligera',
        '4-Season': 'de 4 estaciones',
      },
      features: {
        'pitches in five minutes': 'se monta en cinco minutos',
        'stands up to strong wind': 'aguanta el viento fuerte',
        'packs down to the size of a water bottle': 'plegada ocupa lo mismo que una botella de agua',
      },
    },
    'Hiking Backpack': {
      noun: 'Mochila de senderismo',
      attributes: {
        '30 L': 'de 30 L',
        '45 L': 'de 45 L',
        '65 L': 'de 65 L',
        Daypack: 'de un día',
      },
      features: {
        'carries weight on the hips, not the shoulders': 'reparte el peso en las caderas, no en los hombros',
        'has a ventilated back panel': 'tiene un panel trasero ventilado',
        'fits a hydration bladder': 'admite una bolsa de hidratación',
      },
    },
    'Yoga Mat': {
      noun: 'Esterilla de yoga',
      attributes: {
        'Non-Slip': 'antideslizante',
        Cork: 'de corcho',
        Travel: 'de viaje',
        'Extra-Thick': 'extragruesa',
      },
      features: {
        'grips even in hot yoga': 'no resbala ni siquiera en hot yoga',
        'cushions knees on hard floors': 'amortigua las rodillas en suelos duros',
        'is made from natural rubber': 'está hecha de caucho natural',
      },
    },
    'Water Bottle': {
      noun: 'Botella de agua',
      attributes: {
        Insulated: 'térmica',
        'Stainless Steel': 'de acero inoxidable',
        '1 L': 'de 1 L',
        Filter: 'con filtro',
      },
      features: {
        'keeps drinks cold for 24 hours': 'mantiene las bebidas frías durante 24 horas',
        'never leaks in a bag': 'nunca gotea dentro de la mochila',
        'is free of BPA': 'no contiene BPA',
      },
    },
    'Mountain Bike': {
      noun: 'Bicicleta de montaña',
      attributes: {
        Hardtail: 'rígida',
        'Full-Suspension': 'de doble suspensión',
        Electric: 'eléctrica',
        Trail: 'de trail',
      },
      features: {
        'climbs and descends with confidence': 'sube y baja con total seguridad',
        'shifts through twelve gears': 'cambia entre doce velocidades',
        'stops sharply with hydraulic discs': 'frena en seco con sus frenos de disco hidráulicos',
      },
    },
  },
  // Closings follow any product, so none of them agrees in gender with it.
  closings: {
    'Backed by a two-year warranty.': 'Con dos años de garantía.',
    'Free returns within 30 days.': 'Devolución gratuita en un plazo de 30 días.',
    'Designed to last and easy to repair.': 'Un diseño pensado para durar y fácil de reparar.',
    'Ships in plastic-free packaging.': 'Se envía en un embalaje sin plástico.',
    'A favourite with our customers.': 'Todo un éxito entre nuestros clientes.',
    'Covered by our price-match promise.': 'Con nuestro compromiso de igualar precios.',
  },
  colours: {
    black: 'Negro',
    white: 'Blanco',
    grey: 'Gris',
    graphite: 'Grafito',
    silver: 'Plata',
    sand: 'Arena',
    stone: 'Piedra',
    brown: 'Marrón',
    navy: 'Azul marino',
    indigo: 'Índigo',
    blue: 'Azul',
    green: 'Verde',
    olive: 'Oliva',
    red: 'Rojo',
    burgundy: 'Burdeos',
    orange: 'Naranja',
    yellow: 'Amarillo',
    pink: 'Rosa',
  },
  optionNames: { size: 'Talla', colour: 'Color', capacity: 'Capacidad' },
  productName: ({ brand, model, attribute, noun }) => `${noun} ${attribute} ${brand} ${model}`,
  description: ({ name, first, second, closing }) => `${name}: ${join(first, second)}. ${closing}`,
}

/**
 * Joins two feature clauses with "y", or "e" before an /i/ sound ("e incluye", but "y hierve"). A
 * first clause with its own list or aside takes a comma before it, so the two "y" don't blur.
 */
function join(first: string, second: string): string {
  const and = /^h?[ií](?![aeiouáéíóú])/i.test(second) ? 'e' : 'y'
  const comma = /, | [ye] /.test(first) ? ',' : ''
  return `${first}${comma} ${and} ${second}`
}
