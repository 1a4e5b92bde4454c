/**
 * Review photos (issue 15): uploaded before the review that names them, checked on their bytes (not
 * the Content-Type the client claims), and stored re-encoded: turned upright, at most
 * `photoPixelsMax` on the longest side, WebP, with no metadata (sharp writes none unless asked, so
 * the EXIF GPS position of a phone photo never leaves the shop).
 */
import sharp, { type Metadata } from 'sharp'
import { ErrorCode } from '../../shared/errors.ts'
import { asReviewPhotoId, type ReviewPhoto } from '../../shared/reviews/review.ts'
import { reviewLimits, reviewPhotoTypes } from '../../shared/reviews/review-schema.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { findPhoto, insertPhoto, type StoredPhoto } from './review-photos.repository.ts'
import { reviewPhotoUrl } from './reviews.repository.ts'

// What sharp's metadata names the accepted types: AVIF is a HEIF container with AV1 inside (a HEIC
// file is HEIF with HEVC, which the prebuilt library cannot decode).
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'heif'])
const isUndecodableHeif = (metadata: Metadata) => metadata.format === 'heif' && metadata.compression !== 'av1'
const photoField = [{ path: 'photo', message: 'must be a JPEG, PNG, WebP or AVIF image' }]

const unsupported = () => new AppError(ErrorCode.PhotoTypeUnsupported, 'The file is not a supported image.', photoField)

export function isAcceptedPhotoType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return reviewPhotoTypes.some((accepted) => accepted === type)
}

/** The upright, bounded WebP without metadata; throws PHOTO_TYPE_UNSUPPORTED or PHOTO_UNREADABLE. */
export async function reencodePhoto(bytes: Uint8Array): Promise<{ bytes: Buffer; width: number; height: number }> {
  // A decoding bomb (a small file of huge dimensions) is refused by sharp's pixel limit.
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: 64_000_000 })
  const metadata = await image.metadata().catch(() => {
    throw unsupported()
  })
  if (!metadata.format || !acceptedFormats.has(metadata.format) || isUndecodableHeif(metadata)) throw unsupported()
  const max = reviewLimits.photoPixelsMax
  try {
    const { data, info } = await image
      .rotate()
      .resize(max, max, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return { bytes: data, width: info.width, height: info.height }
  } catch {
    throw new AppError(ErrorCode.PhotoUnreadable, 'The image cannot be decoded.', [
      { path: 'photo', message: 'cannot be decoded' },
    ])
  }
}

function toReviewPhoto(photo: StoredPhoto): ReviewPhoto {
  return { id: asReviewPhotoId(photo.id), url: reviewPhotoUrl(photo.id), width: photo.width, height: photo.height }
}

function ownedOrTaken(photo: StoredPhoto | undefined, userId: string): ReviewPhoto | undefined {
  if (!photo) return undefined
  if (photo.userId !== userId) throw new AppError(ErrorCode.ReviewPhotoTaken, 'This photo id is taken.')
  return toReviewPhoto(photo)
}

/** Idempotent per id and account: a retried upload answers the stored photo (`created` false). */
export async function uploadReviewPhoto(
  deps: Pick<AppDeps, 'db'>,
  userId: string,
  photoId: string,
  bytes: Uint8Array,
): Promise<{ photo: ReviewPhoto; created: boolean }> {
  const existing = ownedOrTaken(await findPhoto(deps.db, photoId), userId)
  if (existing) return { photo: existing, created: false }
  const encoded = await reencodePhoto(bytes)
  const stored = await insertPhoto(deps.db, { id: photoId, userId, contentType: 'image/webp', ...encoded })
  const photo = ownedOrTaken(stored, userId)
  if (!photo) throw new Error(`photo ${photoId} not found right after its insert`)
  return { photo, created: true }
}
