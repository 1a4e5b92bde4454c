import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../app.ts'
import { type Config, loadConfig } from '../env.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'

/** A test config: silent logs, a fresh temporary DATA_DIR, and no built SPA unless given. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-test-'))
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DIST_DIR: join(dataDir, 'no-dist'), ...overrides })
}

export function createTestApp(db: Db, config: Config = testConfig()) {
  return createApp({ config, db, logger: createLogger(config.logLevel) })
}
