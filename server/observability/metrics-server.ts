/**
 * The listener of GET /metrics (decision 0006): its own port, loopback by default, so the shop's
 * port never exposes it. A port already taken is logged and the shop runs on without metrics:
 * observability is not worth an outage (Prometheus shows the target down).
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { MetricsConfig } from '../env.ts'
import type { Logger } from '../platform/logger.ts'
import { createMetricsApp } from './metrics.routes.ts'
import type { Metrics } from './metrics.ts'

export type MetricsServer = { close(): Promise<void> }

export function serveMetrics(metrics: Metrics, config: MetricsConfig, logger: Logger): MetricsServer {
  const app = createMetricsApp(metrics)
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    logger.info({ url: `http://${config.host}:${info.port}/metrics` }, 'metrics listening')
  })
  server.once('error', (error) => {
    logger.error({ err: error, port: config.port, host: config.host }, 'metrics endpoint cannot listen')
  })
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        // A scraper's keep-alive connection would otherwise hold close() open until it times out.
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  }
}
