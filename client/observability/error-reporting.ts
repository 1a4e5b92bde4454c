/**
 * Error tracking in the browser (decision 0007). Sentry is loaded only when the build has a DSN
 * (VITE_SENTRY_DSN), as a chunk fetched once the page is idle after its first paint. Without a DSN the
 * condition below is a constant the bundler folds away, so the build contains no Sentry chunk at all
 * and nothing tries the network.
 */
import { scheduleIdle } from '../platform/idle.ts'

export type ErrorReportingOptions = {
  readonly dsn: string | undefined
  /** Loads and starts the SDK; absent in a build without a DSN. */
  readonly start: ((dsn: string) => Promise<void>) | undefined
  readonly schedule: (work: () => void) => unknown
}

const buildOptions = (): ErrorReportingOptions => ({
  dsn: import.meta.env.VITE_SENTRY_DSN,
  start: import.meta.env.VITE_SENTRY_DSN
    ? async (dsn) => (await import('./sentry-browser.ts')).startSentry(dsn)
    : undefined,
  schedule: scheduleIdle,
})

/** Schedules the SDK's start when there is a DSN; returns whether it did. Call after the first render. */
export function startErrorReporting(options: ErrorReportingOptions = buildOptions()): boolean {
  const { dsn, start } = options
  if (!dsn || !start) return false
  options.schedule(() => {
    // A chunk that cannot load (offline before the worker cached it) must not break the shop.
    start(dsn).catch((error: unknown) => console.error('error reporting did not start', error))
  })
  return true
}
