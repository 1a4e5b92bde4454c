import { join } from 'node:path'
import { Hono } from 'hono'
import sharp, { type Sharp } from 'sharp'
import { z } from 'zod'
import {
  type ProductImageFormat,
  type ProductImageWidth,
  productImageQuality,
} from '../../shared/catalog/product-image-sources.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { validate } from '../platform/validation.ts'
import { findLiveProductArtFacts } from './media.repository.ts'
import { createDiskCache, type DiskCache } from './media-cache.ts'
import { type ArtSubject, buildProductArtSvg } from './product-art.ts'

const widths = ['160', '320', '640', '1024'] as const satisfies readonly `${ProductImageWidth}`[]
const imageQuery = z
  .object({
    // No width is the original (1024 px): what an image CDN fetches to make its own sizes from.
    w: z.enum(widths, { message: 'must be 160, 320, 640 or 1024' }).default('1024'),
  })
  .strict()
/** `<slug>-<n>.<format>`: n counts the shared views (1–3), then one image per colour of the product. */
const productImageFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([1-9][0-9]?)\.(avif|webp)$/

/**
 * Bumped whenever the art changes, so files rendered by an older version are not served from
 * DATA_DIR/media-cache (browsers keep theirs: the URLs are immutable, and the art is only a demo's).
 */
const artVersion = 'v3'

/**
 * Encoders per format. AVIF at effort 2: a 640 px image in ~80 ms and ~25% smaller than the WebP;
 * effort 4 saves another ~10% but takes ~500 ms, too long for a first request.
 */
const encoders = {
  avif: (image: Sharp) => image.avif({ quality: productImageQuality.avif, effort: 2 }),
  webp: (image: Sharp) => image.webp({ quality: productImageQuality.webp }),
} satisfies Record<ProductImageFormat, (image: Sharp) => Sharp>

/** Product images: rendered on first request per format and width, then served from DATA_DIR/media-cache. */
export function mediaRoutes(dataDir: string) {
  const cache = createDiskCache(join(dataDir, 'media-cache'))
  return new Hono<AppEnv>().get('/products/:file', validate('query', imageQuery), async (c) => {
    const match = productImageFile.exec(c.req.param('file'))
    const slug = match?.[1]
    if (!slug || slug.length > 120) throw new AppError(ErrorCode.NotFound, 'No such image.')
    const imageNumber = Number(match[2])
    const facts = await findLiveProductArtFacts(c.var.deps.db, slug, imageNumber)
    if (!facts) throw new AppError(ErrorCode.NotFound, `No image ${imageNumber} of a product "${slug}".`)
    const format = match[3] as ProductImageFormat
    const width = Number(c.req.valid('query').w)
    const image = await renderCached(cache, { slug, imageNumber, ...facts }, format, width)
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': `image/${format}`,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Media-Cache': image.hit ? 'hit' : 'miss',
    })
  })
}

/** Keyed by the colour too: an image whose colour changed (options edited) is drawn anew. */
function renderCached(cache: DiskCache, subject: ArtSubject, format: ProductImageFormat, width: number) {
  const colour = subject.colour ? `-${subject.colour.slice(1).toLowerCase()}` : ''
  const key = join('products', artVersion, String(width), `${subject.slug}-${subject.imageNumber}${colour}.${format}`)
  return cache.getOrCreate(key, () =>
    encoders[format](sharp(Buffer.from(buildProductArtSvg(subject))).resize(width, width)).toBuffer(),
  )
}
