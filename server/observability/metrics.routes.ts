/**
 * `GET /metrics` in Prometheus text format, served on its own port (METRICS_PORT, loopback by
 * default) rather than on the shop's: whoever can reach that port may scrape, nobody else can
 * (decision 0006). Anything else on that port is a 404.
 */
import { Hono } from 'hono'
import type { Metrics } from './metrics.ts'

export function createMetricsApp(metrics: Metrics) {
  return new Hono().get('/metrics', async (c) =>
    c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }),
  )
}
