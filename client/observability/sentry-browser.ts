/**
 * The Sentry browser SDK, in a chunk of its own that error-reporting.ts loads only when the build has
 * a DSN. Reports go through an offline transport: one that cannot be sent (the shop is offline) waits
 * in IndexedDB and is sent when the browser is back online or on the next start.
 */
import {
  type Breadcrumb,
  type BreadcrumbHint,
  init,
  makeBrowserOfflineTransport,
  makeFetchTransport,
  setTag,
} from '@sentry/browser'
import { minimalDataCollection, scrubReport } from '../../shared/observability/scrub.ts'
import { errorReportsDatabaseName } from '../local-data/storage-keys.ts'
import { traceIdOfTraceparent } from './traceparent.ts'

const offlineTransport = makeBrowserOfflineTransport(makeFetchTransport)

export function startSentry(dsn: string): void {
  init({
    dsn,
    release: __APP_RELEASE__,
    environment: import.meta.env.VITE_SENTRY_ENVIRONMENT || import.meta.env.MODE,
    transport: (options) => offlineTransport({ ...options, dbName: errorReportsDatabaseName, flushAtStartup: true }),
    dataCollection: minimalDataCollection,
    beforeSend: (event) => scrubReport(event),
    beforeBreadcrumb: (breadcrumb, hint) => scrubReport(withServerTraceId(breadcrumb, hint)),
  })
}

/**
 * Notes the server's trace id on each API call's breadcrumb and tags later reports with the last one,
 * so a browser error leads to the server's log lines (which carry the same trace id).
 */
function withServerTraceId(breadcrumb: Breadcrumb, hint: BreadcrumbHint | undefined): Breadcrumb {
  const response: unknown = hint?.response
  if (breadcrumb.category !== 'fetch' || !(response instanceof Response)) return breadcrumb
  const traceId = traceIdOfTraceparent(response.headers.get('traceparent'))
  if (!traceId) return breadcrumb
  setTag('trace_id', traceId)
  return { ...breadcrumb, data: { ...breadcrumb.data, trace_id: traceId } }
}
