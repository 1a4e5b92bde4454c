/**
 * The shopper's reviews (issue 15): the product's page of reviews, and the author's write, edit and
 * delete. Every change of a published review moves the product's star counts in its transaction
 * (decision 0024); the pokes go out after commit.
 */
import { ErrorCode } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { authorNameOf } from '../../shared/reviews/author-name.ts'
import { holdReasonsFor } from '../../shared/reviews/moderation.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import {
  asReviewId,
  type HoldReason,
  type OwnReview,
  type ReviewId,
  type ReviewPage,
  type ReviewRating,
  type ReviewStatus,
  reviewPageSize,
} from '../../shared/reviews/review.ts'
import type { EditReviewInput, ReviewListQuery, WriteReviewInput } from '../../shared/reviews/review-schema.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { recordReviewAudit } from './review-audit.repository.ts'
import { publishReviewsChanged } from './review-events.ts'
import { countedRating, moveProductRating } from './review-ratings.repository.ts'
import {
  deleteReviewRow,
  findOwnReviewId,
  findProductBySlug,
  findReviewByMutationId,
  hasBought,
  insertReview,
  listPublishedReviews,
  liveVariantsOf,
  lockReview,
  type NewReviewRow,
  otherBodiesOf,
  type ReviewedProduct,
  readOwnReview,
  readReviewSettings,
  setReviewPhotos,
  updateReview,
} from './reviews.repository.ts'

export type ReviewDeps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock'> & Partial<Pick<AppDeps, 'responseCache'>>

/** The signed-in account writing: from the session's user. */
export type ReviewAuthor = { readonly id: string; readonly name: string; readonly createdAt: string }

async function productOf(deps: ReviewDeps, slug: string): Promise<ReviewedProduct> {
  const product = await findProductBySlug(deps.db, slug)
  if (!product) throw new AppError(ErrorCode.NotFound, `No product ${slug}.`)
  return product
}

export async function listReviews(
  deps: ReviewDeps,
  slug: string,
  query: ReviewListQuery,
  viewerId: string | null,
): Promise<ReviewPage> {
  const product = await productOf(deps, slug)
  const page = await listPublishedReviews(deps.db, product.id, query, reviewPageSize, viewerId)
  const ownId = viewerId ? await findOwnReviewId(deps.db, product.id, viewerId) : undefined
  return {
    summary: summarizeRatings(product.ratingCounts),
    reviews: page.reviews,
    page: query.page,
    pageSize: reviewPageSize,
    total: page.total,
    own: ownId ? ((await readOwnReview(deps.db, ownId)) ?? null) : null,
  }
}

/** "Size 42 · Black": the variant's option values, labelled and ordered as the product's options. */
async function variantLabelOf(deps: ReviewDeps, product: ReviewedProduct, variantId: string | null): Promise<string> {
  if (!variantId) return ''
  const variant = (await liveVariantsOf(deps.db, product.id)).find((v) => v.id === variantId)
  if (!variant)
    throw new AppError(ErrorCode.VariantNotOfProduct, 'The variant is not one of the product.', [
      { path: 'json.variantId', message: 'is not a variant of this product' },
    ])
  return product.options
    .map((option) => option.values.find((value) => value.code === variant.optionValues[option.code])?.label)
    .filter((label): label is string => Boolean(label))
    .join(' · ')
}

const photoUnknown = () =>
  new AppError(ErrorCode.ReviewPhotoUnknown, 'A photo is not an upload of yours.', [
    { path: 'json.photoIds', message: 'names a photo that is not your upload' },
  ])

async function moderate(
  deps: ReviewDeps,
  author: ReviewAuthor,
  text: { title: string; body: string },
  exceptId?: string,
): Promise<HoldReason[]> {
  const settings = await readReviewSettings(deps.db)
  return holdReasonsFor({
    ...text,
    accountAgeMs: deps.clock().getTime() - Date.parse(author.createdAt),
    otherBodies: await otherBodiesOf(deps.db, author.id, exceptId ? asReviewId(exceptId) : undefined),
    moderation: settings.moderation,
  })
}

/** Replays of the mutation id by its author answer the review it made (`created` false). */
export async function writeReview(
  deps: ReviewDeps,
  author: ReviewAuthor,
  slug: string,
  input: WriteReviewInput,
  locale: string,
): Promise<{ review: OwnReview; created: boolean }> {
  const product = await productOf(deps, slug)
  const replay = await replayOf(deps, author, input.mutationId)
  if (replay) return { review: replay, created: false }
  const variantLabel = await variantLabelOf(deps, product, input.variantId)
  const reasons = await moderate(deps, author, input)
  const verifiedPurchase = await hasBought(deps.db, author.id, product.id)
  const status: ReviewStatus = reasons.length > 0 ? 'pending' : 'published'
  const now = deps.clock()
  const values: NewReviewRow = {
    productId: product.id,
    variantId: input.variantId,
    variantLabel,
    userId: author.id,
    rating: input.rating,
    title: input.title,
    body: input.body,
    status,
    holdReasons: reasons,
    verifiedPurchase,
    authorName: authorNameOf(author.name),
    locale,
    mutationId: input.mutationId,
    createdAt: now,
    updatedAt: now,
    publishedAt: status === 'published' ? now : null,
  }
  const outcome = await deps.db.transaction((tx) => storeNewReview(tx, product.id, values, input.photoIds))
  if (outcome === 'conflict') {
    // A concurrent replay of the same mutation id won the insert, or the account reviewed the product already.
    const replayed = await replayOf(deps, author, input.mutationId)
    if (replayed) return { review: replayed, created: false }
    throw new AppError(ErrorCode.ReviewAlreadyWritten, 'You have reviewed this product already.')
  }
  await afterChange(deps, status === 'published')
  return { review: await ownReviewOrFail(deps, outcome), created: true }
}

/** In one transaction: the row, its photos, the product's counts and the audit; 'conflict' when a unique key holds it. */
async function storeNewReview(
  tx: Db,
  productId: ProductId,
  values: NewReviewRow,
  photoIds: readonly string[],
): Promise<ReviewId | 'conflict'> {
  const row = await insertReview(tx, values)
  if (!row) return 'conflict'
  const reviewId = asReviewId(row.id)
  if (!(await setReviewPhotos(tx, reviewId, row.userId, photoIds))) throw photoUnknown()
  await moveProductRating(tx, productId, null, countedRating(row))
  const audit = { reviewId, productId, actorId: row.userId }
  await recordReviewAudit(tx, { ...audit, action: 'written', detail: { rating: row.rating } })
  await recordReviewAudit(
    tx,
    row.status === 'published'
      ? { ...audit, action: 'published' }
      : { ...audit, action: 'held', detail: { reasons: row.holdReasons } },
  )
  return reviewId
}

async function replayOf(deps: ReviewDeps, author: ReviewAuthor, mutationId: string): Promise<OwnReview | undefined> {
  const existing = await findReviewByMutationId(deps.db, mutationId)
  if (!existing) return undefined
  if (existing.userId !== author.id)
    throw new AppError(ErrorCode.IdempotencyKeyReused, 'This mutation id was used by another request.')
  return ownReviewOrFail(deps, existing.id)
}

async function ownReviewOrFail(deps: ReviewDeps, id: string): Promise<OwnReview> {
  const review = await readOwnReview(deps.db, id)
  if (!review) throw new AppError(ErrorCode.NotFound, 'The review was deleted.')
  return review
}

async function afterChange(deps: ReviewDeps, countsMoved: boolean): Promise<void> {
  if (countsMoved) await publishCatalogChanged(deps)
  await publishReviewsChanged(deps)
}

const notYours = () => new AppError(ErrorCode.NotFound, 'No such review.')

/**
 * The author's edit, moderated again. Only a published review can stay published: one waiting for
 * a moderator (or rejected by one) goes, or goes back, to the queue, so an edit never skips a human.
 */
export async function editReview(
  deps: ReviewDeps,
  author: ReviewAuthor,
  id: string,
  input: EditReviewInput,
): Promise<OwnReview> {
  const moved = await deps.db.transaction(async (tx) => {
    const before = await lockReview(tx, id)
    if (!before || before.userId !== author.id) throw notYours()
    const next = {
      title: input.title ?? before.title,
      body: input.body ?? before.body,
      rating: input.rating ?? before.rating,
    }
    const reasons = await moderate({ ...deps, db: tx }, author, next, before.id)
    const kept =
      before.status === 'pending' ? before.holdReasons.filter((r) => r === 'reports' || r === 'shop_setting') : []
    const holdReasons = [...new Set([...kept, ...reasons])]
    const status: ReviewStatus = before.status === 'published' && holdReasons.length === 0 ? 'published' : 'pending'
    const reviewId = asReviewId(before.id)
    await updateReview(tx, reviewId, { ...next, status, holdReasons, rejectionReason: null, updatedAt: deps.clock() })
    if (input.photoIds && !(await setReviewPhotos(tx, reviewId, author.id, input.photoIds))) throw photoUnknown()
    const from = countedRating(before)
    const to = countedRating({ status, rating: next.rating })
    await moveProductRating(tx, before.productId as ProductId, from, to)
    const audit = { reviewId, productId: before.productId as ProductId, actorId: author.id }
    await recordReviewAudit(tx, { ...audit, action: 'edited', detail: { fields: Object.keys(input) } })
    if (status === 'pending')
      await recordReviewAudit(tx, { ...audit, action: 'held', detail: { reasons: holdReasons } })
    return from !== to
  })
  await afterChange(deps, moved)
  return ownReviewOrFail(deps, id)
}

export async function deleteReview(deps: ReviewDeps, author: ReviewAuthor, id: string): Promise<void> {
  const moved = await deps.db.transaction(async (tx) => {
    const before = await lockReview(tx, id)
    if (!before || before.userId !== author.id) throw notYours()
    const reviewId = asReviewId(before.id)
    const from: ReviewRating | null = countedRating(before)
    await moveProductRating(tx, before.productId as ProductId, from, null)
    await recordReviewAudit(tx, {
      reviewId,
      productId: before.productId as ProductId,
      actorId: author.id,
      action: 'deleted',
    })
    await deleteReviewRow(tx, reviewId)
    return from !== null
  })
  await afterChange(deps, moved)
}
