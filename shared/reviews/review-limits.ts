/**
 * The review API's limits (issue 15), without zod: the server's schemas (review-schema.ts) and the
 * client's form checks read the same numbers, and importing them does not pull zod into a bundle.
 */
export const reviewLimits = {
  titleMax: 120,
  bodyMin: 0,
  bodyMax: 5000,
  photosMax: 5,
  /** Bytes of one uploaded photo before re-encoding. */
  photoBytesMax: 8 * 1024 * 1024,
  /** Longest side after re-encoding. */
  photoPixelsMax: 1600,
  replyMax: 2000,
  rejectionReasonMax: 500,
  reportNoteMax: 500,
} as const

/**
 * Photo types accepted on upload (checked on the bytes, not only the header); stored as WebP. Not
 * HEIC: the prebuilt image library decodes no HEVC, so iPhones' default photos are refused with a
 * clear error (iOS converts to JPEG when a web page picks a photo).
 */
export const reviewPhotoTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
