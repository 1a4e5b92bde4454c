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

/**
 * For suites that change the catalog with raw SQL, behind the back of the write paths that drop the
 * response cache: in production the change feed catches such writes within a second
 * (server/catalog/catalog-cache.db.test.ts); these suites test the routes' answers, not the cache.
 */
export function uncachedTestConfig(overrides: Record<string, string> = {}): Config {
  return testConfig({ SERVER_CACHE_MB: '0', ...overrides })
}

export function createTestApp(db: Db, config: Config = testConfig()) {
  return createApp({ config, db, logger: createLogger(config.logLevel) })
}
