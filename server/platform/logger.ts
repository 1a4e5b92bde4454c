import { pino } from 'pino'
import type { LogLevel } from '../env.ts'
import { activeTraceIds } from '../observability/tracing.ts'

export type Logger = pino.Logger

/**
 * JSON lines on stdout; level from config (tests default to silent). A line written while a span is
 * active (during a request, a traced job) carries its traceId and spanId, read at write time.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'storefront' },
    // Level names rather than pino's numbers, so log search does not need a lookup table.
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => activeTraceIds() ?? {},
  }
  // A destination only in tests that read the lines back. Otherwise stdout, written asynchronously:
  // lines logged while a write is in flight go out together in the next one, instead of one
  // blocking write per request line; pino flushes what is left when the process exits.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }))
}
