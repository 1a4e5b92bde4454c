/**
 * Generated product art, so the demo shop has stable, distinct images without shipping any: a
 * deterministic SVG per (product, image number). The shape follows the product's type (a soundbar
 * looks like a soundbar); its colours and details follow the product's slug, so no two products
 * look alike; the image number picks the view (front, close-up, wide). The same parameters feed
 * the placeholder (product-art-placeholder.ts), which therefore needs no rendering. A product that
 * comes in colours is drawn in the colour its image shows, its swatch replacing the body colour.
 */
import { createHash } from 'node:crypto'
import { mulberry32 } from '../platform/seeded-random.ts'
import type { Ink, Shape } from './art-shape.ts'
import { electronicsShapes } from './art-shapes-electronics.ts'
import { homeShapes } from './art-shapes-home.ts'
import { type ProductType, productTypeOf } from './product-type.ts'

export const artSize = 1024
const centre = artSize / 2

export type ArtSubject = {
  readonly slug: string
  readonly imageNumber: number
  readonly name: string
  readonly tags: readonly string[]
  readonly categorySlug: string
  /** The swatch (`#rrggbb`) of the colour this image shows; absent, the slug picks the body colour. */
  readonly colour?: string | undefined
}

export type Rgb = readonly [number, number, number]

export type ArtParams = {
  readonly type: ProductType
  readonly shape: Shape
  readonly ink: Ink
  /** Background gradient: `from` at the start of the rotated axis, `to` at its end. */
  readonly background: { readonly from: Rgb; readonly to: Rgb; readonly angle: number }
  /** The shape's box centre goes to the canvas centre, then it is scaled and turned (degrees). */
  readonly scale: number
  readonly rotate: number
  readonly decorations: readonly string[]
}

export const productShapes: Readonly<Record<ProductType, Shape>> = { ...electronicsShapes, ...homeShapes }

const bodies = [
  ...['#26282e', '#f2f1ed', '#b9bec6', '#5f6670', '#27406b', '#2f6b57', '#b83a34'],
  ...['#d9b98a', '#e39aa0', '#2b8f9e', '#e0a526', '#8a78c9', '#8b5a3c'],
]
const accents = ['#ff6b4a', '#3ec1d3', '#f5c542', '#7bd389', '#c08cff', '#ff8fb1', '#f4f4f2', '#1d1f24']

/** Front, close-up, wide: how images 1–3 frame the product; a colour's own image after them is a front view. */
const views = [
  { zoom: 1, tilt: 4 },
  { zoom: 1.22, tilt: 10 },
  { zoom: 0.84, tilt: 6 },
] as const

export function productArtParams(subject: ArtSubject): ArtParams {
  const product = hashBytes(subject.slug)
  const image = hashBytes(`${subject.slug}#${subject.imageNumber}`)
  const type = productTypeOf(subject)
  const shape = productShapes[type]
  const body = subject.colour ?? pick(shape.bodies ?? bodies, product[1]!)
  const accent = pickOther(shape.accents ?? accents, product[2]!, body)
  const hue = (product[0]! / 256) * 360 + (image[0]! / 256) * 24 - 12
  const view = views[subject.imageNumber - 1] ?? views[0]
  const [x0, y0, x1, y1] = shape.box
  const fit = Math.min(1.1, 700 / Math.max(x1 - x0, y1 - y0))
  return {
    type,
    shape,
    ink: {
      body,
      accent,
      v: [product[3]! / 256, product[4]! / 256, product[5]! / 256, product[6]! / 256],
      random: mulberry32(product.readUInt32LE(8)),
    },
    background: {
      from: hslToRgb(hue, 0.55, 0.88),
      to: hslToRgb(hue + 25 + (product[7]! / 256) * 35, 0.45, 0.68),
      angle: Math.round((image[1]! / 256) * 360),
    },
    scale: fit * view.zoom,
    rotate: Math.round(((image[2]! / 256) * 2 - 1) * view.tilt),
    decorations: decorations(image),
  }
}

export function buildProductArtSvg(subject: ArtSubject): string {
  const art = productArtParams(subject)
  const [x0, y0, x1, y1] = art.shape.box
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2]
  const { from, to, angle } = art.background
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${artSize}" height="${artSize}" viewBox="0 0 ${artSize} ${artSize}">
<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">
<stop offset="0" stop-color="${hex(from)}"/><stop offset="1" stop-color="${hex(to)}"/>
</linearGradient></defs>
<rect width="${artSize}" height="${artSize}" fill="url(#bg)"/>
${art.decorations.join('\n')}
<g transform="translate(${centre} ${centre}) rotate(${art.rotate}) scale(${art.scale.toFixed(3)}) translate(${-cx} ${-cy})">
<ellipse cx="${cx}" cy="${y1 + 6}" rx="${Math.round((x1 - x0) * 0.46)}" ry="24" fill="#000" fill-opacity=".16"/>
${art.shape.draw(art.ink).trim()}
</g>
</svg>`
}

/** A few soft light shapes behind the product, different for every image. */
function decorations(bytes: Buffer): string[] {
  const count = 3 + (bytes[5]! % 3)
  return Array.from({ length: count }, (_, i) => {
    const x = bytes[6 + i * 4]! * 4
    const y = bytes[7 + i * 4]! * 4
    const r = 60 + bytes[8 + i * 4]!
    const opacity = (0.08 + (bytes[9 + i * 4]! / 255) * 0.14).toFixed(3)
    return i % 2 === 0
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" opacity="${opacity}"/>`
      : `<rect x="${x - r}" y="${y - r}" width="${r * 2}" height="${r * 2}" rx="${Math.round(r / 3)}" fill="#fff" opacity="${opacity}" transform="rotate(${bytes[10 + i]! % 90} ${x} ${y})"/>`
  })
}

function hashBytes(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

function pick<T>(items: readonly T[], byte: number): T {
  return items[byte % items.length]!
}

/** An accent that is not the body colour. */
function pickOther(items: readonly string[], byte: number, not: string): string {
  const first = pick(items, byte)
  return first === not ? pick(items, byte + 1) : first
}

export function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const h = (((hue % 360) + 360) % 360) / 360
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
  const p = 2 * lightness - q
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    const value = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p
    return Math.round(value * 255)
  }
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)]
}

export function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** `#rrggbb` → [r, g, b]. */
export function rgbOf(colour: string): Rgb {
  const n = Number.parseInt(colour.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}
