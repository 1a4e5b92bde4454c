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

  it('uses in-process pub/sub and rate limits unless REDIS_URL is set', () => {
    const config = loadConfig({})
    expect(config.redis).toBeUndefined()
    expect(config.admin).toEqual({ email: 'admin@storefront.local', password: undefined })
    expect(config.sessionTtlDays).toBe(30)
    expect(config.trustProxy).toBe(0)
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/2' }).redis).toEqual({
      url: 'redis://cache:6379/2',
      keyPrefix: 'storefront:',
    })
    expect(loadConfig({ REDIS_URL: 'rediss://cache', REDIS_KEY_PREFIX: 'shop-b:' }).redis?.keyPrefix).toBe('shop-b:')
  })

  it('takes the admin account and session lifetime from the environment', () => {
    const config = loadConfig({
      ADMIN_EMAIL: 'Boss@Example.com',
      ADMIN_PASSWORD: 'correct horse battery',
      SESSION_TTL_DAYS: '7',
      TRUST_PROXY: 'true',
    })
    expect(config.admin).toEqual({ email: 'boss@example.com', password: 'correct horse battery' })
    expect(config.sessionTtlDays).toBe(7)
    expect(config.trustProxy).toBe(1)
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0)
  })

  it('keeps tests quiet unless LOG_LEVEL asks otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent')
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug')
  })

  it('logs at info by default in development and production alike (npm run dev asks for debug)', () => {
    expect(loadConfig({}).logLevel).toBe('info')
    expect(loadConfig({ NODE_ENV: 'production' }).logLevel).toBe('info')
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug')
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
    ['REDIS_URL', 'http://cache:6379'],
    ['REDIS_KEY_PREFIX', 'has space'],
    ['ADMIN_EMAIL', 'nobody'],
    ['ADMIN_PASSWORD', 'short'],
    ['ADMIN_PASSWORD', 'password12'],
    ['ADMIN_PASSWORD', '          '],
    ['SESSION_TTL_DAYS', '0'],
    ['TRUST_PROXY', 'sometimes'],
    ['TRUST_PROXY', '11'],
    ['RESERVATION_MINUTES', '0'],
    ['RESERVATION_MINUTES', 'half an hour'],
    ['PAYMENT_RECONCILE_SECONDS', '1'],
    ['PAYMENT_RECONCILE_GRACE_SECONDS', '-1'],
  ])('names %s=%s in the error', (variable, value) => {
    const error = configIssues({ [variable]: value })
    expect(error.issues.map((i) => i.variable)).toEqual([variable])
    expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${variable}: `))
  })

  it('holds checkout reservations for 30 minutes unless RESERVATION_MINUTES says otherwise', () => {
    expect(loadConfig({}).reservationMinutes).toBe(30)
    expect(loadConfig({ RESERVATION_MINUTES: '5' }).reservationMinutes).toBe(5)
  })

  it('reconciles payments in flight every minute, two minutes after their last change, unless told otherwise', () => {
    expect(loadConfig({}).paymentReconciliation).toEqual({ intervalMs: 60_000, graceMs: 120_000 })
    const custom = loadConfig({ PAYMENT_RECONCILE_SECONDS: '30', PAYMENT_RECONCILE_GRACE_SECONDS: '0' })
    expect(custom.paymentReconciliation).toEqual({ intervalMs: 30_000, graceMs: 0 })
  })

  it('keeps events 7 days and mutation ids 90 days unless told otherwise, never ids under a week', () => {
    expect(loadConfig({}).retention).toEqual({ eventDays: 7, mutationIdDays: 90 })
    const custom = loadConfig({ EVENT_RETENTION_DAYS: '1', MUTATION_ID_RETENTION_DAYS: '365' })
    expect(custom.retention).toEqual({ eventDays: 1, mutationIdDays: 365 })
    expect(configIssues({ EVENT_RETENTION_DAYS: '0' }).issues.map((i) => i.variable)).toEqual(['EVENT_RETENTION_DAYS'])
    expect(configIssues({ MUTATION_ID_RETENTION_DAYS: '3' }).message).toMatch(
      /^Invalid configuration: MUTATION_ID_RETENTION_DAYS: must be an integer from 7 to 3650 \(a browser may replay/,
    )
  })

  it('sends email to the local mailbox unless RESEND_API_KEY is set, and dead-letters after 8 attempts', () => {
    expect(loadConfig({}).email).toEqual({ from: 'Storefront <shop@storefront.local>', maxAttempts: 8, resend: null })
    const email = loadConfig({
      RESEND_API_KEY: 're_abc',
      RESEND_BASE_URL: 'http://127.0.0.1:9',
      EMAIL_MAX_ATTEMPTS: '3',
    }).email
    expect(email).toMatchObject({ maxAttempts: 3, resend: { apiKey: 're_abc', baseUrl: 'http://127.0.0.1:9' } })
    expect(configIssues({ RESEND_BASE_URL: 'http://127.0.0.1:9' }).issues[0]?.variable).toBe('RESEND_BASE_URL')
    expect(configIssues({ EMAIL_MAX_ATTEMPTS: '0' }).issues[0]?.variable).toBe('EMAIL_MAX_ATTEMPTS')
    expect(configIssues({ RESEND_API_KEY: 'sk_nope' }).issues[0]?.variable).toBe('RESEND_API_KEY')
  })

  it('uses Stripe only with its secret, publishable and webhook keys together', () => {
    expect(loadConfig({}).stripe).toBeNull()
    const keys = { STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' }
    expect(configIssues(keys).issues).toEqual([
      { variable: 'STRIPE_WEBHOOK_SECRET', message: 'is required when STRIPE_SECRET_KEY is set' },
    ])
    expect(configIssues({ STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).issues[0]?.variable).toBe('STRIPE_WEBHOOK_SECRET')
    const stripe = loadConfig({
      ...keys,
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
    }).stripe
    expect(stripe).toEqual({
      secretKey: 'sk_test_abc',
      publishableKey: 'pk_test_abc',
      webhookSecret: 'whsec_abc',
      api: { host: '127.0.0.1', port: 12111, protocol: 'http' },
    })
    expect(configIssues({ ...keys, STRIPE_SECRET_KEY: 'pk_test_abc' }).issues[0]?.variable).toBe('STRIPE_SECRET_KEY')
  })

  it('reports errors to Sentry only with a DSN, and takes the CSP origin from the browser DSN', () => {
    expect(loadConfig({}).errorReporting).toEqual({
      dsn: undefined,
      environment: 'development',
      release: undefined,
      browserOrigin: undefined,
    })
    const set = loadConfig({
      SENTRY_DSN: 'https://key@o1.ingest.sentry.example/7',
      SENTRY_ENVIRONMENT: 'staging',
      SENTRY_RELEASE: 'storefront@1.2.3',
      VITE_SENTRY_DSN: 'https://other@o2.ingest.sentry.example:8443/8',
    }).errorReporting
    expect(set).toEqual({
      dsn: 'https://key@o1.ingest.sentry.example/7',
      environment: 'staging',
      release: 'storefront@1.2.3',
      browserOrigin: 'https://o2.ingest.sentry.example:8443',
    })
    expect(configIssues({ SENTRY_DSN: 'not a url' }).issues[0]?.variable).toBe('SENTRY_DSN')
  })

  it('exports traces only with an OTLP endpoint and serves metrics on loopback port 9464 by default', () => {
    const defaults = loadConfig({})
    expect(defaults.tracing).toEqual({ otlpEndpoint: undefined, serviceName: 'storefront' })
    expect(defaults.metrics).toEqual({ port: 9464, host: '127.0.0.1' })
    const set = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SERVICE_NAME: 'shop-eu',
      METRICS_PORT: '0',
      METRICS_HOST: '10.0.0.5',
    })
    expect(set.tracing).toEqual({ otlpEndpoint: 'http://collector:4318', serviceName: 'shop-eu' })
    expect(set.metrics).toEqual({ port: 0, host: '10.0.0.5' })
    expect(configIssues({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }).issues[0]?.variable).toBe(
      'OTEL_EXPORTER_OTLP_ENDPOINT',
    )
    expect(configIssues({ METRICS_PORT: '70000' }).issues[0]?.variable).toBe('METRICS_PORT')
  })

  it('serves product images itself unless IMAGE_CDN_URL names an image CDN, whose origin the CSP needs', () => {
    expect(loadConfig({}).imageCdn).toBeNull()
    const template = 'https://shop.imgix.net/{path}?w={width}&fm={format}&q={quality}'
    expect(loadConfig({ IMAGE_CDN_URL: template }).imageCdn).toEqual({ template, origin: 'https://shop.imgix.net' })
    const sameOrigin = '/cdn-cgi/image/width={width},format={format}/{path}'
    expect(loadConfig({ IMAGE_CDN_URL: sameOrigin }).imageCdn).toEqual({ template: sameOrigin, origin: null })
  })

  it.each([
    ['https://cdn.example.com/{path}?w={width}', 'must contain {format}'],
    ['https://cdn.example.com/{path}?w={width}&fm={format}&h={height}', 'unknown placeholder {height}'],
    ['cdn.example.com/{path}?w={width}&fm={format}', 'must be an http:// or https:// URL'],
  ])('refuses IMAGE_CDN_URL=%s saying what is wrong', (template, problem) => {
    const error = configIssues({ IMAGE_CDN_URL: template })
    expect(error.issues).toEqual([{ variable: 'IMAGE_CDN_URL', message: expect.stringContaining(problem) }])
  })

  it('reports every bad variable at once', () => {
    const error = configIssues({ PORT: 'x', NODE_ENV: 'y' })
    expect(error.issues.map((i) => i.variable).sort()).toEqual(['NODE_ENV', 'PORT'])
  })
})
