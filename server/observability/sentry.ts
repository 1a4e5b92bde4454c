/**
 * Server errors to Sentry when SENTRY_DSN is set (decision 0007). Without a DSN the reporter is a
 * no-op and @sentry/node is never imported, so nothing tries the network. The SDK runs minimal: no
 * default integrations (no http/fetch patching, no module hooks) and no OpenTelemetry setup of its
 * own — tracing.ts owns OpenTelemetry; our trace id travels as the `trace_id` tag instead.
 */

import { minimalDataCollection, scrubReport } from '../../shared/observability/scrub.ts'
import type { ErrorReportingConfig } from '../env.ts'
import { defaultRelease } from './release.ts'

/** Where an unhandled error happened; all optional (a job has no request). */
export type ErrorContext = {
  readonly traceId?: string | undefined
  readonly requestId?: string | undefined
  readonly method?: string | undefined
  /** The matched route pattern (`/api/orders/:id`), which groups like the spans do. */
  readonly route?: string | undefined
  readonly path?: string | undefined
}

export type ErrorReporter = {
  /** True when reports are sent (SENTRY_DSN set). */
  readonly sending: boolean
  /** Reports a bug (not an expected AppError); returns at once, the send is in the background. */
  capture(error: unknown, context: ErrorContext): void
  /** Sends what is still queued, waiting at most `timeoutMs`; on shutdown and in tests. */
  flush(timeoutMs: number): Promise<void>
  close(timeoutMs: number): Promise<void>
}

/** The reporter without a DSN: errors are logged by the caller and go nowhere else. */
export const silentErrorReporter: ErrorReporter = {
  sending: false,
  capture: () => {},
  flush: async () => {},
  close: async () => {},
}

export async function startErrorReporting(config: ErrorReportingConfig): Promise<ErrorReporter> {
  if (!config.dsn) return silentErrorReporter
  const Sentry = await import('@sentry/node')
  const client = Sentry.initWithoutDefaultIntegrations({
    dsn: config.dsn,
    environment: config.environment,
    release: config.release ?? defaultRelease(),
    integrations: [Sentry.linkedErrorsIntegration(), Sentry.dedupeIntegration()],
    dataCollection: minimalDataCollection,
    enableOpenTelemetrySetup: false,
    enableRuntimeChannelInjection: false,
    beforeSend: (event) => scrubReport(event),
    beforeBreadcrumb: (breadcrumb) => scrubReport(breadcrumb),
  })
  if (!client) throw new Error('Sentry did not start although SENTRY_DSN is set')
  return {
    sending: true,
    capture: (error, context) => {
      Sentry.withScope((scope) => {
        // The event's trace is ours (tracing.ts), so Sentry and the logs name the same trace.
        if (context.traceId) scope.setPropagationContext({ traceId: context.traceId, sampleRand: Math.random() })
        scope.setTags(tagsOf(context))
        Sentry.captureException(error)
      })
    },
    flush: async (timeoutMs) => {
      await client.flush(timeoutMs)
    },
    close: async (timeoutMs) => {
      await client.close(timeoutMs)
    },
  }
}

function tagsOf(context: ErrorContext): Record<string, string> {
  const tags = {
    trace_id: context.traceId,
    request_id: context.requestId,
    'http.method': context.method,
    'http.route': context.route,
    'http.path': context.path,
  }
  return Object.fromEntries(Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== undefined))
}
