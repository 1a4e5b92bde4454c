/** The SQL of review photos: the upload (keyed by the client's id), serving one, pruning unclaimed ones. */
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm'
import { reviewPhotos, reviews } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type StoredPhoto = { id: string; userId: string; width: number; height: number }

/** Stores the photo unless its id exists; answers the row under that id either way (maybe another account's). */
export async function insertPhoto(
  db: Db,
  photo: StoredPhoto & { contentType: string; bytes: Buffer },
): Promise<StoredPhoto | undefined> {
  await db.insert(reviewPhotos).values(photo).onConflictDoNothing()
  return findPhoto(db, photo.id)
}

export async function findPhoto(db: Db, id: string): Promise<StoredPhoto | undefined> {
  const [row] = await db
    .select({
      id: reviewPhotos.id,
      userId: reviewPhotos.userId,
      width: reviewPhotos.width,
      height: reviewPhotos.height,
    })
    .from(reviewPhotos)
    .where(eq(reviewPhotos.id, id))
  return row
}

/** The bytes of a photo with who may see it: everyone when its review is published, else only its author. */
export async function readPhotoFile(
  db: Db,
  id: string,
): Promise<{ bytes: Buffer; contentType: string; userId: string; published: boolean } | undefined> {
  const [row] = await db
    .select({
      bytes: reviewPhotos.bytes,
      contentType: reviewPhotos.contentType,
      userId: reviewPhotos.userId,
      status: reviews.status,
    })
    .from(reviewPhotos)
    .leftJoin(reviews, eq(reviews.id, reviewPhotos.reviewId))
    .where(eq(reviewPhotos.id, id))
  if (!row) return undefined
  return { bytes: row.bytes, contentType: row.contentType, userId: row.userId, published: row.status === 'published' }
}

/** Deletes up to `limit` photos no review claimed that were uploaded before `before`; answers how many. */
export async function pruneUnclaimedPhotos(db: Db, before: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: reviewPhotos.id })
    .from(reviewPhotos)
    .where(and(isNull(reviewPhotos.reviewId), lt(reviewPhotos.createdAt, before)))
    .orderBy(asc(reviewPhotos.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  const deleted = await db
    .delete(reviewPhotos)
    .where(and(sql`${reviewPhotos.id} = any(array(${batch}))`, isNull(reviewPhotos.reviewId)))
    .returning({ id: reviewPhotos.id })
  return deleted.length
}
