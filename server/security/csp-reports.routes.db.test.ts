import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { createInProcessRateLimiter } from '../platform/rate-limit.ts'
import { testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { cspReportsPerIp } from './csp-reports.routes.ts'

type LogLine = { level: string; msg: string; cspViolation?: Record<string, unknown> }

/** The app with its log lines captured, so a test can read what was logged. */
function appWithLog(db: Parameters<typeof createApp>[0]['db']) {
  const lines: LogLine[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine)
      done()
    },
  })
  const logger = pino({ level: 'warn', formatters: { level: (label) => ({ level: label }) } }, sink)
  const app = createApp({ config: testConfig(), db, logger, rateLimiter: createInProcessRateLimiter() })
  const violations = () => lines.filter((line) => line.msg === 'csp violation').map((line) => line.cspViolation)
  return { app, violations }
}

const legacyReport = {
  'csp-report': {
    'document-uri': 'http://shop.test/products/red-kettle',
    referrer: '',
    'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem',
    'original-policy': "default-src 'self'",
    disposition: 'enforce',
    'blocked-uri': 'inline',
    'line-number': 12,
    'source-file': 'http://shop.test/products/red-kettle',
    'status-code': 200,
  },
}

const reportingApiReports = [
  {
    type: 'csp-violation',
    age: 10,
    url: 'http://shop.test/cart',
    user_agent: 'Chromium',
    body: {
      documentURL: 'http://shop.test/cart',
      blockedURL: 'https://evil.example/x.js',
      effectiveDirective: 'script-src-elem',
      disposition: 'enforce',
      statusCode: 200,
    },
  },
  { type: 'deprecation', age: 1, url: 'http://shop.test/', user_agent: 'Chromium', body: { id: 'x' } },
]

const post = (body: string, contentType: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': contentType, ...headers },
  body,
})

describe.each(await databaseTargets())('CSP violation reports on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return

  it('logs a report-uri (application/csp-report) violation as one warn line and answers 204', async () => {
    const { app, violations } = appWithLog(database().db)
    const response = await app.request('/api/csp-reports', post(JSON.stringify(legacyReport), 'application/csp-report'))
    expect(response.status).toBe(204)
    expect(violations()).toEqual([
      {
        documentUri: 'http://shop.test/products/red-kettle',
        blockedUri: 'inline',
        directive: 'script-src-elem',
        disposition: 'enforce',
        sourceFile: 'http://shop.test/products/red-kettle',
        line: 12,
      },
    ])
  })

  it('logs each csp-violation of a Reporting API batch (application/reports+json) and skips other types', async () => {
    const { app, violations } = appWithLog(database().db)
    const response = await app.request(
      '/api/csp-reports',
      post(JSON.stringify(reportingApiReports), 'application/reports+json'),
    )
    expect(response.status).toBe(204)
    expect(violations()).toEqual([
      {
        documentUri: 'http://shop.test/cart',
        blockedUri: 'https://evil.example/x.js',
        directive: 'script-src-elem',
        disposition: 'enforce',
      },
    ])
  })

  it('needs no CSRF token even when the browser sends the session cookie', async () => {
    const { app, violations } = appWithLog(database().db)
    const session = await app.request('/api/auth/session')
    const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? ''
    expect(cookie).toMatch(/^sf_session=/)
    const response = await app.request(
      '/api/csp-reports',
      post(JSON.stringify(legacyReport), 'application/csp-report', { cookie }),
    )
    expect(response.status).toBe(204)
    expect(violations()).toHaveLength(1)
  })

  it('refuses a report over 16 kB with 413 and logs nothing', async () => {
    const { app, violations } = appWithLog(database().db)
    const big = { 'csp-report': { ...legacyReport['csp-report'], 'script-sample': 'x'.repeat(17 * 1024) } }
    const response = await app.request('/api/csp-reports', post(JSON.stringify(big), 'application/csp-report'))
    expect(response.status).toBe(413)
    expect(((await response.json()) as ProblemDetails).code).toBe('PAYLOAD_TOO_LARGE')
    expect(violations()).toEqual([])
  })

  it.each([
    ['garbage JSON', '{"csp-report": ', 'application/csp-report'],
    ['a body that is no report', '{"hello": "world"}', 'application/csp-report'],
    ['a Reporting API body that is no list', '{"type": "csp-violation"}', 'application/reports+json'],
    ['another media type', JSON.stringify(legacyReport), 'text/plain'],
  ])('answers 400 INVALID_INPUT to %s', async (_name, body, contentType) => {
    const { app, violations } = appWithLog(database().db)
    const response = await app.request('/api/csp-reports', post(body, contentType))
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).code).toBe('INVALID_INPUT')
    expect(violations()).toEqual([])
  })

  it('rate-limits reports per IP with 429 and Retry-After', async () => {
    const { app, violations } = appWithLog(database().db)
    const send = () => app.request('/api/csp-reports', post(JSON.stringify(legacyReport), 'application/csp-report'))
    for (let i = 0; i < cspReportsPerIp.limit; i++) expect((await send()).status).toBe(204)
    const limited = await send()
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(violations()).toHaveLength(cspReportsPerIp.limit)
  })
})
