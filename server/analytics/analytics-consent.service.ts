/** The account's analytics consent (issue 17 §3) and the device join that consent allows. */
import { type AnalyticsConsent, mayRecordAnalytics } from '../../shared/analytics/analytics-consent.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { readAccountConsent, writeAccountConsent } from './analytics.repository.ts'
import { identifyDevice } from './analytics.service.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

export function readConsent(deps: Deps, userId: string): Promise<AnalyticsConsent | null> {
  return readAccountConsent(deps.db, userId)
}

/** Stores the choice; granted with a device id, also joins that device to the account. */
export async function saveConsent(
  deps: Deps,
  userId: string,
  input: { readonly consent: AnalyticsConsent; readonly anonymousId?: string | undefined },
): Promise<AnalyticsConsent> {
  await deps.db.transaction(async (tx) => {
    const txDeps = { ...deps, db: tx }
    await writeAccountConsent(tx, userId, input.consent)
    if (input.anonymousId && mayRecordAnalytics(input.consent, false))
      await identifyDevice(txDeps, input.anonymousId, userId)
  })
  return input.consent
}
