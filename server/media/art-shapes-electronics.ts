/** Shapes of the electronics types: audio, laptops, phones, keyboards and mice, monitors, smart home, cameras. */
import { dark, glass, metal, type Shape, shade, shine, steel } from './art-shape.ts'

/** Perforation rows of a fabric-covered speaker between y0 and y1. */
function fabricDots(x0: number, x1: number, y0: number, y1: number): string {
  const rows = Array.from({ length: Math.floor((y1 - y0) / 26) + 1 }, (_, i) => `M${x0} ${y0 + i * 26} H${x1}`)
  return `<path d="${rows.join(' ')}" stroke="#000" stroke-opacity=".16" stroke-width="8" stroke-dasharray="1 14" stroke-linecap="round"/>`
}

const audio = {
  'wireless-headphones': {
    box: [244, 288, 780, 720],
    draw: ({ body, accent }) => `
<path d="M304 560 V500 A208 208 0 0 1 720 500 V560" fill="none" stroke="${body}" stroke-width="40" stroke-linecap="round"/>
<path d="M336 480 A176 176 0 0 1 688 480" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="14"/>
<rect x="244" y="500" width="120" height="220" rx="56" fill="${body}"/>
<rect x="660" y="500" width="120" height="220" rx="56" fill="${body}"/>
<rect x="344" y="522" width="46" height="176" rx="22" fill="${accent}"/>
<rect x="634" y="522" width="46" height="176" rx="22" fill="${accent}"/>
<rect x="266" y="530" width="24" height="150" rx="12" ${shine(0.25)}/>
<rect x="682" y="530" width="24" height="150" rx="12" ${shine(0.25)}/>`,
  },
  'wireless-earbuds': {
    box: [262, 392, 790, 720],
    draw: ({ body, accent }) => `
<rect x="262" y="520" width="340" height="200" rx="100" fill="${body}"/>
<path d="M274 600 H590" stroke="#000" stroke-opacity=".22" stroke-width="6"/>
<circle cx="432" cy="664" r="9" fill="${accent}"/>
<g transform="rotate(-28 660 470)"><rect x="641" y="470" width="38" height="150" rx="19" fill="${body}"/>
<circle cx="660" cy="460" r="64" fill="${body}"/><circle cx="660" cy="460" r="64" ${shade(0.1)}/>
<circle cx="638" cy="448" r="30" fill="${accent}"/></g>
<g transform="rotate(18 740 540)"><rect x="721" y="540" width="38" height="150" rx="19" fill="${body}"/>
<circle cx="740" cy="530" r="64" fill="${body}"/><circle cx="740" cy="530" r="64" ${shade(0.1)}/>
<circle cx="762" cy="518" r="30" fill="${accent}"/></g>`,
  },
  'bluetooth-speaker': {
    box: [232, 392, 858, 660],
    draw: ({ body, accent }) => `
<path d="M780 462 C866 462 866 598 780 598" fill="none" stroke="${body}" stroke-width="20"/>
<rect x="232" y="400" width="560" height="260" rx="130" fill="${body}"/>
<rect x="292" y="430" width="440" height="200" rx="100" fill="${accent}"/>
<path d="M330 472 H694 M306 502 H718 M300 532 H724 M306 562 H718 M330 592 H694" stroke="#000" stroke-opacity=".22" stroke-width="7" stroke-dasharray="1 13" stroke-linecap="round"/>
<ellipse cx="262" cy="530" rx="22" ry="96" ${shade(0.2)}/>
<ellipse cx="762" cy="530" rx="22" ry="96" ${shade(0.2)}/>
<rect x="452" y="392" width="120" height="16" rx="8" ${shade(0.3)}/>`,
  },
  soundbar: {
    box: [122, 420, 902, 740],
    bodies: ['#26282e', '#3a3d44', '#5f6670', '#f2f1ed', '#b9bec6', '#27406b'],
    draw: ({ body, accent, v }) => {
      const subX = v[0] < 0.5 ? 682 : 162
      return `
<rect x="${subX}" y="590" width="180" height="150" rx="18" fill="${body}"/><rect x="${subX}" y="590" width="180" height="150" rx="18" ${shade(0.15)}/>
<circle cx="${subX + 90}" cy="665" r="54" ${shade(0.35)}/><circle cx="${subX + 90}" cy="665" r="20" fill="${accent}"/>
<rect x="122" y="420" width="780" height="140" rx="40" fill="${body}"/>
<rect x="146" y="440" width="732" height="100" rx="28" ${shade(0.28)}/>
${fabricDots(170, 854, 464, 516)}
<rect x="452" y="548" width="120" height="7" rx="3.5" fill="${accent}"/>
<rect x="200" y="560" width="70" height="12" rx="6" ${shade(0.4)}/><rect x="754" y="560" width="70" height="12" rx="6" ${shade(0.4)}/>`
    },
  },
} satisfies Record<string, Shape>

const laptops = {
  laptop: {
    box: [212, 282, 812, 688],
    draw: ({ body, accent }) => `
<rect x="272" y="282" width="480" height="330" rx="20" fill="${body}"/>
<rect x="292" y="302" width="440" height="282" rx="6" fill="${glass}"/>
<path d="M292 520 Q420 440 520 500 T732 460 V584 H292 Z" fill="${accent}" fill-opacity=".6"/>
<path d="M272 612 H752 L812 688 H212 Z" fill="${body}"/>
<path d="M300 620 H724 L748 652 H276 Z" ${shade(0.25)}/>
<path d="M468 658 H556 L562 682 H462 Z" ${shade(0.15)}/>
<rect x="272" y="606" width="480" height="10" ${shade(0.2)}/>`,
  },
  'gaming-laptop': {
    box: [182, 262, 842, 724],
    draw: ({ body, accent }) => `
<path d="M262 262 H762 L782 282 V612 H242 V282 Z" fill="${body}"/>
<rect x="266" y="286" width="492" height="300" rx="4" fill="${glass}"/>
<path d="M266 500 L400 420 L520 480 L640 396 L758 456 V586 H266 Z" fill="${accent}" fill-opacity=".65"/>
<path d="M492 598 L512 590 L532 598 L512 606 Z" fill="${accent}"/>
<path d="M242 612 H782 L842 700 H182 Z" fill="${body}"/>
<rect x="182" y="700" width="660" height="24" rx="6" fill="${body}"/><rect x="182" y="700" width="660" height="24" rx="6" ${shade(0.35)}/>
<path d="M268 628 H756" stroke="#ff4f7b" stroke-width="9" stroke-dasharray="28 6"/>
<path d="M258 644 H766" stroke="#ffb340" stroke-width="9" stroke-dasharray="28 6"/>
<path d="M246 660 H778" stroke="#3ccf8e" stroke-width="9" stroke-dasharray="28 6"/>
<path d="M234 676 H790" stroke="#38b6ff" stroke-width="9" stroke-dasharray="28 6"/>
<path d="M200 710 H250 M774 710 H824" stroke="#000" stroke-opacity=".5" stroke-width="6" stroke-dasharray="4 4"/>`,
  },
  chromebook: {
    box: [222, 292, 802, 700],
    draw: ({ body, accent }) => `
<rect x="262" y="292" width="500" height="322" rx="44" fill="${accent}"/>
<rect x="282" y="310" width="460" height="288" rx="30" fill="${body}"/>
<rect x="306" y="332" width="412" height="244" rx="10" fill="${glass}"/>
<rect x="306" y="548" width="412" height="28" ${shine(0.18)}/>
<circle cx="512" cy="562" r="7" ${shine(0.8)}/><circle cx="488" cy="562" r="7" fill="${accent}"/><circle cx="536" cy="562" r="7" ${shine(0.5)}/>
<circle cx="512" cy="444" r="48" ${shine(0.85)}/><circle cx="512" cy="444" r="22" fill="${accent}"/>
<path d="M262 614 H762 L802 684 H222 Z" fill="${body}"/>
<path d="M292 622 H732 L756 660 H268 Z" ${shade(0.22)}/>
<rect x="222" y="680" width="580" height="20" rx="10" fill="${accent}"/>`,
  },
} satisfies Record<string, Shape>

const phones = {
  smartphone: {
    box: [372, 222, 660, 802],
    draw: ({ body, accent }) => `
<rect x="652" y="352" width="8" height="70" rx="4" fill="${body}"/>
<rect x="372" y="222" width="280" height="580" rx="52" fill="${body}"/>
<rect x="388" y="238" width="248" height="548" rx="40" fill="${glass}"/>
<path d="M388 560 Q470 480 560 540 T636 500 V746 Q636 786 596 786 H428 Q388 786 388 746 Z" fill="${accent}" fill-opacity=".75"/>
<circle cx="512" cy="268" r="10" fill="#000"/>
<rect x="452" y="330" width="120" height="36" rx="8" ${shine(0.7)}/>
<rect x="472" y="376" width="80" height="12" rx="6" ${shine(0.45)}/>`,
  },
  'phone-case': {
    box: [362, 222, 662, 802],
    draw: ({ body, accent, v }) => `
<rect x="362" y="222" width="300" height="580" rx="64" fill="${body}"/>
<rect x="380" y="240" width="264" height="544" rx="50" ${shine(0.12)}/>
<rect x="392" y="256" width="126" height="126" rx="32" fill="${dark}"/>
<circle cx="426" cy="290" r="22" fill="#3a4452"/><circle cx="426" cy="348" r="22" fill="#3a4452"/><circle cx="484" cy="318" r="15" fill="#3a4452"/>
<circle cx="420" cy="284" r="6" ${shine(0.6)}/><circle cx="420" cy="342" r="6" ${shine(0.6)}/>
${v[0] < 0.5 ? `<circle cx="512" cy="560" r="88" fill="none" stroke="${accent}" stroke-width="10"/>` : `<rect x="452" y="520" width="120" height="120" rx="30" fill="${accent}"/>`}
<path d="M362 296 Q362 222 436 222 M588 222 Q662 222 662 296 M662 728 Q662 802 588 802 M436 802 Q362 802 362 728" fill="none" stroke="#000" stroke-opacity=".22" stroke-width="16"/>`,
  },
  'wireless-charger': {
    box: [200, 440, 904, 740],
    draw: ({ body, accent }) => `
<path d="M780 600 C850 610 870 700 904 736" fill="none" stroke="${body}" stroke-width="16" stroke-linecap="round"/>
<ellipse cx="500" cy="596" rx="300" ry="104" fill="${body}"/><ellipse cx="500" cy="596" rx="300" ry="104" ${shade(0.3)}/>
<ellipse cx="500" cy="568" rx="300" ry="104" fill="${body}"/>
<ellipse cx="500" cy="568" rx="220" ry="74" ${shine(0.16)}/>
<ellipse cx="500" cy="568" rx="140" ry="46" fill="none" stroke="${accent}" stroke-width="9"/>
<path d="M512 530 L478 574 H508 L494 610 L540 562 H510 Z" fill="${accent}"/>
<circle cx="500" cy="686" r="7" fill="${accent}"/>`,
  },
} satisfies Record<string, Shape>

/** Rows of keycaps (`paint` is their fill attributes): raised caps get a lit top face, else flat chiclets. */
function keyRows(x: number, y: number, cols: number, rows: number, pitch: number, paint: string, raised: boolean) {
  const size = pitch - 8
  const keys: string[] = []
  for (let row = 0; row < rows; row++) {
    const last = row === rows - 1
    const count = last ? 3 : cols
    for (let col = 0; col < count; col++) {
      const width = last && col === 1 ? pitch * (cols - 2) - 8 : size
      const kx = x + (last && col === 2 ? pitch * (cols - 1) : col * pitch)
      const ky = y + row * pitch
      const height = raised ? size - 4 : size * 0.66
      keys.push(`<rect x="${kx}" y="${ky}" width="${width}" height="${height}" rx="${raised ? 7 : 5}" ${paint}/>`)
      if (raised)
        keys.push(
          `<rect x="${kx + 5}" y="${ky + 3}" width="${width - 10}" height="${size - 18}" rx="5" ${shine(0.28)}/>`,
        )
    }
  }
  return keys.join('')
}

const keyboardsMice = {
  'mechanical-keyboard': {
    box: [152, 392, 872, 662],
    draw: ({ body, accent, v }) => `
<rect x="152" y="392" width="720" height="270" rx="28" fill="${body}"/>
<rect x="172" y="410" width="680" height="236" rx="14" ${shade(0.35)}/>
${keyRows(180, 418, 14, 5, 48, `fill="${v[0] < 0.5 ? '#ecebe6' : dark}"`, true)}
<rect x="180" y="418" width="40" height="36" rx="7" fill="${accent}"/>
<rect x="804" y="514" width="40" height="36" rx="7" fill="${accent}"/>
<rect x="780" y="400" width="60" height="6" rx="3" fill="${accent}"/>`,
  },
  'wireless-mouse': {
    box: [352, 282, 672, 792],
    draw: ({ body, accent }) => `
<path d="M512 282 C622 282 672 372 672 512 C672 692 612 792 512 792 C412 792 352 692 352 512 C352 372 402 282 512 282 Z" fill="${body}"/>
<path d="M512 286 V462" stroke="#000" stroke-opacity=".28" stroke-width="6"/>
<path d="M356 462 Q512 502 668 462" stroke="#000" stroke-opacity=".16" stroke-width="6" fill="none"/>
<rect x="497" y="330" width="30" height="76" rx="15" fill="${accent}"/>
<path d="M366 560 C366 660 412 752 478 776" stroke="${accent}" stroke-width="14" fill="none" stroke-linecap="round"/>
<ellipse cx="448" cy="392" rx="36" ry="86" ${shine(0.2)}/>`,
  },
  'wireless-keyboard': {
    box: [142, 452, 882, 612],
    draw: ({ body, accent }) => `
<rect x="142" y="452" width="740" height="160" rx="18" fill="${body}"/>
<rect x="142" y="590" width="740" height="22" rx="10" ${shade(0.15)}/>
${keyRows(166, 466, 18, 4, 38, shine(0.55), false)}
<circle cx="854" cy="474" r="6" fill="${accent}"/>`,
  },
  'desk-mat': {
    box: [122, 440, 902, 716],
    draw: ({ body, accent }) => `
<path d="M232 440 H792 L902 700 H122 Z" fill="${body}"/>
<rect x="122" y="700" width="780" height="16" ${shade(0.3)}/>
<path d="M122 700 H902 V716 H122 Z" fill="${body}" fill-opacity=".6"/>
<path d="M244 452 H780 L882 690 H142 Z" fill="none" stroke="${accent}" stroke-width="6" stroke-dasharray="14 10"/>
<path d="M300 470 L740 470 M280 520 L760 520 M260 580 L780 580 M236 640 L800 640" stroke="#000" stroke-opacity=".05" stroke-width="20"/>
<circle cx="802" cy="662" r="12" fill="${accent}"/>`,
  },
} satisfies Record<string, Shape>

const monitors = {
  '4k-monitor': {
    box: [202, 242, 822, 730],
    draw: ({ body, accent }) => `
<path d="M482 622 H542 L552 712 H472 Z" fill="${body}"/><path d="M482 622 H542 L544 646 H480 Z" ${shade(0.25)}/>
<rect x="392" y="706" width="240" height="24" rx="12" fill="${body}"/>
<rect x="202" y="242" width="620" height="380" rx="12" fill="${body}"/>
<rect x="214" y="254" width="596" height="344" rx="4" fill="${glass}"/>
<circle cx="640" cy="372" r="110" fill="${accent}" fill-opacity=".75"/>
<path d="M214 520 Q400 420 560 500 T810 470 V598 H214 Z" fill="${accent}" fill-opacity=".45"/>
<circle cx="512" cy="610" r="4" ${shine(0.6)}/>`,
  },
  'gaming-monitor': {
    box: [172, 262, 852, 772],
    draw: ({ body, accent }) => `
<path d="M512 700 L352 762 M512 700 L672 762" stroke="${body}" stroke-width="26" stroke-linecap="round"/>
<path d="M490 640 H534 L550 704 H474 Z" fill="${body}"/>
<path d="M172 262 Q512 302 852 262 V622 Q512 662 172 622 Z" fill="${body}"/>
<path d="M186 278 Q512 316 838 278 V606 Q512 646 186 606 Z" fill="${glass}"/>
<path d="M186 520 L320 430 L420 500 L560 380 L700 470 L838 420 V606 Q512 646 186 606 Z" fill="${accent}" fill-opacity=".6"/>
<circle cx="512" cy="440" r="26" fill="none" stroke="#fff" stroke-opacity=".75" stroke-width="5"/>
<path d="M512 404 V476 M476 440 H548" stroke="#fff" stroke-opacity=".75" stroke-width="4"/>
<path d="M300 652 Q512 680 724 652" stroke="${accent}" stroke-width="8" fill="none" stroke-linecap="round"/>`,
  },
  'portable-monitor': {
    box: [140, 312, 812, 742],
    draw: ({ body, accent }) => `
<path d="M262 650 L312 742 H812 L762 650 Z" fill="${body}"/><path d="M262 650 L312 742 H812 L762 650 Z" ${shade(0.2)}/>
<path d="M240 600 C180 620 180 700 140 740" fill="none" stroke="#2c2f36" stroke-width="12" stroke-linecap="round"/>
<rect x="232" y="312" width="560" height="344" rx="14" fill="${dark}"/>
<rect x="242" y="322" width="540" height="322" rx="6" fill="${glass}"/>
<path d="M242 560 Q380 470 512 540 T782 500 V644 H242 Z" fill="${accent}" fill-opacity=".55"/>
<rect x="272" y="352" width="180" height="120" rx="8" ${shine(0.16)}/>
<rect x="232" y="650" width="560" height="6" fill="${body}"/>`,
  },
} satisfies Record<string, Shape>

const smartHome = {
  'smart-speaker': {
    box: [392, 262, 632, 772],
    draw: ({ body, accent }) => `
<rect x="392" y="286" width="240" height="476" rx="40" fill="${body}"/>
${fabricDots(414, 612, 340, 730)}
<ellipse cx="512" cy="762" rx="120" ry="16" ${shade(0.25)}/>
<ellipse cx="512" cy="288" rx="120" ry="26" fill="${body}"/><ellipse cx="512" cy="288" rx="120" ry="26" ${shine(0.3)}/>
<ellipse cx="512" cy="288" rx="88" ry="17" fill="none" stroke="${accent}" stroke-width="8"/>`,
  },
  'smart-bulb': {
    box: [332, 232, 692, 752],
    bodies: ['#f4f4f2', '#e9e6df', '#cfd3d8', '#2a2c31', '#5f6670'],
    accents: ['#ffd36b', '#ff9f6b', '#8fd3ff', '#c7a8ff', '#9ff0b0', '#fff1c2', '#ff8fb1'],
    draw: ({ body, accent }) => `
<circle cx="512" cy="412" r="250" fill="${accent}" fill-opacity=".2"/>
<path d="M512 232 C612 232 692 312 692 412 C692 492 632 542 602 592 L592 632 H432 L422 592 C392 542 332 492 332 412 C332 312 412 232 512 232 Z" fill="${accent}"/>
<ellipse cx="446" cy="350" rx="36" ry="68" ${shine(0.45)} transform="rotate(25 446 350)"/>
<path d="M472 632 V560 Q512 520 552 560 V632" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="5"/>
<rect x="428" y="626" width="168" height="28" rx="6" fill="${body}"/>
<rect x="442" y="652" width="140" height="72" rx="10" fill="${metal}"/>
<path d="M442 668 L582 676 M442 688 L582 696 M442 708 L582 716" stroke="${steel}" stroke-width="6"/>
<path d="M472 722 H552 L532 752 H492 Z" fill="#555a62"/>`,
  },
  'smart-plug': {
    box: [352, 282, 672, 642],
    draw: ({ body, accent }) => `
<rect x="352" y="282" width="320" height="360" rx="70" fill="${body}"/>
<rect x="352" y="590" width="320" height="52" rx="26" ${shade(0.12)}/>
<circle cx="512" cy="452" r="112" ${shade(0.1)}/>
<circle cx="512" cy="452" r="112" fill="none" stroke="${accent}" stroke-opacity=".85" stroke-width="6"/>
<rect x="500" y="344" width="24" height="22" rx="4" fill="${metal}"/><rect x="500" y="538" width="24" height="22" rx="4" fill="${metal}"/>
<circle cx="466" cy="452" r="16" ${shade(0.6)}/><circle cx="558" cy="452" r="16" ${shade(0.6)}/>
<rect x="600" y="600" width="44" height="20" rx="10" fill="${accent}"/>`,
  },
  'video-doorbell': {
    box: [412, 202, 612, 822],
    draw: ({ body, accent }) => `
<rect x="412" y="202" width="200" height="620" rx="100" fill="${body}"/>
<rect x="428" y="218" width="168" height="300" rx="84" fill="${dark}"/>
<circle cx="512" cy="320" r="50" fill="#0f1216"/><circle cx="512" cy="320" r="28" fill="${accent}" fill-opacity=".6"/>
<circle cx="500" cy="308" r="8" ${shine(0.7)}/>
<circle cx="512" cy="444" r="12" ${shade(0.6)}/>
<path d="M482 572 H542 M482 596 H542" stroke="#000" stroke-opacity=".3" stroke-width="8" stroke-linecap="round"/>
<circle cx="512" cy="700" r="64" ${shade(0.15)}/>
<circle cx="512" cy="700" r="52" fill="none" stroke="${accent}" stroke-width="10"/>`,
  },
} satisfies Record<string, Shape>

const cameras = {
  'mirrorless-camera': {
    box: [232, 322, 792, 682],
    draw: ({ body, accent }) => `
<path d="M392 390 L422 322 H542 L572 390 Z" fill="${body}"/>
<rect x="592" y="362" width="70" height="26" rx="6" fill="${dark}"/>
<rect x="692" y="360" width="60" height="26" rx="10" fill="${accent}"/>
<rect x="232" y="382" width="560" height="300" rx="38" fill="${body}"/>
<rect x="232" y="452" width="560" height="180" ${shade(0.22)}/>
<rect x="662" y="382" width="130" height="300" rx="38" ${shade(0.25)}/>
<circle cx="462" cy="542" r="136" fill="#1b1e23"/>
<circle cx="462" cy="542" r="124" fill="none" stroke="#000" stroke-opacity=".6" stroke-width="12" stroke-dasharray="4 6"/>
<circle cx="462" cy="542" r="104" fill="#30353d"/>
<circle cx="462" cy="542" r="100" fill="none" stroke="${accent}" stroke-width="4"/>
<circle cx="462" cy="542" r="72" fill="${glass}"/><circle cx="462" cy="542" r="46" fill="${accent}" fill-opacity=".5"/>
<circle cx="436" cy="516" r="14" ${shine(0.7)}/>`,
  },
  'action-camera': {
    box: [352, 318, 672, 742],
    draw: ({ body, accent }) => `
<rect x="460" y="620" width="30" height="122" rx="10" fill="#2a2d33"/><rect x="534" y="620" width="30" height="122" rx="10" fill="#2a2d33"/>
<circle cx="475" cy="712" r="8" ${shine(0.4)}/><circle cx="549" cy="712" r="8" ${shine(0.4)}/>
<rect x="580" y="318" width="60" height="24" rx="8" fill="${accent}"/>
<rect x="352" y="332" width="320" height="300" rx="44" fill="${body}"/>
<rect x="380" y="362" width="150" height="150" rx="30" fill="#1b1e23"/>
<circle cx="455" cy="437" r="56" fill="#30353d"/><circle cx="455" cy="437" r="36" fill="${glass}"/>
<circle cx="455" cy="437" r="18" fill="${accent}" fill-opacity=".6"/><circle cx="444" cy="426" r="7" ${shine(0.7)}/>
<rect x="552" y="372" width="92" height="80" rx="10" fill="${glass}"/>
<rect x="566" y="392" width="50" height="10" rx="5" fill="${accent}" fill-opacity=".8"/>
<path d="M392 584 H520" stroke="#000" stroke-opacity=".3" stroke-width="9" stroke-dasharray="1 14" stroke-linecap="round"/>`,
  },
  'camera-lens': {
    box: [262, 352, 792, 672],
    draw: ({ body, accent }) => `
<rect x="262" y="412" width="44" height="200" rx="8" fill="${metal}"/>
<path d="M302 392 H702 L746 362 V662 L702 632 H302 Z" fill="${body}"/>
<rect x="432" y="382" width="156" height="260" rx="10" ${shade(0.55)}/>
<path d="M446 392 V632 M462 392 V632 M478 392 V632 M494 392 V632 M510 392 V632 M526 392 V632 M542 392 V632 M558 392 V632 M574 392 V632" stroke="#fff" stroke-opacity=".12" stroke-width="6"/>
<rect x="352" y="392" width="14" height="240" fill="${accent}"/>
<path d="M612 430 H682 M612 452 H660" stroke="#fff" stroke-opacity=".6" stroke-width="5"/>
<ellipse cx="746" cy="512" rx="44" ry="150" fill="#1b1e23"/>
<ellipse cx="752" cy="512" rx="30" ry="110" fill="${glass}"/>
<ellipse cx="756" cy="478" rx="10" ry="34" ${shine(0.5)}/>`,
  },
  'camera-backpack': {
    box: [342, 204, 732, 782],
    draw: ({ body, accent }) => `
<path d="M462 262 Q462 212 512 212 Q562 212 562 262" fill="none" stroke="${dark}" stroke-width="18"/>
<rect x="342" y="252" width="340" height="530" rx="56" fill="${body}"/>
<rect x="372" y="302" width="280" height="440" rx="40" ${shade(0.16)}/>
<path d="M392 322 H632 Q652 322 652 342 V722" fill="none" stroke="${accent}" stroke-width="6" stroke-dasharray="8 6"/>
<rect x="631" y="540" width="14" height="40" rx="6" fill="${accent}"/>
<circle cx="512" cy="440" r="52" fill="none" stroke="${accent}" stroke-width="10"/><circle cx="512" cy="440" r="20" fill="${accent}"/>
<rect x="682" y="392" width="42" height="310" rx="16" fill="${dark}"/>
<rect x="674" y="452" width="58" height="18" fill="${accent}"/><rect x="674" y="632" width="58" height="18" fill="${accent}"/>
<rect x="342" y="742" width="340" height="40" rx="20" ${shade(0.3)}/>`,
  },
} satisfies Record<string, Shape>

export const electronicsShapes = {
  ...audio,
  ...laptops,
  ...phones,
  ...keyboardsMice,
  ...monitors,
  ...smartHome,
  ...cameras,
}
