/**
 * The shopper's analytics consent (issue 17 §3): what the device (and, signed in, the account)
 * stores after the banner. Before a choice, and whenever the browser sends Global Privacy Control
 * or Do Not Track, only strictly necessary data is kept: no analytics event is recorded or sent.
 * Zod-free, so the client can use it; the schema is in analytics-consent-schema.ts.
 */

/** Optional categories the shopper can choose; strictly necessary storage needs no consent. */
export const consentCategories = ['analytics'] as const
export type ConsentCategory = (typeof consentCategories)[number]

export type AnalyticsConsent = {
  /** `granted` when an optional category is on, `denied` when none is. */
  readonly status: 'granted' | 'denied'
  readonly categories: { readonly analytics: boolean }
  /** When the shopper chose (ISO date-time). */
  readonly at: string
}

/** Builds a consent record from the chosen categories. */
export function consentOf(categories: { readonly analytics: boolean }, at: Date): AnalyticsConsent {
  return {
    status: categories.analytics ? 'granted' : 'denied',
    categories: { analytics: categories.analytics },
    at: at.toISOString(),
  }
}

/** True when analytics events may be recorded: consent granted and no browser opt-out signal. */
export function mayRecordAnalytics(consent: AnalyticsConsent | null | undefined, optedOutByBrowser: boolean): boolean {
  return !optedOutByBrowser && consent?.status === 'granted' && consent.categories.analytics
}
