/**
 * Analytics ingestion and server-side events (issue 17 §2, decision 0035). Clients send batches of
 * events already validated by the shared schema; the server records what it knows best (an order
 * paid, a refund settled) itself, in the transaction that made the change, under an event id
 * derived from the change — so a replayed webhook or a retried transaction never counts twice, and
 * the client never sends these events. Nothing here reads or stores an IP address.
 */
import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { mayRecordAnalytics } from '../../shared/analytics/analytics-consent.ts'
import { type AnalyticsEventPayload, parseAnalyticsEvent } from '../../shared/analytics/analytics-event-schema.ts'
import { AnalyticsEvent } from '../../shared/analytics/analytics-events.ts'
import { isLocale } from '../../shared/i18n/locales.ts'
import { marketOfCountry } from '../../shared/markets/market.ts'
import { orderLines } from '../db/schema.ts'
import type { OrderRow } from '../orders/orders.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import {
  type AnalyticsEventRow,
  insertAnalyticsEvents,
  latestAnonymousIdOf,
  linkAnonymousId,
  readAccountConsent,
} from './analytics.repository.ts'

/** The stored row of a validated event: envelope in columns, the rest as JSON. */
export function rowOfEvent(event: AnalyticsEventPayload, userId: string | null = null): AnalyticsEventRow {
  return {
    eventId: event.eventId,
    event: event.event,
    anonymousId: event.anonymousId,
    userId,
    occurredAt: new Date(event.occurredAt),
    locale: event.locale,
    market: event.market,
    deviceType: event.deviceType,
    properties: event.properties,
    context: event.experiments ? { experiments: event.experiments } : {},
  }
}

/** Stores a client batch in one insert; answers how many events were new (resent ones are skipped). */
export async function ingestAnalyticsBatch(
  deps: Pick<AppDeps, 'db'>,
  events: readonly AnalyticsEventPayload[],
): Promise<{ accepted: number; duplicates: number }> {
  // A batch may name one event twice (a retry appended to a queue that still had it).
  const unique = [...new Map(events.map((e) => [e.eventId, e])).values()]
  const accepted = await insertAnalyticsEvents(
    deps.db,
    unique.map((e) => rowOfEvent(e)),
  )
  return { accepted, duplicates: events.length - accepted }
}

/** Signed in: the device's anonymous id is joined to the account, so funnels follow it across devices. */
export async function identifyDevice(deps: Pick<AppDeps, 'db' | 'clock'>, anonymousId: string, userId: string) {
  await linkAnonymousId(deps.db, anonymousId, userId, deps.clock())
}

/** A uuid fixed by `parts` (SHA-256, shaped as a version-8 uuid): the same change always gets the same event id. */
export function derivedEventId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('')
  hex[12] = '8'
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/**
 * Whose device a server-side event is attributed to: only an account that granted analytics
 * consent and has signed in from a device (its latest anonymous id). Guests' orders are not
 * recorded server-side (no consent is known for them on the server; see decision 0035).
 */
async function consentedIdentity(tx: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null
  if (!mayRecordAnalytics(await readAccountConsent(tx, userId), false)) return null
  return latestAnonymousIdOf(tx, userId)
}

function envelopeOf(order: OrderRow, anonymousId: string, at: Date) {
  return {
    anonymousId,
    occurredAt: at.toISOString(),
    locale: isLocale(order.locale) ? order.locale : 'en',
    market: marketOfCountry(order.shippingAddress.country).id,
    // The server does not know the device; desktop is the neutral default for server-side events.
    deviceType: 'desktop' as const,
  }
}

async function productsOf(tx: Db, orderId: string) {
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId))
  return lines.slice(0, 200).map((line) => ({
    product_id: line.productId,
    ...(line.variantId ? { variant_id: line.variantId } : {}),
    sku: line.sku,
    price: line.unitPrice,
    quantity: line.quantity,
  }))
}

/** Stores an event the server built; one the schema refuses is logged and dropped, never failing the change. */
async function recordServerEvent(tx: Db, candidate: unknown, userId: string, logger?: AppDeps['logger']) {
  const parsed = parseAnalyticsEvent(candidate)
  if (!parsed.success) {
    logger?.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'server analytics event refused')
    return
  }
  await insertAnalyticsEvents(tx, [rowOfEvent(parsed.data, userId)])
}

/** In the transaction that made the order paid: Order Completed, once per order. */
export async function recordOrderCompleted(tx: Db, deps: Pick<AppDeps, 'logger' | 'clock'>, order: OrderRow) {
  const anonymousId = await consentedIdentity(tx, order.userId)
  if (!anonymousId || !order.userId) return
  const event = {
    ...envelopeOf(order, anonymousId, deps.clock()),
    eventId: derivedEventId(AnalyticsEvent.OrderCompleted, order.id),
    event: AnalyticsEvent.OrderCompleted,
    properties: {
      order_id: order.id,
      currency: order.currency,
      total: order.grandTotal,
      revenue: order.itemsTotal,
      shipping: order.shippingTotal,
      tax: order.taxTotal,
      discount: order.discountTotal,
      ...(order.discountCode ? { coupon: order.discountCode } : {}),
      products: await productsOf(tx, order.id),
    },
  }
  await recordServerEvent(tx, event, order.userId, deps.logger)
}

/** In the transaction that settled a refund: Order Refunded, once per refund. */
export async function recordOrderRefunded(
  tx: Db,
  order: OrderRow,
  refund: { readonly id: string; readonly amount: number },
  at: Date = new Date(),
) {
  const anonymousId = await consentedIdentity(tx, order.userId)
  if (!anonymousId || !order.userId) return
  const event = {
    ...envelopeOf(order, anonymousId, at),
    eventId: derivedEventId(AnalyticsEvent.OrderRefunded, refund.id),
    event: AnalyticsEvent.OrderRefunded,
    properties: { order_id: order.id, currency: order.currency, total: refund.amount },
  }
  await recordServerEvent(tx, event, order.userId)
}
