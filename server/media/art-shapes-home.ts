/** Shapes of the home and outdoor types: kitchen, furniture, clothing, shoes, outdoor gear, and the fallbacks. */
import { cream, dark, metal, type Shape, shade, shine, steel } from './art-shape.ts'

const woods = ['#2a2c31', '#6b4a32', '#8b5a3c', '#3d2b22', '#b07a4f', '#27406b', '#2f6b57']
const leathers = ['#6b4a32', '#8b5a3c', '#3d2b22', '#b07a4f', '#4b5320', '#5f6670', '#26282e']
const denims = ['#2d4a7a', '#3b5f94', '#1f2f4f', '#5b7fb5', '#26282e', '#8aa4c8', '#4a5a6e']

const kitchen = {
  'espresso-machine': {
    box: [302, 242, 722, 746],
    draw: ({ body, accent }) => `
<rect x="302" y="262" width="420" height="470" rx="30" fill="${body}"/>
<rect x="302" y="242" width="420" height="34" rx="12" fill="${metal}"/>
<rect x="342" y="420" width="340" height="262" rx="18" ${shade(0.22)}/>
<circle cx="512" cy="350" r="50" fill="${cream}"/><circle cx="512" cy="350" r="50" fill="none" stroke="#000" stroke-opacity=".3" stroke-width="6"/>
<path d="M512 350 L540 322" stroke="${accent}" stroke-width="6" stroke-linecap="round"/>
<circle cx="362" cy="330" r="14" fill="${accent}"/><circle cx="362" cy="372" r="14" ${shine(0.6)}/>
<rect x="452" y="432" width="120" height="50" rx="10" fill="${steel}"/>
<rect x="462" y="482" width="100" height="36" rx="8" fill="${steel}"/>
<rect x="562" y="488" width="150" height="24" rx="12" fill="${dark}"/>
<path d="M472 580 H552 L544 650 Q542 660 532 660 H492 Q482 660 480 650 Z" fill="${cream}"/>
<path d="M552 598 Q580 602 572 628 Q566 640 548 636" fill="none" stroke="${cream}" stroke-width="10"/>
<rect x="352" y="662" width="320" height="28" rx="8" fill="${metal}"/>
<rect x="302" y="722" width="420" height="24" rx="10" ${shade(0.3)}/>
<path d="M650 430 Q670 560 640 620" fill="none" stroke="${metal}" stroke-width="12" stroke-linecap="round"/>`,
  },
  'electric-kettle': {
    box: [252, 292, 806, 752],
    draw: ({ body, accent }) => `
<path d="M640 350 C790 340 806 620 664 664" fill="none" stroke="${body}" stroke-width="44" stroke-linecap="round"/>
<path d="M372 382 L262 332 Q252 330 258 342 L352 462 Z" fill="${body}"/>
<path d="M382 332 H642 Q662 332 664 352 L702 702 H322 L360 352 Q362 332 382 332 Z" fill="${body}"/>
<ellipse cx="512" cy="334" rx="130" ry="20" ${shade(0.2)}/>
<rect x="482" y="296" width="60" height="30" rx="12" fill="${dark}"/>
<rect x="392" y="420" width="26" height="220" rx="13" fill="${accent}" fill-opacity=".75"/>
<path d="M440 384 L420 660" stroke="#fff" stroke-opacity=".25" stroke-width="22" stroke-linecap="round"/>
<path d="M302 702 H722 L732 742 Q734 752 722 752 H302 Q290 752 292 742 Z" fill="${dark}"/>
<circle cx="512" cy="726" r="7" fill="${accent}"/>`,
  },
  'chef-knife': {
    box: [142, 412, 902, 600],
    bodies: woods,
    draw: ({ body, v }) => `
<path d="M142 560 Q210 440 360 432 L712 420 L712 590 L290 590 Q200 590 142 560 Z" fill="#d9dde2"/>
<path d="M142 560 Q200 590 290 590 L712 590 L712 562 L300 566 Q210 568 142 560 Z" ${shine(0.6)}/>
<path d="M360 432 L712 420 L712 436 L360 448 Z" ${shade(0.12)}/>
${v[0] < 0.5 ? '<path d="M260 486 Q360 456 460 486 T660 476 M300 516 Q400 486 500 516 T700 506 M340 546 Q440 516 540 546 T700 540" stroke="#8e949c" stroke-opacity=".55" stroke-width="4" fill="none"/>' : ''}
<rect x="704" y="412" width="36" height="188" rx="10" fill="${steel}"/>
<path d="M740 440 H872 Q902 440 902 480 V540 Q902 580 872 580 H740 Z" fill="${body}"/>
<circle cx="782" cy="510" r="10" fill="${metal}"/><circle cx="830" cy="510" r="10" fill="${metal}"/><circle cx="872" cy="510" r="10" fill="${metal}"/>`,
  },
  'cast-iron-pan': {
    box: [170, 352, 916, 714],
    bodies: ['#26282e', '#2a2c31', '#3a3d44', '#b83a34', '#27406b', '#2f6b57', '#e0a526'],
    draw: ({ body, v }) => `
<path d="M680 500 L892 456 Q912 452 914 472 L916 492 Q916 510 898 512 L690 560 Z" fill="${body}"/>
<circle cx="884" cy="484" r="11" ${shade(0.55)}/>
<path d="M200 512 Q160 532 184 564 L220 556 Z" fill="${body}"/>
<ellipse cx="452" cy="552" rx="272" ry="162" fill="${body}"/><ellipse cx="452" cy="552" rx="272" ry="162" ${shade(0.4)}/>
<ellipse cx="452" cy="532" rx="272" ry="162" fill="${body}"/>
<ellipse cx="452" cy="538" rx="236" ry="136" fill="#1b1d21" fill-opacity=".75"/>
<path d="M260 470 Q330 410 440 404" fill="none" stroke="#fff" stroke-opacity=".2" stroke-width="10" stroke-linecap="round"/>
${v[0] < 0.5 ? `<ellipse cx="430" cy="548" rx="86" ry="58" fill="${cream}"/><circle cx="442" cy="544" r="28" fill="#f4b73a"/>` : ''}`,
  },
  blender: {
    box: [352, 214, 720, 756],
    draw: ({ body, accent }) => `
<path d="M648 300 H704 Q720 300 718 316 L692 520 Q690 536 674 536 H628" fill="none" stroke="#dfe9ef" stroke-opacity=".85" stroke-width="20"/>
<path d="M372 262 H652 L616 582 H408 Z" fill="#dfe9ef" fill-opacity=".55"/>
<path d="M386 382 Q512 360 638 382 L616 582 H408 Z" fill="${accent}" fill-opacity=".85"/>
<path d="M372 262 H652 L616 582 H408 Z" fill="none" stroke="#fff" stroke-opacity=".7" stroke-width="6"/>
<path d="M412 300 L436 560" stroke="#fff" stroke-opacity=".6" stroke-width="14" stroke-linecap="round"/>
<path d="M470 570 L512 556 L554 570" stroke="${steel}" stroke-width="8" fill="none"/>
<rect x="482" y="214" width="60" height="26" rx="8" fill="${dark}"/>
<rect x="360" y="234" width="304" height="36" rx="14" fill="${dark}"/>
<path d="M392 582 H632 L672 742 Q674 756 660 756 H364 Q350 756 352 742 Z" fill="${body}"/>
<circle cx="512" cy="672" r="36" fill="${cream}"/>
<path d="M512 672 L512 646" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>`,
  },
  'cooking-pot': {
    box: [232, 380, 792, 702],
    draw: ({ body, accent }) => `
<rect x="232" y="492" width="90" height="28" rx="14" fill="${dark}"/><rect x="702" y="492" width="90" height="28" rx="14" fill="${dark}"/>
<rect x="312" y="452" width="400" height="250" rx="46" fill="${body}"/>
<ellipse cx="512" cy="452" rx="210" ry="30" fill="${body}"/><ellipse cx="512" cy="452" rx="210" ry="30" ${shine(0.25)}/>
<circle cx="512" cy="404" r="22" fill="${accent}"/><rect x="502" y="410" width="20" height="30" fill="${accent}"/>
<rect x="312" y="560" width="400" height="20" ${shade(0.12)}/>`,
  },
} satisfies Record<string, Shape>

/** Books of varied height, width and colour along one shelf, from the product's generator. */
function books(x0: number, x1: number, baseline: number, accent: string, random: () => number): string {
  const colours = [accent, '#f2efe6', '#c0392b', '#27406b', '#e0a526', '#2f6b57', '#6b4a32', '#8a78c9']
  const parts: string[] = []
  for (let x = x0 + 6; x < x1 - 30; ) {
    if (random() < 0.12) {
      x += 40
      continue
    }
    const width = 18 + Math.floor(random() * 20)
    const height = 84 + Math.floor(random() * 44)
    const colour = colours[Math.floor(random() * colours.length)]
    parts.push(`<rect x="${x}" y="${baseline - height}" width="${width}" height="${height}" rx="3" fill="${colour}"/>`)
    x += width + 3
  }
  return parts.join('')
}

const furniture = {
  sofa: {
    box: [192, 392, 832, 738],
    draw: ({ body, accent, v }) => {
      const seats = v[0] < 0.5 ? 2 : 3
      const width = 480 / seats
      const cushions = Array.from(
        { length: seats },
        (_, i) =>
          `<rect x="${272 + i * width + 6}" y="410" width="${width - 12}" height="150" rx="30" ${shine(0.14)}/>`,
      )
      return `
<rect x="242" y="676" width="22" height="62" rx="6" fill="${dark}"/><rect x="760" y="676" width="22" height="62" rx="6" fill="${dark}"/>
<rect x="252" y="392" width="520" height="190" rx="44" fill="${body}"/>
${cushions.join('')}
<rect x="262" y="572" width="500" height="108" rx="24" fill="${body}"/>
<rect x="262" y="632" width="500" height="48" rx="20" ${shade(0.14)}/>
<rect x="192" y="482" width="110" height="200" rx="40" fill="${body}"/><rect x="192" y="482" width="110" height="200" rx="40" ${shade(0.1)}/>
<rect x="722" y="482" width="110" height="200" rx="40" fill="${body}"/><rect x="722" y="482" width="110" height="200" rx="40" ${shade(0.1)}/>
<rect x="312" y="476" width="110" height="100" rx="30" fill="${accent}" transform="rotate(-10 367 526)"/>`
    },
  },
  'office-chair': {
    box: [316, 202, 708, 800],
    draw: ({ body, accent }) => `
<path d="M512 688 L332 742 M512 688 L412 770 M512 688 L612 770 M512 688 L692 742" stroke="${dark}" stroke-width="18" stroke-linecap="round"/>
<circle cx="332" cy="758" r="16" fill="${dark}"/><circle cx="412" cy="786" r="16" fill="${dark}"/><circle cx="612" cy="786" r="16" fill="${dark}"/><circle cx="692" cy="758" r="16" fill="${dark}"/>
<rect x="502" y="580" width="20" height="110" fill="${steel}"/>
<rect x="500" y="480" width="24" height="50" fill="${dark}"/>
<rect x="392" y="202" width="240" height="290" rx="70" fill="${body}"/>
<rect x="414" y="224" width="196" height="246" rx="54" ${shade(0.3)}/>
<path d="M430 260 H594 M424 290 H600 M420 320 H604 M420 350 H604 M420 380 H604 M424 410 H600 M430 440 H594" stroke="#fff" stroke-opacity=".1" stroke-width="6"/>
<rect x="424" y="392" width="176" height="28" rx="14" fill="${accent}"/>
<path d="M372 556 V470 H334 M652 556 V470 H690" fill="none" stroke="${dark}" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>
<rect x="362" y="522" width="300" height="66" rx="30" fill="${body}"/>`,
  },
  'standing-desk': {
    box: [162, 264, 862, 750],
    bodies: woods,
    draw: ({ body, accent }) => `
<rect x="262" y="392" width="44" height="180" fill="#3a3d44"/><rect x="718" y="392" width="44" height="180" fill="#3a3d44"/>
<rect x="256" y="560" width="56" height="172" fill="#2a2d33"/><rect x="712" y="560" width="56" height="172" fill="#2a2d33"/>
<rect x="212" y="728" width="144" height="22" rx="11" fill="#2a2d33"/><rect x="668" y="728" width="144" height="22" rx="11" fill="#2a2d33"/>
<rect x="306" y="420" width="412" height="24" fill="#3a3d44"/>
<rect x="162" y="352" width="700" height="40" rx="8" fill="${body}"/>
<rect x="162" y="378" width="700" height="14" rx="6" ${shade(0.2)}/>
<rect x="752" y="392" width="70" height="22" rx="6" fill="${dark}"/><circle cx="770" cy="403" r="4" fill="${accent}"/>
<path d="M226 352 L234 304 H282 L290 352 Z" fill="${accent}"/>
<ellipse cx="244" cy="288" rx="14" ry="30" fill="#3f8f5a" transform="rotate(-20 244 288)"/>
<ellipse cx="272" cy="284" rx="14" ry="30" fill="#4fa36a" transform="rotate(20 272 284)"/>
<path d="M660 352 V316 H704 V352 Z" fill="${cream}"/><path d="M704 324 Q722 326 720 340 Q718 348 704 346" fill="none" stroke="${cream}" stroke-width="6"/>`,
  },
  bookshelf: {
    box: [312, 182, 712, 812],
    bodies: woods,
    draw: ({ body, accent, random }) => {
      const shelves = [349, 497, 645, 793]
      return `
<rect x="312" y="182" width="400" height="630" rx="8" fill="${body}"/>
<rect x="332" y="202" width="360" height="590" ${shade(0.28)}/>
${shelves.map((y, i) => `${books(332, 692, y, accent, random)}${i < 3 ? `<rect x="332" y="${y}" width="360" height="16" fill="${body}"/>` : ''}`).join('')}`
    },
  },
} satisfies Record<string, Shape>

const clothing = {
  't-shirt': {
    box: [212, 292, 812, 732],
    draw: ({ body, accent, v }) => `
<path d="M392 292 L302 326 L212 432 L302 492 L352 456 V732 H672 V456 L722 492 L812 432 L722 326 L632 292 Q512 372 392 292 Z" fill="${body}"/>
<path d="M396 296 Q512 378 628 296" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="14"/>
<path d="M226 444 L300 494 M798 444 L724 494" stroke="#000" stroke-opacity=".15" stroke-width="10"/>
<path d="M352 716 H672" stroke="#000" stroke-opacity=".12" stroke-width="8"/>
${v[0] < 0.35 ? `<circle cx="512" cy="500" r="58" fill="${accent}"/>` : v[0] < 0.7 ? `<rect x="352" y="520" width="320" height="44" fill="${accent}"/>` : ''}`,
  },
  hoodie: {
    box: [208, 186, 816, 742],
    draw: ({ body, accent }) => `
<path d="M402 292 L312 322 Q272 336 262 380 L212 640 Q208 660 228 664 L282 672 Q300 674 302 656 L342 472 V742 H682 V472 L722 656 Q724 674 742 672 L796 664 Q816 660 812 640 L762 380 Q752 336 712 322 L622 292 Z" fill="${body}"/>
<path d="M402 300 Q392 192 512 186 Q632 192 622 300 Q512 340 402 300 Z" fill="${body}"/>
<path d="M432 296 Q430 226 512 222 Q594 226 592 296 Q512 320 432 296 Z" ${shade(0.32)}/>
<path d="M482 318 V412 M542 318 V412" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>
<path d="M402 580 H622 L652 690 H372 Z" ${shade(0.12)}/>
<rect x="342" y="712" width="340" height="30" ${shade(0.12)}/>
<path d="M216 628 L298 642 M808 628 L726 642" stroke="#000" stroke-opacity=".12" stroke-width="22"/>`,
  },
  'rain-jacket': {
    box: [208, 168, 816, 788],
    bodies: ['#e8b923', '#c0392b', '#27406b', '#2f6b57', '#26282e', '#e8662b', '#2b8f9e'],
    draw: ({ body, accent }) => `
<path d="M412 292 L318 324 Q278 338 268 382 L214 690 Q210 708 230 712 L284 720 Q302 722 304 704 L352 474 V782 H672 V474 L720 704 Q722 722 740 720 L794 712 Q814 708 810 690 L756 382 Q746 338 706 324 L612 292 Z" fill="${body}"/>
<path d="M412 300 Q398 170 512 168 Q626 170 612 300 Z" fill="${body}"/>
<path d="M440 296 Q436 206 512 202 Q588 206 584 296 Z" ${shade(0.3)}/>
<path d="M420 286 L452 336 H572 L604 286" fill="#000" fill-opacity=".16"/>
<path d="M512 300 V782" stroke="${accent}" stroke-width="9"/>
<rect x="504" y="360" width="16" height="34" rx="5" fill="${accent}"/>
<path d="M560 420 H640" stroke="#000" stroke-opacity=".3" stroke-width="6"/>
<path d="M392 600 L426 684 M632 600 L598 684" stroke="#000" stroke-opacity=".3" stroke-width="6"/>
<circle cx="368" cy="766" r="9" fill="${accent}"/><circle cx="656" cy="766" r="9" fill="${accent}"/>`,
  },
  jeans: {
    box: [332, 242, 692, 792],
    bodies: denims,
    draw: ({ body }) => `
<path d="M362 282 L332 792 H492 L512 412 L532 792 H692 L662 282 Z" fill="${body}"/>
<path d="M420 430 L432 640 M604 430 L592 640" stroke="#fff" stroke-opacity=".14" stroke-width="46" stroke-linecap="round"/>
<rect x="358" y="242" width="308" height="48" rx="6" fill="${body}"/><rect x="358" y="242" width="308" height="48" rx="6" ${shade(0.15)}/>
<rect x="390" y="236" width="12" height="58" rx="3" fill="${body}"/><rect x="622" y="236" width="12" height="58" rx="3" fill="${body}"/>
<circle cx="512" cy="266" r="10" fill="#c8a25a"/>
<path d="M512 290 V400 Q512 420 490 420" fill="none" stroke="#e0a040" stroke-width="4" stroke-dasharray="8 6"/>
<path d="M372 300 Q420 326 446 292 M652 300 Q604 326 578 292" fill="none" stroke="#e0a040" stroke-width="4" stroke-dasharray="8 6"/>
<path d="M334 770 H492 M532 770 H690" stroke="#e0a040" stroke-width="4" stroke-dasharray="8 6"/>`,
  },
} satisfies Record<string, Shape>

/** Lugs under a boot's sole between x0 and x1. */
function lugs(x0: number, x1: number, y: number): string {
  const teeth = Array.from({ length: Math.floor((x1 - x0) / 40) }, (_, i) => `M${x0 + i * 40} ${y} h28 l-4 20 h-20 Z`)
  return `<path d="${teeth.join(' ')}" fill="${dark}"/>`
}

const shoes = {
  'running-shoes': {
    box: [196, 428, 858, 676],
    draw: ({ body, accent, v }) => `
<path d="M212 628 L206 520 Q210 478 256 474 L330 486 Q380 500 420 470 L460 436 Q480 428 496 444 L560 500 Q640 540 740 552 Q830 566 848 612 L850 628 Z" fill="${body}"/>
<path d="M206 520 Q210 478 256 474 L252 526 Z" fill="${accent}"/>
<path d="M420 604 Q560 530 700 564" stroke="${accent}" stroke-width="18" fill="none" stroke-linecap="round"/>
<path d="M500 462 L522 480 M532 486 L554 502 M564 508 L588 520 M598 526 L622 536" stroke="#fff" stroke-width="8" stroke-linecap="round"/>
<path d="M196 612 H856 Q870 640 840 656 H232 Q196 656 196 628 Z" fill="${v[0] < 0.5 ? cream : accent}"/>
<path d="M210 656 H846 Q840 674 820 676 H236 Q212 676 210 656 Z" fill="${dark}"/>`,
  },
  sneakers: {
    box: [220, 378, 830, 680],
    draw: ({ body, accent, v }) => `
${
  v[0] < 0.6
    ? `<path d="M236 640 L232 498 Q234 474 262 476 L400 488 Q432 478 450 456 L480 450 Q620 510 700 540 Q800 560 812 620 L814 640 Z" fill="${body}"/>`
    : `<path d="M236 640 L238 402 Q240 378 268 380 L380 388 Q420 392 440 420 L480 450 Q620 510 700 540 Q800 560 812 620 L814 640 Z" fill="${body}"/>`
}
<path d="M700 540 Q800 560 812 620 L814 640 H690 Q680 584 700 540 Z" fill="${cream}"/>
<path d="M462 466 L630 530" stroke="#fff" stroke-width="10" stroke-dasharray="10 18" stroke-linecap="round"/>
<circle cx="300" cy="560" r="26" fill="${accent}"/>
<rect x="220" y="624" width="610" height="56" rx="22" fill="${cream}"/>
<path d="M232 650 H818" stroke="${accent}" stroke-width="6"/>`,
  },
  'hiking-boots': {
    box: [236, 300, 850, 712],
    bodies: leathers,
    draw: ({ body, accent }) => `
<path d="M262 650 L256 330 Q258 300 290 300 L410 300 Q432 300 436 322 L452 430 Q470 470 540 500 Q700 540 770 560 Q830 580 832 640 L834 660 Z" fill="${body}"/>
<path d="M256 330 Q258 300 290 300 L410 300 Q432 300 436 322 L438 348 H257 Z" ${shade(0.35)}/>
<path d="M700 550 Q830 570 834 650 H700 Z" ${shade(0.3)}/>
<path d="M270 560 Q480 520 700 586" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="3" stroke-dasharray="8 6"/>
<path d="M440 360 L478 378 M446 400 L488 420 M456 440 L504 462 M480 474 L530 492" stroke="${accent}" stroke-width="9" stroke-linecap="round"/>
<circle cx="440" cy="360" r="8" fill="${metal}"/><circle cx="446" cy="400" r="8" fill="${metal}"/><circle cx="456" cy="440" r="8" fill="${metal}"/>
<rect x="240" y="640" width="608" height="28" rx="10" fill="${steel}"/>
<rect x="236" y="664" width="614" height="28" rx="6" fill="${dark}"/>
${lugs(246, 846, 690)}`,
  },
} satisfies Record<string, Shape>

const outdoor = {
  'camping-tent': {
    box: [162, 292, 862, 756],
    draw: ({ body, accent }) => `
<path d="M300 470 L162 752 M724 470 L862 752" stroke="#fff" stroke-opacity=".6" stroke-width="3"/>
<path d="M182 742 Q232 402 512 292 Q792 402 842 742 Z" fill="${body}"/>
<path d="M512 292 Q470 520 420 742 M512 292 Q554 520 604 742" fill="none" stroke="#000" stroke-opacity=".12" stroke-width="6"/>
<path d="M182 742 Q300 360 512 292 Q724 360 842 742" fill="none" stroke="${dark}" stroke-width="8"/>
<path d="M512 352 Q440 520 420 742 H604 Q584 520 512 352 Z" ${shade(0.32)}/>
<path d="M512 352 Q440 520 420 742 M512 352 Q584 520 604 742" fill="none" stroke="${accent}" stroke-width="8"/>
<rect x="162" y="742" width="700" height="14" rx="7" ${shade(0.25)}/>`,
  },
  'hiking-backpack': {
    box: [318, 188, 706, 822],
    draw: ({ body, accent }) => `
<rect x="372" y="772" width="280" height="50" rx="25" fill="${accent}"/>
<path d="M392 262 Q392 232 422 232 H602 Q632 232 632 262 L672 762 Q674 792 642 792 H382 Q350 792 352 762 Z" fill="${body}"/>
<path d="M368 292 Q368 188 512 188 Q656 188 656 292 Q656 322 626 322 H398 Q368 322 368 292 Z" fill="${body}"/>
<path d="M368 292 Q368 188 512 188 Q656 188 656 292 Q656 322 626 322 H398 Q368 322 368 292 Z" ${shade(0.2)}/>
<path d="M420 520 Q420 492 448 492 H576 Q604 492 604 520 V742 H420 Z" ${shade(0.16)}/>
<path d="M452 300 V660 M572 300 V660" stroke="${dark}" stroke-width="14"/>
<rect x="440" y="360" width="24" height="34" rx="5" fill="${accent}"/><rect x="560" y="360" width="24" height="34" rx="5" fill="${accent}"/>
<path d="M360 440 H390 M358 600 H388 M664 440 H634 M666 600 H636" stroke="${dark}" stroke-width="12"/>
<path d="M322 660 Q310 690 324 720 H384 V660 Z M702 660 Q714 690 700 720 H640 V660 Z" fill="${dark}"/>`,
  },
  'yoga-mat': {
    box: [172, 441, 852, 742],
    draw: ({ body, accent }) => `
<path d="M232 632 H752 L852 742 H172 Z" fill="${body}"/>
<path d="M216 690 H808 M196 716 H830" stroke="#000" stroke-opacity=".08" stroke-width="10"/>
<rect x="272" y="441" width="460" height="192" fill="${body}"/><rect x="272" y="441" width="460" height="192" ${shade(0.12)}/>
<ellipse cx="272" cy="537" rx="24" ry="96" ${shade(0.15)}/>
<circle cx="732" cy="537" r="96" fill="${body}"/><circle cx="732" cy="537" r="96" ${shine(0.15)}/>
<path d="M722 537 a10 10 0 1 1 20 0 a22 22 0 1 1 -44 0 a36 36 0 1 1 72 0 a52 52 0 1 1 -104 0 a68 68 0 1 1 136 0" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="6"/>
<rect x="380" y="430" width="26" height="214" rx="6" fill="${accent}"/><rect x="598" y="430" width="26" height="214" rx="6" fill="${accent}"/>`,
  },
  'water-bottle': {
    box: [432, 202, 626, 802],
    draw: ({ body, accent }) => `
<path d="M562 222 Q618 222 618 252 Q618 282 562 278" fill="none" stroke="${accent}" stroke-width="14"/>
<rect x="462" y="202" width="100" height="72" rx="14" fill="${accent}"/>
<path d="M432 362 Q432 312 472 302 V262 H552 V302 Q592 312 592 362 V772 Q592 802 562 802 H462 Q432 802 432 772 Z" fill="${body}"/>
<rect x="432" y="620" width="160" height="40" ${shade(0.12)}/>
<rect x="472" y="480" width="80" height="14" rx="7" ${shine(0.4)}/>
<path d="M462 380 V760" stroke="#fff" stroke-opacity=".3" stroke-width="16" stroke-linecap="round"/>`,
  },
  'mountain-bike': {
    box: [136, 346, 888, 768],
    draw: ({ body, accent }) => {
      const wheel = (cx: number) => `
<circle cx="${cx}" cy="612" r="156" fill="none" stroke="${dark}" stroke-width="8" stroke-dasharray="6 10"/>
<circle cx="${cx}" cy="612" r="142" fill="none" stroke="${dark}" stroke-width="26"/>
<circle cx="${cx}" cy="612" r="118" fill="none" stroke="${steel}" stroke-width="6"/>
<path d="M${cx} 494 V730 M${cx - 118} 612 H${cx + 118} M${cx - 83} 529 L${cx + 83} 695 M${cx - 83} 695 L${cx + 83} 529" stroke="${steel}" stroke-opacity=".6" stroke-width="3"/>
<circle cx="${cx}" cy="612" r="14" fill="${dark}"/>`
      return `${wheel(292)}${wheel(732)}
<path d="M292 612 L472 632 L442 432 Z" fill="none" stroke="${body}" stroke-width="20" stroke-linejoin="round"/>
<path d="M442 432 L672 420 M472 632 L686 470" stroke="${body}" stroke-width="24" stroke-linecap="round"/>
<path d="M668 400 L690 480" stroke="${body}" stroke-width="30" stroke-linecap="round"/>
<path d="M686 470 L708 540" stroke="${dark}" stroke-width="24"/><path d="M700 520 L732 612" stroke="${accent}" stroke-width="16" stroke-linecap="round"/>
<path d="M442 432 L432 372" stroke="${dark}" stroke-width="14"/><path d="M382 362 Q430 346 478 362 L470 374 H392 Z" fill="${dark}"/>
<path d="M668 400 L690 360" stroke="${dark}" stroke-width="14"/><path d="M640 352 H740" stroke="${dark}" stroke-width="12" stroke-linecap="round"/>
<circle cx="472" cy="632" r="36" fill="none" stroke="${steel}" stroke-width="8"/><path d="M472 632 L500 690" stroke="${dark}" stroke-width="12" stroke-linecap="round"/>`
    },
  },
} satisfies Record<string, Shape>

/** Anything we cannot tell: a parcel. */
const parcel = {
  parcel: {
    box: [292, 322, 732, 722],
    bodies: ['#c89b6a', '#b8875a', '#d9b98a', '#a8794f'],
    draw: ({ body, accent }) => `
<path d="M292 402 L512 322 L732 402 L512 482 Z" fill="${body}"/><path d="M292 402 L512 322 L732 402 L512 482 Z" ${shine(0.2)}/>
<path d="M292 402 L512 482 V722 L292 642 Z" fill="${body}"/>
<path d="M512 482 L732 402 V642 L512 722 Z" fill="${body}"/><path d="M512 482 L732 402 V642 L512 722 Z" ${shade(0.2)}/>
<path d="M402 362 L622 442 V540" fill="none" stroke="${accent}" stroke-width="26"/>`,
  },
} satisfies Record<string, Shape>

export const homeShapes = { ...kitchen, ...furniture, ...clothing, ...shoes, ...outdoor, ...parcel }
