/**
 * Placeholders of the generated art without rendering it: a tiny raster painted in plain JS from the
 * same parameters as the SVG (the background gradient, and the product as an ellipse of its colour
 * where its shape lies), hashed with ThumbHash. Seeding 600 products × 3 images stays cheap because
 * sharp never runs; a ThumbHash keeps only the blurred gist anyway.
 */
import { rgbaToThumbHash } from 'thumbhash'
import { type ArtParams, type ArtSubject, artSize, productArtParams, type Rgb, rgbOf } from './product-art.ts'

/**
 * Raster side in pixels. ThumbHash keeps at most 7 frequencies per axis, and side by side the hashes
 * of 8², 16² and 32² rasters of the same art decode alike; 8² costs a quarter of 16².
 */
const rasterSize = 8

/** The base64 ThumbHash of a product's art, as `ProductImage.placeholder` carries it. */
export function productArtPlaceholder(subject: ArtSubject): string {
  const rgba = rasterizeArt(productArtParams(subject), rasterSize)
  return Buffer.from(rgbaToThumbHash(rasterSize, rasterSize, rgba)).toString('base64')
}

/** A `size`² RGBA approximation of the art: the gradient, and the product's colour where its shape lies. */
export function rasterizeArt(art: ArtParams, size: number): Uint8Array {
  const gradientAt = gradient(art.background.angle)
  const coverage = shapeCoverage(art)
  const { from, to } = art.background
  const body = mix(rgbOf(art.ink.body), rgbOf(art.ink.accent), 0.2)
  const rgba = new Uint8Array(size * size * 4)
  for (let j = 0, o = 0; j < size; j++) {
    for (let i = 0; i < size; i++, o += 4) {
      const [x, y] = [((i + 0.5) / size) * artSize, ((j + 0.5) / size) * artSize]
      const t = gradientAt(x, y)
      const c = coverage(x, y)
      for (let k = 0; k < 3; k++) {
        const background = from[k]! + (to[k]! - from[k]!) * t
        rgba[o + k] = Math.round(background + (body[k]! - background) * c)
      }
      rgba[o + 3] = 255
    }
  }
  return rgba
}

/**
 * Where a point lies along an SVG linearGradient (x 0→1 of the bounding box) turned by
 * `gradientTransform="rotate(angle 0.5 0.5)"`: 0 at its start, 1 at its end, clamped (spread pad).
 */
function gradient(angle: number): (x: number, y: number) => number {
  const radians = (angle * Math.PI) / 180
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)]
  // SVG's default axis runs (0, 0)→(1, 0); turned about the centre it points along (cos, sin) and
  // starts at centre + R·(−0.5, −0.5).
  const startX = 0.5 + (-0.5 * cos + 0.5 * sin)
  const startY = 0.5 + (-0.5 * sin - 0.5 * cos)
  return (x, y) => {
    const t = (x / artSize - startX) * cos + (y / artSize - startY) * sin
    return Math.min(1, Math.max(0, t))
  }
}

/**
 * How much of the product covers a canvas point: 1 inside the ellipse inscribed in the shape's box
 * (after the view transform), fading to 0 across its outer third — a soft edge, because a hard one
 * rings in ThumbHash's few frequencies.
 */
function shapeCoverage(art: ArtParams): (x: number, y: number) => number {
  const [x0, y0, x1, y1] = art.shape.box
  const [rx, ry] = [(x1 - x0) / 2, (y1 - y0) / 2]
  const radians = (-art.rotate * Math.PI) / 180
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)]
  const centre = artSize / 2
  return (x, y) => {
    // Undo translate(centre) rotate(r) scale(s) translate(−box centre): the point relative to the box centre.
    const [dx, dy] = [(x - centre) / art.scale, (y - centre) / art.scale]
    const [sx, sy] = [dx * cos - dy * sin, dx * sin + dy * cos]
    const distance = Math.sqrt((sx / rx) ** 2 + (sy / ry) ** 2)
    return Math.min(1, Math.max(0, (1.1 - distance) / 0.4))
  }
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const lerp = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * t)
  return [lerp(0), lerp(1), lerp(2)]
}
