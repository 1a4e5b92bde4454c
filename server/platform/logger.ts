import { pino } from 'pino'
import type { LogLevel } from '../env.ts'

export type Logger = pino.Logger

/** JSON lines on stdout; level from config (tests default to silent). */
export function createLogger(level: LogLevel): Logger {
  // Level names rather than pino's numbers, so log search does not need a lookup table.
  return pino({ level, base: { service: 'storefront' }, formatters: { level: (label) => ({ level: label }) } })
}
