/**
 * What a `<picture>` of a product image needs — AVIF and WebP srcsets, the fallback src, the
 * intrinsic size and the placeholder — built once here for the client's component and the server's
 * HTML alike. Pure: no DOM, no I/O; the image CDN template (IMAGE_CDN_URL) is passed in.
 */
import { rgbaToDataURL, thumbHashToRGBA } from 'thumbhash'
import type { ProductImage } from './product.ts'

/** Widths the media endpoint renders (`?w=`) and every srcset offers. */
export const productImageWidths = [160, 320, 640, 1024] as const
export type ProductImageWidth = (typeof productImageWidths)[number]

/** Formats offered, best first: a `<picture>` takes the first its browser supports. */
export const productImageFormats = ['avif', 'webp'] as const
export type ProductImageFormat = (typeof productImageFormats)[number]

/** Encoder quality per format, for the media endpoint and the CDN's `{quality}` alike. */
export const productImageQuality = { avif: 55, webp: 80 } as const satisfies Record<ProductImageFormat, number>

/** Width of the `<img>`'s own src, for the rare browser that takes no `<source>`. */
const fallbackWidth = 640

/**
 * The `<meta name>` through which the server hands IMAGE_CDN_URL to the client: every HTML document
 * carries `<meta name="image-cdn" content="{template}">` when it is set.
 */
export const imageCdnMetaName = 'image-cdn'

const cdnPlaceholders = ['path', 'width', 'format', 'quality'] as const
const requiredCdnPlaceholders = ['path', 'width', 'format'] as const

export type PictureSource = { readonly type: `image/${ProductImageFormat}`; readonly srcset: string }

export type PictureSources = {
  /** `<source>` elements in order; empty when the image cannot be resized (a foreign URL, no CDN). */
  readonly sources: readonly PictureSource[]
  /** The `<img>` src: the 640 px WebP, or the original when there is nothing to choose from. */
  readonly src: string
  readonly width: number
  readonly height: number
}

/**
 * The sources of one product image. Without a CDN, images under /media/ are resized by the shop
 * itself (`?w=`, `.avif`/`.webp`); with one, every URL goes through the template instead. Anything
 * else (a foreign URL, no CDN) is shown as it is.
 *
 * @param imageCdn an IMAGE_CDN_URL template (see `imageCdnTemplateProblem`), or null for none
 */
export function productImageSources(image: ProductImage, imageCdn: string | null = null): PictureSources {
  const urlOf = imageCdn ? cdnUrl(imageCdn, image.src) : isShopMedia(image.src) ? shopMediaUrl(image.src) : null
  const intrinsic = { width: image.width, height: image.height }
  if (!urlOf) return { sources: [], src: image.src, ...intrinsic }
  return {
    sources: productImageFormats.map((format) => ({
      type: `image/${format}` as const,
      srcset: productImageWidths.map((width) => `${urlOf(width, format)} ${width}w`).join(', '),
    })),
    src: urlOf(fallbackWidth, 'webp'),
    ...intrinsic,
  }
}

type UrlOf = (width: ProductImageWidth | typeof fallbackWidth, format: ProductImageFormat) => string

/** The shop's own media: `/media/…/<name>.webp` (the original) with an `.avif` twin. */
function isShopMedia(src: string): boolean {
  return src.startsWith('/media/') && src.endsWith('.webp') && !src.includes('?')
}

function shopMediaUrl(src: string): UrlOf {
  const stem = src.slice(0, -'.webp'.length)
  return (width, format) => `${stem}.${format}?w=${width}`
}

/**
 * IMAGE_CDN_URL placeholders: `{path}` the image's src without its leading slash
 * (`media/products/<slug>-1.webp`; a foreign absolute URL is inserted percent-encoded), `{width}` in
 * px, `{format}` `avif` or `webp`, `{quality}` 1–100 (optional).
 */
function cdnUrl(template: string, src: string): UrlOf {
  const path = /^https?:\/\//.test(src) ? encodeURIComponent(src) : src.replace(/^\/+/, '')
  return (width, format) =>
    template.replace(/\{(path|width|format|quality)\}/g, (_, name: (typeof cdnPlaceholders)[number]) => {
      if (name === 'path') return path
      if (name === 'width') return String(width)
      if (name === 'format') return format
      return String(productImageQuality[format])
    })
}

/**
 * Why a value is not a usable IMAGE_CDN_URL template, or null when it is: it must contain `{path}`,
 * `{width}` and `{format}` (`{quality}` is optional), no other `{…}`, and be an http(s) URL or a
 * path on the shop's own origin (`/cdn-cgi/image/…`).
 */
export function imageCdnTemplateProblem(template: string): string | null {
  const names = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!)
  const unknown = names.find((name) => !(cdnPlaceholders as readonly string[]).includes(name))
  if (unknown !== undefined) return `has an unknown placeholder {${unknown}} (use {${cdnPlaceholders.join('}, {')}})`
  const missing = requiredCdnPlaceholders.filter((name) => !names.includes(name))
  if (missing.length > 0) return `must contain {${missing.join('}, {')}}`
  const sample = cdnUrl(template, '/media/products/sample-1.webp')(fallbackWidth, 'webp')
  if (sample.startsWith('/') && !sample.startsWith('//')) return null
  if (URL.canParse(sample) && /^https?:$/.test(new URL(sample).protocol)) return null
  return 'must be an http:// or https:// URL, or a path starting with /'
}

/**
 * The placeholder as a tiny PNG data URL, or null when the image has none: the ThumbHash decoded and
 * averaged down to `size`² pixels (the browser's smooth upscaling does the blur), so a server-rendered
 * page pays a few hundred bytes per image rather than the 5 KB of thumbhash's own 32² PNG.
 */
export function productImagePlaceholderUrl(image: ProductImage, size = 8): string | null {
  if (!image.placeholder) return null
  const hash = Uint8Array.from(atob(image.placeholder), (char) => char.charCodeAt(0))
  const { w, h, rgba } = thumbHashToRGBA(hash)
  const outW = Math.max(1, Math.round((size * w) / Math.max(w, h)))
  const outH = Math.max(1, Math.round((size * h) / Math.max(w, h)))
  return rgbaToDataURL(outW, outH, boxDownsample(rgba, w, h, outW, outH))
}

/** Each output pixel is the mean of the input pixels it covers. */
function boxDownsample(rgba: Uint8Array, w: number, h: number, outW: number, outH: number): Uint8Array {
  const out = new Uint8Array(outW * outH * 4)
  for (let oy = 0; oy < outH; oy++) {
    const [y0, y1] = [Math.floor((oy * h) / outH), Math.floor(((oy + 1) * h) / outH)]
    for (let ox = 0; ox < outW; ox++) {
      const [x0, x1] = [Math.floor((ox * w) / outW), Math.floor(((ox + 1) * w) / outW)]
      const count = (y1 - y0) * (x1 - x0)
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += rgba[(y * w + x) * 4 + channel]!
        out[(oy * outW + ox) * 4 + channel] = Math.round(sum / count)
      }
    }
  }
  return out
}
