/**
 * "Download my data" (issue 18): one JSON document with what the shop stores about the account.
 * Search analytics are not in it: searches and clicks carry only an anonymous per-device id the
 * account is never linked to (server/db/search-schema.ts), so none of them is attributable.
 */
import type { DeviceSession } from '../../shared/account/data-rights.ts'
import type { User } from '../../shared/account/user.ts'
import type { AppDeps } from '../platform/app-env.ts'
import {
  countPushSubscriptions,
  findAccountShopperId,
  readAccountForExport,
  readOrdersForExport,
  readReviewsForExport,
  readSavedAddressesForExport,
  readShopperEventsForExport,
  readShopperItemsForExport,
} from './account-export.repository.ts'
import { listDeviceSessions } from './device-sessions.service.ts'
import type { ActiveSession } from './session.service.ts'

export const exportFormatVersion = 1

export async function exportAccountData(deps: Pick<AppDeps, 'db' | 'clock'>, user: User, session: ActiveSession) {
  const { db } = deps
  const shopperId = await findAccountShopperId(db, user.id)
  const sessions: DeviceSession[] = await listDeviceSessions(deps, user, session)
  const items = shopperId ? await readShopperItemsForExport(db, shopperId) : { cart: [], wishlist: [] }
  return {
    format: exportFormatVersion,
    exportedAt: deps.clock().toISOString(),
    account: await readAccountForExport(db, user.id),
    savedAddresses: await readSavedAddressesForExport(db, user.id),
    orders: await readOrdersForExport(db, user.id),
    reviews: await readReviewsForExport(db, user.id),
    cart: items.cart,
    wishlist: items.wishlist,
    pushSubscriptions: { count: await countPushSubscriptions(db, user.id, shopperId) },
    sessions,
    events: shopperId ? await readShopperEventsForExport(db, shopperId) : [],
    searchAnalytics: { note: 'Searches are recorded with an anonymous device id only; none is linked to the account.' },
  }
}

/** `storefront-data-2026-12-07.json`: the day of the export, in UTC. */
export function exportFileName(now: Date): string {
  return `storefront-data-${now.toISOString().slice(0, 10)}.json`
}
