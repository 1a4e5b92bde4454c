import { isAbsolute, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, repoRoot } from './env.ts'

function configIssues(env: Record<string, string>) {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('defaults to PGlite under ./data of the repository, port 3000, demo seed on', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', nodeEnv: 'development', seedDemoCatalog: true })
    expect(config.dataDir).toBe(join(repoRoot, 'data'))
    expect(config.distDir).toBe(join(repoRoot, 'dist'))
    expect(config.database).toEqual({ url: undefined, schema: undefined, pgliteDir: join(repoRoot, 'data', 'pglite') })
  })

  it('uses Postgres when DATABASE_URL is set and keeps absolute paths', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/shop',
      DATA_DIR: '/var/lib/shop',
      SEED_DEMO_CATALOG: 'false',
    })
    expect(config.database).toEqual({ url: 'postgres://u:p@db:5432/shop', schema: undefined, pgliteDir: undefined })
    expect(config.dataDir).toBe('/var/lib/shop')
    expect(isAbsolute(config.distDir)).toBe(true)
    expect(config.seedDemoCatalog).toBe(false)
  })

  it('keeps tests quiet unless LOG_LEVEL asks otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent')
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug')
  })

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000)
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://localhost/shop'],
    ['DATABASE_URL', 'not a url'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO_CATALOG', 'maybe'],
    ['DATABASE_SCHEMA', 'Robert"); drop'],
  ])('names %s=%s in the error', (variable, value) => {
    const error = configIssues({ [variable]: value })
    expect(error.issues.map((i) => i.variable)).toEqual([variable])
    expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${variable}: `))
  })

  it('reports every bad variable at once', () => {
    const error = configIssues({ PORT: 'x', NODE_ENV: 'y' })
    expect(error.issues.map((i) => i.variable).sort()).toEqual(['NODE_ENV', 'PORT'])
  })
})
