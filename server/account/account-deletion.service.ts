/**
 * Deleting an account (issue 18, decision 0032), in one transaction after the password is checked:
 * its orders are kept for the books with the personal data replaced, everything else of the account
 * goes (sessions, push subscriptions, cart, wishlist, event log, saved addresses, account tokens,
 * reviews with their stars, votes and reports), and the confirmation email is queued to the address
 * it had, in its language. An order still awaiting payment holds stock and may yet be paid: the
 * deletion waits for it (ORDER_AWAITING_PAYMENT) rather than cancel a payment in flight.
 */

import type { DeleteAccountInput } from '../../shared/account/data-rights.ts'
import type { User } from '../../shared/account/user.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { asReviewId } from '../../shared/reviews/review.ts'
import { anonymizeAnalyticsOfUser } from '../analytics/analytics.repository.ts'
import { enqueueEmail } from '../email/email-outbox.repository.ts'
import { emailLocaleOf } from '../email/templates/email-data.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { recordReviewAudit } from '../reviews/review-audit.repository.ts'
import { publishReviewsChanged } from '../reviews/review-events.ts'
import { countedRating, moveProductRating } from '../reviews/review-ratings.repository.ts'
import { lockShopper } from '../shopper/shopper.repository.ts'
import {
  anonymizeOrders,
  deleteOutboxEmailsTo,
  deleteReviewsOf,
  deleteUserAndShopper,
  hasOrderAwaitingPayment,
  lockAuthoredReviews,
  lockUser,
  withdrawVotesAndReports,
} from './account-deletion.repository.ts'
import { findAccountShopperId } from './account-export.repository.ts'
import { verifyPassword } from './password.ts'

type Deps = Pick<AppDeps, 'db' | 'clock' | 'bus' | 'logger' | 'responseCache'>

export const wrongPassword = () =>
  new AppError(ErrorCode.CurrentPasswordWrong, 'The password is not this account’s.', [
    { path: 'json.password', message: 'is not the account password' },
  ])

/** Deletes the account; returns how many of its orders were kept (anonymized). */
export async function deleteAccount(deps: Deps, user: User, input: DeleteAccountInput): Promise<number> {
  if (user.role === 'admin')
    throw new AppError(ErrorCode.Forbidden, 'An admin account cannot delete itself; another admin must.')
  const now = deps.clock()
  const { ordersKept, starsMoved } = await deps.db.transaction(async (tx) => {
    const row = await lockUser(tx, user.id)
    if (!row) throw new AppError(ErrorCode.Unauthenticated, 'The account no longer exists.')
    if (!(await verifyPassword(input.password, row.passwordHash))) throw wrongPassword()
    // The shopper lock orders this after a checkout in flight (which takes it too) and before the next.
    const shopperId = await findAccountShopperId(tx, user.id)
    if (shopperId) await lockShopper(tx, shopperId)
    if (await hasOrderAwaitingPayment(tx, user.id, now))
      throw new AppError(ErrorCode.OrderAwaitingPayment, 'An order is awaiting payment; delete the account after it.')
    const kept = await anonymizeOrders(tx, user.id, now)
    let starsMoved = false
    for (const review of await lockAuthoredReviews(tx, user.id)) {
      const stars = countedRating(review)
      await moveProductRating(tx, review.productId as ProductId, stars, null)
      starsMoved ||= stars !== null
      await recordReviewAudit(tx, {
        reviewId: asReviewId(review.id),
        productId: review.productId as ProductId,
        actorId: null,
        action: 'deleted',
        detail: { reason: 'account_deleted' },
      })
    }
    await deleteReviewsOf(tx, user.id)
    await withdrawVotesAndReports(tx, user.id)
    await deleteOutboxEmailsTo(tx, row.email)
    await anonymizeAnalyticsOfUser(tx, user.id)
    await deleteUserAndShopper(tx, user.id, shopperId)
    await enqueueEmail(tx, {
      dedupeKey: `account:${user.id}:deleted`,
      template: 'account_deleted',
      to: row.email,
      locale: emailLocaleOf(row.locale ?? 'en'),
      data: { ordersKept: kept.length },
    })
    return { ordersKept: kept.length, starsMoved }
  })
  if (starsMoved) await publishCatalogChanged(deps)
  await publishReviewsChanged(deps)
  return ordersKept
}
