/**
 * Generated product art: a deterministic SVG per (slug, image number) — gradient background, a few
 * soft shapes and a silhouette of the category's product — so the demo shop has stable, distinct
 * images without shipping any.
 */
import { createHash } from 'node:crypto'

export const artSize = 1024

export type ArtSubject = { readonly slug: string; readonly categorySlug: string; readonly imageNumber: number }

export function buildProductArtSvg(subject: ArtSubject): string {
  const bytes = createHash('sha256').update(`${subject.slug}#${subject.imageNumber}`).digest()
  const byte = (i: number) => bytes[i % bytes.length]!
  const hue = Math.round((byte(0) / 255) * 360)
  const hue2 = (hue + 30 + Math.round((byte(1) / 255) * 60)) % 360
  const angle = Math.round((byte(2) / 255) * 360)
  const rotate = Math.round((byte(3) / 255) * 24 - 12)
  const scale = (0.85 + (byte(4) / 255) * 0.2).toFixed(3)
  const silhouette = silhouettes[subject.categorySlug] ?? fallbackSilhouette
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${artSize}" height="${artSize}" viewBox="0 0 ${artSize} ${artSize}">
<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">
<stop offset="0" stop-color="hsl(${hue} 70% 62%)"/><stop offset="1" stop-color="hsl(${hue2} 65% 38%)"/>
</linearGradient></defs>
<rect width="${artSize}" height="${artSize}" fill="url(#bg)"/>
${decorations(byte).join('\n')}
<g transform="rotate(${rotate} 512 512) translate(512 512) scale(${scale}) translate(-512 -512)">
<g transform="translate(14 18)" fill="#000" stroke="#000" opacity="0.18">${silhouette}</g>
<g fill="#fff" stroke="#fff" opacity="0.94">${silhouette}</g>
</g>
</svg>`
}

function decorations(byte: (i: number) => number): string[] {
  const count = 3 + (byte(5) % 4)
  return Array.from({ length: count }, (_, i) => {
    const x = byte(6 + i * 4) * 4
    const y = byte(7 + i * 4) * 4
    const r = 60 + byte(8 + i * 4)
    const opacity = (0.06 + (byte(9 + i * 4) / 255) * 0.14).toFixed(3)
    return i % 2 === 0
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" opacity="${opacity}"/>`
      : `<rect x="${x - r}" y="${y - r}" width="${r * 2}" height="${r * 2}" rx="${r / 3}" fill="#fff" opacity="${opacity}" transform="rotate(${byte(10 + i) % 90} ${x} ${y})"/>`
  })
}

// Shapes use fill for solids and stroke only where stroke-width is set, so one colour serves both.
const fallbackSilhouette = '<circle cx="512" cy="512" r="220" stroke-width="0"/>'

const silhouettes: Record<string, string> = {
  'headphones-audio':
    '<path d="M302 560 A210 210 0 0 1 722 560" fill="none" stroke-width="44"/><rect x="262" y="520" width="110" height="200" rx="44" stroke-width="0"/><rect x="652" y="520" width="110" height="200" rx="44" stroke-width="0"/>',
  laptops:
    '<rect x="282" y="312" width="460" height="300" rx="18" stroke-width="0"/><path d="M222 632 H802 L762 690 H262 Z" stroke-width="0"/>',
  phones:
    '<rect x="382" y="252" width="260" height="520" rx="44" stroke-width="0"/><circle cx="512" cy="292" r="10" fill="#000" stroke-width="0" opacity="0.3"/>',
  'keyboards-mice':
    '<rect x="192" y="442" width="470" height="190" rx="22" stroke-width="0"/><ellipse cx="782" cy="537" rx="62" ry="92" stroke-width="0"/><path d="M782 445 V505" stroke="#000" stroke-width="6" opacity="0.25"/>',
  monitors:
    '<rect x="232" y="272" width="560" height="350" rx="16" stroke-width="0"/><rect x="487" y="612" width="50" height="100" stroke-width="0"/><rect x="392" y="702" width="240" height="26" rx="13" stroke-width="0"/>',
  'smart-home':
    '<rect x="402" y="312" width="220" height="420" rx="110" stroke-width="0"/><ellipse cx="512" cy="352" rx="70" ry="14" fill="#000" stroke-width="0" opacity="0.2"/>',
  cameras:
    '<rect x="272" y="392" width="480" height="310" rx="42" stroke-width="0"/><rect x="352" y="342" width="130" height="70" rx="14" stroke-width="0"/><circle cx="512" cy="547" r="118" fill="#000" stroke-width="0" opacity="0.22"/><circle cx="512" cy="547" r="78" stroke-width="0"/>',
  kitchen:
    '<rect x="312" y="452" width="400" height="250" rx="46" stroke-width="0"/><ellipse cx="512" cy="452" rx="210" ry="30" stroke-width="0"/><circle cx="512" cy="404" r="22" stroke-width="0"/><rect x="232" y="492" width="90" height="28" rx="14" stroke-width="0"/><rect x="702" y="492" width="90" height="28" rx="14" stroke-width="0"/>',
  furniture:
    '<rect x="272" y="422" width="480" height="170" rx="42" stroke-width="0"/><rect x="222" y="552" width="580" height="120" rx="32" stroke-width="0"/><rect x="262" y="662" width="26" height="60" stroke-width="0"/><rect x="736" y="662" width="26" height="60" stroke-width="0"/>',
  clothing:
    '<path d="M392 292 L302 326 L212 432 L302 492 L352 456 V732 H672 V456 L722 492 L812 432 L722 326 L632 292 Q512 372 392 292 Z" stroke-width="0"/>',
  shoes:
    '<path d="M222 642 V532 Q232 482 302 492 L432 502 Q482 432 552 442 L602 512 Q742 542 802 612 V662 H222 Z" stroke-width="0"/><rect x="212" y="662" width="600" height="34" rx="17" stroke-width="0"/>',
  'outdoor-sports':
    '<path d="M512 282 L812 712 H212 Z" stroke-width="0"/><path d="M512 462 L592 712 H432 Z" fill="#000" stroke-width="0" opacity="0.25"/>',
}
