/**
 * Security headers on every response of the app (DESIGN §6), so a route added later gets them too.
 * The SPA is a static build with no inline script (vite-plugin-pwa runs with injectRegister: false),
 * so `script-src 'self'` needs neither nonces nor hashes; keep it that way rather than loosening
 * the policy — e2e tests fail on any CSP violation.
 */
import { createMiddleware } from 'hono/factory'
import type { Config } from '../env.ts'
import type { AppEnv } from './app-env.ts'
import { withEveryResponseHeaders } from './response-headers.ts'

/** Where browsers send violation reports (report-uri; in production also report-to via Reporting-Endpoints). */
export const cspReportPath = '/api/csp-reports'
const reportGroup = 'csp'

// Stripe.js and its 3-D Secure frames, allowed only when Stripe is configured.
const stripeSources = {
  script: ['https://js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
} as const

export type SecurityPolicyOptions = {
  /** HSTS only in production: on http://localhost it would pin the host to https for a year. */
  readonly production: boolean
  /** Allow Stripe.js (STRIPE_PUBLISHABLE_KEY is set). */
  readonly stripe: boolean
  /** Where the browser sends error reports (the origin of VITE_SENTRY_DSN); absent means nowhere. */
  readonly errorReportOrigin?: string | undefined
  /** Where product images come from besides the own origin (IMAGE_CDN_URL's); absent means nowhere. */
  readonly imageCdnOrigin?: string | undefined
}

export function securityPolicyOptions(config: Config): SecurityPolicyOptions {
  return {
    production: config.nodeEnv === 'production',
    stripe: config.stripePublishableKey !== undefined,
    errorReportOrigin: config.errorReporting.browserOrigin,
    imageCdnOrigin: config.imageCdn?.origin ?? undefined,
  }
}

export function contentSecurityPolicy(options: SecurityPolicyOptions): string {
  const { production, stripe, errorReportOrigin, imageCdnOrigin } = options
  const withStripe = (own: readonly string[], extra: readonly string[]) => (stripe ? [...own, ...extra] : own)
  const errorReports = errorReportOrigin ? [errorReportOrigin] : []
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': withStripe(["'self'"], stripeSources.script),
    'style-src': ["'self'"],
    // data: carries the image placeholders (shared/catalog/product-image-sources.ts).
    'img-src': ["'self'", 'data:', 'blob:', ...(imageCdnOrigin ? [imageCdnOrigin] : [])],
    'font-src': ["'self'"],
    'connect-src': [...withStripe(["'self'"], stripeSources.connect), ...errorReports],
    // 'self': the admin's mailbox frames an email's HTML (decision 0020); every other own response
    // refuses to be framed (frame-ancestors 'none', X-Frame-Options: DENY).
    'frame-src': withStripe(["'self'"], stripeSources.frame),
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'report-uri': [cspReportPath],
    // Chromium ignores report-uri when report-to is present, and (seen with Chromium 156) sends no
    // Reporting API report from a plain-http page: so report-to only where the shop runs on https.
    ...(production ? { 'report-to': [reportGroup] } : {}),
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** The full header set, computed once per app. */
export function securityHeaderValues(options: SecurityPolicyOptions): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    ...(options.production
      ? {
          'Reporting-Endpoints': `${reportGroup}="${cspReportPath}"`,
          'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
        }
      : {}),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': [
      'camera=()',
      'microphone=()',
      'geolocation=()',
      'usb=()',
      'serial=()',
      options.stripe ? 'payment=(self "https://js.stripe.com")' : 'payment=(self)',
    ].join(', '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** Whatever the app answers carries the headers, errors and 404s included (response-headers.ts). */
export function securityHeaders(options: SecurityPolicyOptions) {
  const headers = Object.entries(securityHeaderValues(options))
  return createMiddleware<AppEnv>((c, next) => withEveryResponseHeaders(c, headers, next))
}
