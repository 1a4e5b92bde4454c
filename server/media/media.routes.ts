import { join } from 'node:path'
import { Hono } from 'hono'
import sharp from 'sharp'
import { z } from 'zod'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { validate } from '../platform/validation.ts'
import { findLiveProductCategorySlug } from './media.repository.ts'
import { createDiskCache, type DiskCache } from './media-cache.ts'
import { type ArtSubject, buildProductArtSvg } from './product-art.ts'

export const imageWidths = ['160', '320', '640', '1024'] as const

const imageQuery = z
  .object({ w: z.enum(imageWidths, { message: 'must be 160, 320, 640 or 1024' }).default('640') })
  .strict()
const productImageFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([1-3])\.webp$/

/** Product images: rendered on first request, then served from DATA_DIR/media-cache. */
export function mediaRoutes(dataDir: string) {
  const cache = createDiskCache(join(dataDir, 'media-cache'))
  return new Hono<AppEnv>().get('/products/:file', validate('query', imageQuery), async (c) => {
    const match = productImageFile.exec(c.req.param('file'))
    const slug = match?.[1]
    if (!slug || slug.length > 120) throw new AppError(ErrorCode.NotFound, 'No such image.')
    const categorySlug = await findLiveProductCategorySlug(c.var.deps.db, slug)
    if (!categorySlug) throw new AppError(ErrorCode.NotFound, `No product "${slug}".`)
    const width = Number(c.req.valid('query').w)
    const subject = { slug, categorySlug, imageNumber: Number(match[2]) }
    const image = await renderCached(cache, subject, width)
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': 'image/webp',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Media-Cache': image.hit ? 'hit' : 'miss',
    })
  })
}

function renderCached(cache: DiskCache, subject: ArtSubject, width: number) {
  const key = join('products', String(width), `${subject.slug}-${subject.imageNumber}.webp`)
  return cache.getOrCreate(key, () =>
    sharp(Buffer.from(buildProductArtSvg(subject)))
      .resize(width, width)
      .webp({ quality: 80 })
      .toBuffer(),
  )
}
