/**
 * Renders the app icons from one SVG logo: `tsx scripts/generate-icons.ts`. The output is committed
 * under client/public/icons/, so builds need neither this script nor sharp's native binary.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const outDir = fileURLToPath(new URL('../client/public/icons/', import.meta.url))
const brand = '#1d4ed8'
const ink = '#ffffff'

/** A shopping bag on the brand colour; `inset` (0..0.5) shrinks the bag into a maskable safe zone. */
function logoSvg(options: { readonly rounded: boolean; readonly inset: number }): string {
  const radius = options.rounded ? 96 : 0
  const scale = 1 - options.inset * 2
  const offset = 256 * (1 - scale)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" role="img" aria-label="Storefront">
  <title>Storefront</title>
  <rect width="512" height="512" rx="${radius}" fill="${brand}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="${ink}" stroke-width="28" stroke-linejoin="round" stroke-linecap="round">
    <path d="M120 176h272l-20 232a24 24 0 0 1-24 22H164a24 24 0 0 1-24-22z" fill="${ink}" fill-opacity="0.16"/>
    <path d="M188 216v-48a68 68 0 0 1 136 0v48"/>
  </g>
</svg>`
}

async function renderPng(svg: string, size: number, file: string): Promise<void> {
  const png = await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toBuffer()
  await writeFile(`${outDir}${file}`, png)
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true })
  const standard = logoSvg({ rounded: true, inset: 0 })
  // Maskable icons are cropped to a circle of 80% diameter by some launchers: full bleed, bag inset.
  const maskable = logoSvg({ rounded: false, inset: 0.12 })
  await writeFile(`${outDir}favicon.svg`, standard)
  await renderPng(standard, 192, 'icon-192.png')
  await renderPng(standard, 512, 'icon-512.png')
  await renderPng(maskable, 512, 'icon-maskable-512.png')
  await renderPng(logoSvg({ rounded: false, inset: 0.06 }), 180, 'apple-touch-icon.png')
  console.log(`icons written to ${outDir}`)
}

await main()
