import { describe, expect, it } from 'vitest'
import { testConfig } from '../test-support/test-app.ts'
import { contentSecurityPolicy, securityHeaderValues, securityPolicyOptions } from './security-headers.ts'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('content security policy', () => {
  it('allows scripts only from the own origin, never inline or eval', () => {
    const csp = directives(contentSecurityPolicy({ production: true, stripe: false }))
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-src')).toEqual(["'self'"])
    expect(csp.get('report-uri')).toEqual(['/api/csp-reports'])
  })

  it('adds report-to (and its Reporting-Endpoints) in production only, keeping report-uri everywhere', () => {
    const production = securityHeaderValues({ production: true, stripe: false })
    expect(directives(production['Content-Security-Policy'] ?? '').get('report-to')).toEqual(['csp'])
    expect(production['Reporting-Endpoints']).toBe('csp="/api/csp-reports"')
    const development = securityHeaderValues({ production: false, stripe: false })
    const csp = directives(development['Content-Security-Policy'] ?? '')
    expect(csp.has('report-to')).toBe(false)
    expect(csp.get('report-uri')).toEqual(['/api/csp-reports'])
    expect(development).not.toHaveProperty('Reporting-Endpoints')
  })

  it("adds Stripe's origins only when Stripe is configured", () => {
    const without = contentSecurityPolicy({ production: true, stripe: false })
    expect(without).not.toContain('stripe.com')
    const csp = directives(contentSecurityPolicy({ production: true, stripe: true }))
    expect(csp.get('script-src')).toEqual(["'self'", 'https://js.stripe.com'])
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://api.stripe.com'])
    expect(csp.get('frame-src')).toEqual(["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com'])
    expect(csp.get('script-src')?.join(' ')).not.toMatch(/unsafe/)
  })

  it("lets the browser send error reports to the client DSN's origin only when one is configured", () => {
    const without = directives(contentSecurityPolicy(securityPolicyOptions(testConfig())))
    expect(without.get('connect-src')).toEqual(["'self'"])
    const config = testConfig({ VITE_SENTRY_DSN: 'https://public@o1.ingest.sentry.example:8443/42' })
    const csp = directives(contentSecurityPolicy(securityPolicyOptions(config)))
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://o1.ingest.sentry.example:8443'])
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it("lets images load from the image CDN's origin only when IMAGE_CDN_URL names one", () => {
    const without = directives(contentSecurityPolicy(securityPolicyOptions(testConfig())))
    expect(without.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    const config = testConfig({ IMAGE_CDN_URL: 'https://shop.imgix.net/{path}?w={width}&fm={format}' })
    const csp = directives(contentSecurityPolicy(securityPolicyOptions(config)))
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://shop.imgix.net'])
    const sameOrigin = testConfig({ IMAGE_CDN_URL: '/cdn-cgi/image/width={width},format={format}/{path}' })
    expect(directives(contentSecurityPolicy(securityPolicyOptions(sameOrigin))).get('img-src')).toHaveLength(3)
  })

  it('sends HSTS in production only', () => {
    expect(securityHeaderValues({ production: true, stripe: false })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains',
    )
    expect(securityHeaderValues({ production: false, stripe: false })).not.toHaveProperty('Strict-Transport-Security')
  })
})
