/**
 * Checkouts are queued before they are sent (DESIGN §3): the intent is written to Dexie
 * `pendingCheckouts` with its idempotency key, then sent — at once when online, else by the sync
 * engine after the outbox drained (on `online`, on start, on focus). The key is kept until the server
 * answered, so a reload, a retry or a replay from another tab creates at most one order.
 *
 * The outbox is pushed first: the server orders its own copy of the cart, which must match what the
 * shopper reviewed. Answers are announced on a BroadcastChannel, so the open checkout page moves on
 * to payment whichever tab (or the sync engine) sent it. A queued checkout belongs to the shopper who
 * placed it: a sign-in or sign-out forgets them all (sync-engine.ts).
 */
import type { Order } from '../../shared/orders/order.ts'
import type { LocalDb, PendingCheckout } from '../local-data/local-db.ts'
import { drainOutbox, withShopperLock } from '../local-data/shopper-exchange.ts'
import { channelNames, lockNames, metaKeys } from '../local-data/storage-keys.ts'
import { ApiError, type ClientErrorCode } from '../platform/api-client.ts'
import { postCheckout } from './checkout-api.ts'
import type { CheckoutRequestBody } from './checkout-form.ts'

export type CheckoutAnswer =
  | { readonly idempotencyKey: string; readonly outcome: 'placed'; readonly orderId: string }
  | { readonly idempotencyKey: string; readonly outcome: 'refused'; readonly code: ClientErrorCode }

/** One attempt = one key: the row is what a reload or a replay sends again. */
export async function queueCheckout(
  db: LocalDb,
  request: CheckoutRequestBody,
  now: Date = new Date(),
): Promise<PendingCheckout> {
  const row: PendingCheckout = { idempotencyKey: crypto.randomUUID(), ...request, createdAt: now.toISOString() }
  await db.pendingCheckouts.add(row)
  return row
}

/** The queued checkout the page shows: the newest one, sent or refused. */
export async function readLatestPendingCheckout(db: LocalDb): Promise<PendingCheckout | undefined> {
  return db.pendingCheckouts.orderBy('createdAt').last()
}

export async function discardPendingCheckout(db: LocalDb, idempotencyKey: string): Promise<void> {
  await db.pendingCheckouts.delete(idempotencyKey)
}

/**
 * Sends every queued checkout that was not refused. Rejects with the ApiError of a failure worth
 * retrying (network, 5xx, 429): that row and those after it stay queued. A refusal (4xx: out of
 * stock, empty cart…) is kept on the row for the shopper to see.
 */
export async function sendPendingCheckouts(db: LocalDb): Promise<CheckoutAnswer[]> {
  if ((await sendable(db)).length === 0) return []
  return withCheckoutLock(async () => {
    await drainOutbox(db)
    const answers: CheckoutAnswer[] = []
    // Read again under the lock: another tab may have sent some meanwhile.
    for (const row of await sendable(db)) {
      // Each one is sent under the shopper-sync lock, read again there: a sign-in or sign-out forgets
      // the queued checkouts under that lock, so none is ever sent with the next shopper's session.
      const answer = await withShopperLock(async () => {
        const current = await db.pendingCheckouts.get(row.idempotencyKey)
        return current && !current.error ? sendOne(db, current) : null
      })
      if (!answer) continue
      announce(answer)
      answers.push(answer)
    }
    return answers
  })
}

/**
 * Drop every queued checkout, sent or refused: the shopper changed, and a checkout belongs to the
 * shopper who placed it. Call it under the shopper-sync lock, as `forgetOrders`.
 */
export function forgetPendingCheckouts(db: LocalDb): Promise<void> {
  return db.pendingCheckouts.clear()
}

async function sendOne(db: LocalDb, row: PendingCheckout): Promise<CheckoutAnswer> {
  let order: Order
  try {
    order = await postCheckout(db, row.idempotencyKey, requestOf(row))
  } catch (error) {
    if (!isRefusal(error)) throw error
    await db.pendingCheckouts.update(row.idempotencyKey, { error: error.code })
    return { idempotencyKey: row.idempotencyKey, outcome: 'refused', code: error.code }
  }
  await db.transaction('rw', db.orders, db.pendingCheckouts, db.meta, async () => {
    await db.orders.put(order)
    await db.pendingCheckouts.delete(row.idempotencyKey)
    // The code went with this order: the next cart starts without it (a code is often one per customer).
    if (row.discountCode) await db.meta.delete(metaKeys.discountCode)
  })
  return { idempotencyKey: row.idempotencyKey, outcome: 'placed', orderId: order.id }
}

/** A 4xx other than 429 will not change by sending it again. */
function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status !== null && error.status < 500 && error.status !== 429
}

function requestOf(row: PendingCheckout): CheckoutRequestBody {
  return {
    ...(row.email ? { email: row.email } : {}),
    shippingAddress: row.shippingAddress,
    shippingMethod: row.shippingMethod,
    ...(row.locale ? { locale: row.locale } : {}),
    ...(row.discountCode ? { discountCode: row.discountCode } : {}),
    ...(row.saveAddress ? { saveAddress: true } : {}),
  }
}

async function sendable(db: LocalDb): Promise<PendingCheckout[]> {
  return (await db.pendingCheckouts.orderBy('createdAt').toArray()).filter((row) => !row.error)
}

function withCheckoutLock<T>(send: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return send()
  return navigator.locks.request(lockNames.checkoutSend, send)
}

function announce(answer: CheckoutAnswer): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(channelNames.checkoutAnswers)
  channel.postMessage(answer)
  channel.close()
}

/** Calls `listener` with every answer sent from this or another tab; returns the function that stops. */
export function listenForCheckoutAnswers(listener: (answer: CheckoutAnswer) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = new BroadcastChannel(channelNames.checkoutAnswers)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isCheckoutAnswer(event.data)) listener(event.data)
  }
  return () => channel.close()
}

function isCheckoutAnswer(value: unknown): value is CheckoutAnswer {
  if (typeof value !== 'object' || value === null) return false
  const answer = value as Record<string, unknown>
  return (
    typeof answer.idempotencyKey === 'string' &&
    ((answer.outcome === 'placed' && typeof answer.orderId === 'string') ||
      (answer.outcome === 'refused' && typeof answer.code === 'string'))
  )
}
