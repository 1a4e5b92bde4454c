/**
 * The only reader of process.env: every setting is parsed once at boot into a typed Config, and a
 * bad value stops the start with a message naming the variable (DESIGN §2).
 */
import { isAbsolute, resolve } from 'node:path'
import { z } from 'zod'
import { passwordProblem, passwordProblemMessages } from '../shared/account/password-policy.ts'
import { imageCdnTemplateProblem, productImageSources } from '../shared/catalog/product-image-sources.ts'
import { isCommonPassword } from './account/common-passwords.ts'
import { repoRoot } from './platform/repo-root.ts'

/** Relative paths in config are taken from the repository root, not the directory `npm start` ran in. */
export { repoRoot }

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: 'must be a postgres:// or postgresql:// URL',
  })

const redisUrl = z.string().refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), {
  message: 'must be a redis:// or rediss:// URL',
})

const sentryDsn = z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
  message: 'must be a Sentry DSN (https://<key>@<host>/<project>)',
})

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1')

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be an integer from 0 to 65535' })
    .int('must be an integer from 0 to 65535')
    .min(0, 'must be an integer from 0 to 65535')
    .max(65535, 'must be an integer from 0 to 65535')
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z
    .string()
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && new URL(value).pathname === '/',
      {
        message: 'must be an http(s) origin such as https://shop.example.com',
      },
    )
    .optional(),
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { message: 'must be development, test or production' })
    .default('development'),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase Postgres identifier')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  DIST_DIR: z.string().default('./dist'),
  SEED_DEMO_CATALOG: flag.default(true),
  REDIS_URL: redisUrl.optional(),
  SERVER_CACHE_MB: z.coerce
    .number({ message: 'must be an integer from 0 to 4096' })
    .int('must be an integer from 0 to 4096')
    .min(0, 'must be an integer from 0 to 4096')
    .max(4096, 'must be an integer from 0 to 4096')
    .default(64),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -')
    .default('storefront:'),
  ADMIN_EMAIL: z.string().trim().toLowerCase().email('must be an email address').default('admin@storefront.local'),
  // The admin's password obeys the same policy as a shopper's (a boot with a common one fails).
  ADMIN_PASSWORD: z
    .string()
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value, isCommonPassword)
      if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemMessages[problem] })
    })
    .optional(),
  SESSION_TTL_DAYS: z.coerce
    .number({ message: 'must be an integer from 1 to 365' })
    .int('must be an integer from 1 to 365')
    .min(1, 'must be an integer from 1 to 365')
    .max(365, 'must be an integer from 1 to 365')
    .default(30),
  // How many reverse proxies stand in front (each appends to X-Forwarded-*): true/1 = one, false/0 =
  // none, 2…10 for a chain (CDN + load balancer).
  TRUST_PROXY: z
    .enum(['true', 'false', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], {
      message: 'must be true, false or a number of proxies from 0 to 10',
    })
    .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v)))
    .default(0),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'must be an http:// or https:// URL (an OTLP/HTTP collector)',
    })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('storefront'),
  METRICS_PORT: z.coerce
    .number({ message: 'must be an integer from 0 to 65535' })
    .int('must be an integer from 0 to 65535')
    .min(0, 'must be an integer from 0 to 65535')
    .max(65535, 'must be an integer from 0 to 65535')
    .default(9464),
  METRICS_HOST: z.string().default('127.0.0.1'),
  RESERVATION_MINUTES: z.coerce
    .number({ message: 'must be an integer from 1 to 1440' })
    .int('must be an integer from 1 to 1440')
    .min(1, 'must be an integer from 1 to 1440')
    .max(1440, 'must be an integer from 1 to 1440')
    .default(30),
  // Payment reconciliation (issue 18): how often payments in flight are read back from the provider,
  // and how long an order must stay unchanged first (its shopper may be paying right now).
  PAYMENT_RECONCILE_SECONDS: z.coerce
    .number({ message: 'must be an integer from 5 to 86400' })
    .int('must be an integer from 5 to 86400')
    .min(5, 'must be an integer from 5 to 86400')
    .max(86400, 'must be an integer from 5 to 86400')
    .default(60),
  PAYMENT_RECONCILE_GRACE_SECONDS: z.coerce
    .number({ message: 'must be an integer from 0 to 86400' })
    .int('must be an integer from 0 to 86400')
    .min(0, 'must be an integer from 0 to 86400')
    .max(86400, 'must be an integer from 0 to 86400')
    .default(120),
  // Retention (decision 0012): the event log is only SSE resume's catch-up (the client pulls state
  // on every reconnect) and the last 30 minutes of cart changes; mutation ids must outlive a replay.
  EVENT_RETENTION_DAYS: z.coerce
    .number({ message: 'must be an integer from 1 to 3650' })
    .int('must be an integer from 1 to 3650')
    .min(1, 'must be an integer from 1 to 3650')
    .max(3650, 'must be an integer from 1 to 3650')
    .default(7),
  MUTATION_ID_RETENTION_DAYS: z.coerce
    .number({ message: 'must be an integer from 7 to 3650 (a browser may replay its outbox for days)' })
    .int('must be an integer from 7 to 3650 (a browser may replay its outbox for days)')
    .min(7, 'must be an integer from 7 to 3650 (a browser may replay its outbox for days)')
    .max(3650, 'must be an integer from 7 to 3650 (a browser may replay its outbox for days)')
    .default(90),
  // Analytics events (issue 17, decision 0035) are pruned once they occurred this many days ago.
  ANALYTICS_RETENTION_DAYS: z.coerce
    .number({ message: 'must be an integer from 1 to 3650' })
    .int('must be an integer from 1 to 3650')
    .min(1, 'must be an integer from 1 to 3650')
    .max(3650, 'must be an integer from 1 to 3650')
    .default(395),
  API_KEY_ROTATION_OVERLAP_MINUTES: z.coerce
    .number({ message: 'must be an integer from 0 to 10080' })
    .int('must be an integer from 0 to 10080')
    .min(0, 'must be an integer from 0 to 10080')
    .max(10080, 'must be an integer from 0 to 10080')
    .default(60),
  API_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'must be an integer from 1 to 100000' })
    .int('must be an integer from 1 to 100000')
    .min(1, 'must be an integer from 1 to 100000')
    .max(100000, 'must be an integer from 1 to 100000')
    .default(600),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, 'must be a Stripe publishable key (pk_test_… or pk_live_…)')
    .optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(
      /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
      'must be a Stripe secret or restricted key (sk_test_…, sk_live_…, rk_…)',
    )
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9]+$/, 'must be a Stripe webhook signing secret (whsec_…)')
    .optional(),
  STRIPE_API_URL: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'must be an http:// or https:// URL (stripe-mock or a local stub)',
    })
    .optional(),
  RESEND_API_KEY: z
    .string()
    .regex(/^re_[A-Za-z0-9_]+$/, 'must be a Resend API key (re_…)')
    .optional(),
  RESEND_BASE_URL: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'must be an http:// or https:// URL (a local stub)',
    })
    .optional(),
  EMAIL_FROM: z
    .string()
    .trim()
    .min(3, 'must be a sender such as "Storefront <shop@example.com>"')
    .default('Storefront <shop@storefront.local>'),
  EMAIL_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be an integer from 1 to 50' })
    .int('must be an integer from 1 to 50')
    .min(1, 'must be an integer from 1 to 50')
    .max(50, 'must be an integer from 1 to 50')
    .default(8),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url VAPID public key (npx web-push generate-vapid-keys)')
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url VAPID private key (npx web-push generate-vapid-keys)')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .refine((value) => /^(mailto:.+@.+|https:\/\/.+)$/.test(value), { message: 'must be a mailto: or https: URL' })
    .default('mailto:shop@storefront.local'),
  SENTRY_DSN: sentryDsn.optional(),
  SENTRY_ENVIRONMENT: z.string().min(1).optional(),
  SENTRY_RELEASE: z.string().min(1).optional(),
  // Baked into the client at build time; read here too, so the CSP lets the browser send its reports.
  VITE_SENTRY_DSN: sentryDsn.optional(),
  IMAGE_CDN_URL: z
    .string()
    .superRefine((template, context) => {
      const problem = imageCdnTemplateProblem(template)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })
    .optional(),
})

export type NodeEnv = z.infer<typeof envSchema>['NODE_ENV']

export type DatabaseConfig = {
  /** Postgres connection URL; absent means the embedded PGlite. */
  readonly url: string | undefined
  /** Postgres schema to work in (sets search_path); absent means the server default (public). */
  readonly schema: string | undefined
  /** Where PGlite persists its files; absent means in-memory (tests). */
  readonly pgliteDir: string | undefined
}

export type Config = {
  readonly port: number
  readonly host: string
  /** The shop's public origin, for canonical URLs, the sitemap and link previews (PUBLIC_URL). */
  readonly publicUrl: string
  readonly nodeEnv: NodeEnv
  readonly logLevel: LogLevel
  readonly database: DatabaseConfig
  readonly dataDir: string
  readonly distDir: string
  readonly seedDemoCatalog: boolean
  /** Redis for pub/sub and rate limits; absent means in-process (one instance only). */
  readonly redis: RedisConfig | undefined
  /** Bytes the in-process response cache may hold (SERVER_CACHE_MB); 0 turns the response cache off. */
  readonly responseCacheBytes: number
  readonly admin: AdminConfig
  readonly sessionTtlDays: number
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For hop. */
  /** The number of trusted reverse proxies (0: X-Forwarded-* headers are ignored). */
  readonly trustProxy: number
  readonly tracing: TracingConfig
  readonly metrics: MetricsConfig
  /** How long checkout holds stock for an unpaid (or failed, retrying) order. */
  readonly reservationMinutes: number
  /** The payment reconciliation job (server/orders/payment-reconciliation.job.ts). */
  readonly paymentReconciliation: { readonly intervalMs: number; readonly graceMs: number }
  readonly retention: RetentionConfig
  /** Days an analytics event is kept after it occurred (ANALYTICS_RETENTION_DAYS, default 395). */
  readonly analyticsRetentionDays: number
  readonly apiKeys: ApiKeysConfig
  /** Stripe's publishable key; when set, the CSP allows Stripe.js (js.stripe.com, api.stripe.com). */
  readonly stripePublishableKey: string | undefined
  /** Stripe takes the payments when set; null means the built-in test provider. */
  readonly stripe: StripeConfig | null
  readonly errorReporting: ErrorReportingConfig
  readonly email: EmailConfig
  readonly push: PushConfig
  /** Product images go through an image CDN when set (IMAGE_CDN_URL); null means the shop's own /media. */
  readonly imageCdn: ImageCdnConfig | null
}

export type ImageCdnConfig = {
  /** The URL template; its placeholders are described at `imageCdnTemplateProblem` (shared/). */
  readonly template: string
  /** The CDN's origin, for the CSP's img-src; null when the template is a path on the shop's own origin. */
  readonly origin: string | null
}

/** Web Push (issue 6). */
export type PushConfig = {
  /** The env's VAPID pair; null means a pair generated once and stored in the database. */
  readonly vapidKeys: { readonly publicKey: string; readonly privateKey: string } | null
  /** Who push services may contact about this sender (mailto: or https:). */
  readonly subject: string
}

/** Transactional email (decision 0010). */
export type EmailConfig = {
  /** The From header, e.g. `Storefront <shop@example.com>`. */
  readonly from: string
  /** Attempts before an email is dead-lettered. */
  readonly maxAttempts: number
  /** Resend sends when configured; null means the local mailbox at /admin/mailbox. */
  readonly resend: ResendConfig | null
}

export type ResendConfig = {
  readonly apiKey: string
  /** Another API host (a test stub); absent means api.resend.com. */
  readonly baseUrl: string | undefined
}

/** Sentry error tracking (decision 0007); without a DSN errors are only logged and nothing is sent. */
export type ErrorReportingConfig = {
  /** The server's DSN (SENTRY_DSN). */
  readonly dsn: string | undefined
  readonly environment: string
  /** SENTRY_RELEASE; absent means `storefront@<version>` (+ the git commit when there is one). */
  readonly release: string | undefined
  /** Origin of the browser's DSN (VITE_SENTRY_DSN), allowed in the CSP's connect-src. */
  readonly browserOrigin: string | undefined
}

/** How long rows that only serve a window of time are kept (decision 0012); pruned by server/retention/. */
export type RetentionConfig = {
  /** Events (SSE resume, active carts) older than this many days are deleted. */
  readonly eventDays: number
  /** Applied mutation ids older than this are forgotten: a replay after that is applied again. */
  readonly mutationIdDays: number
}

/** The integration API's keys (decision 0009). */
export type ApiKeysConfig = {
  /** How long a rotated key keeps working next to its successor, unless the rotation says otherwise. */
  readonly rotationOverlapMinutes: number
  /** Requests per key and minute on /api/v1, counted across instances when Redis is configured. */
  readonly requestsPerMinute: number
}

export type StripeConfig = {
  readonly secretKey: string
  readonly publishableKey: string
  readonly webhookSecret: string
  /** Another API host (stripe-mock, a test stub); absent means api.stripe.com. */
  readonly api: { readonly host: string; readonly port: number; readonly protocol: 'http' | 'https' } | undefined
}

export type TracingConfig = {
  /** OTLP/HTTP collector; absent means trace ids only, nothing recorded or exported. */
  readonly otlpEndpoint: string | undefined
  readonly serviceName: string
}

/** GET /metrics listens on a port of its own, on loopback unless told otherwise (decision 0006). */
export type MetricsConfig = { readonly port: number; readonly host: string }

export type RedisConfig = {
  readonly url: string
  /** Prefix of every key and channel, so several deployments (or test runs) share one Redis. */
  readonly keyPrefix: string
}

export type AdminConfig = {
  readonly email: string
  /** When set, the admin account has this password; when not, one is generated and printed once. */
  readonly password: string | undefined
}

export type ConfigIssue = { readonly variable: string; readonly message: string }

export class ConfigError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(`Invalid configuration: ${issues.map((i) => `${i.variable}: ${i.message}`).join('; ')}`)
    this.name = 'ConfigError'
  }
}

type EnvSource = Readonly<Record<string, string | undefined>>

/** Parse the environment into a Config, or throw a ConfigError naming every bad variable. */
export function loadConfig(env: EnvSource = process.env): Config {
  // An empty variable (`PORT=`) means "not set", as shells and .env files commonly produce it.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    )
  }
  const e = parsed.data
  const stripe = stripeConfigOf(e)
  const dataDir = fromRepoRoot(e.DATA_DIR)
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).origin,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? defaultLogLevel(e.NODE_ENV),
    database: {
      url: e.DATABASE_URL,
      schema: e.DATABASE_SCHEMA,
      pgliteDir: e.DATABASE_URL ? undefined : resolve(dataDir, 'pglite'),
    },
    dataDir,
    distDir: fromRepoRoot(e.DIST_DIR),
    seedDemoCatalog: e.SEED_DEMO_CATALOG,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
    responseCacheBytes: e.SERVER_CACHE_MB * 1024 * 1024,
    admin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD },
    sessionTtlDays: e.SESSION_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    tracing: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME },
    metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST },
    reservationMinutes: e.RESERVATION_MINUTES,
    paymentReconciliation: {
      intervalMs: e.PAYMENT_RECONCILE_SECONDS * 1000,
      graceMs: e.PAYMENT_RECONCILE_GRACE_SECONDS * 1000,
    },
    retention: { eventDays: e.EVENT_RETENTION_DAYS, mutationIdDays: e.MUTATION_ID_RETENTION_DAYS },
    analyticsRetentionDays: e.ANALYTICS_RETENTION_DAYS,
    apiKeys: {
      rotationOverlapMinutes: e.API_KEY_ROTATION_OVERLAP_MINUTES,
      requestsPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    },
    stripePublishableKey: e.STRIPE_PUBLISHABLE_KEY,
    stripe,
    errorReporting: {
      dsn: e.SENTRY_DSN,
      environment: e.SENTRY_ENVIRONMENT ?? e.NODE_ENV,
      release: e.SENTRY_RELEASE,
      browserOrigin: e.VITE_SENTRY_DSN ? new URL(e.VITE_SENTRY_DSN).origin : undefined,
    },
    email: {
      from: e.EMAIL_FROM,
      maxAttempts: e.EMAIL_MAX_ATTEMPTS,
      resend: resendConfigOf(e),
    },
    push: { vapidKeys: vapidKeysOf(e), subject: e.VAPID_SUBJECT },
    imageCdn: e.IMAGE_CDN_URL ? imageCdnConfigOf(e.IMAGE_CDN_URL) : null,
  }
}

function imageCdnConfigOf(template: string): ImageCdnConfig {
  const sample = productImageSources({ src: '/media/products/sample-1.webp', alt: '', width: 1, height: 1 }, template)
  return { template, origin: sample.src.startsWith('/') ? null : new URL(sample.src).origin }
}

/** The VAPID keys come as a pair: one without the other is a boot error. */
function vapidKeysOf(e: z.infer<typeof envSchema>): PushConfig['vapidKeys'] {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = e
  if (publicKey && privateKey) return { publicKey, privateKey }
  if (!publicKey && !privateKey) return null
  const missing = publicKey ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'
  throw new ConfigError([{ variable: missing, message: 'is required when the other VAPID key is set' }])
}

function resendConfigOf(e: z.infer<typeof envSchema>): ResendConfig | null {
  if (!e.RESEND_API_KEY) {
    if (e.RESEND_BASE_URL)
      throw new ConfigError([{ variable: 'RESEND_BASE_URL', message: 'is set but RESEND_API_KEY is not' }])
    return null
  }
  return { apiKey: e.RESEND_API_KEY, baseUrl: e.RESEND_BASE_URL }
}

/** The Stripe keys come as a set: a partial set is a boot error naming what is missing. */
function stripeConfigOf(e: z.infer<typeof envSchema>): StripeConfig | null {
  if (!e.STRIPE_SECRET_KEY) {
    const stray = e.STRIPE_WEBHOOK_SECRET ? 'STRIPE_WEBHOOK_SECRET' : e.STRIPE_API_URL ? 'STRIPE_API_URL' : undefined
    if (stray) throw new ConfigError([{ variable: stray, message: 'is set but STRIPE_SECRET_KEY is not' }])
    return null
  }
  const { STRIPE_PUBLISHABLE_KEY: publishableKey, STRIPE_WEBHOOK_SECRET: webhookSecret } = e
  if (!publishableKey || !webhookSecret) {
    const missing = [publishableKey ? [] : ['STRIPE_PUBLISHABLE_KEY'], webhookSecret ? [] : ['STRIPE_WEBHOOK_SECRET']]
    throw new ConfigError(
      missing.flat().map((variable) => ({ variable, message: 'is required when STRIPE_SECRET_KEY is set' })),
    )
  }
  return {
    secretKey: e.STRIPE_SECRET_KEY,
    publishableKey,
    webhookSecret,
    api: e.STRIPE_API_URL ? stripeApiOf(new URL(e.STRIPE_API_URL)) : undefined,
  }
}

function stripeApiOf(url: URL): NonNullable<StripeConfig['api']> {
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol }
}

/** `info` wherever it runs (DESIGN §9: production logs at info); `npm run dev` asks for debug itself. */
function defaultLogLevel(nodeEnv: NodeEnv): LogLevel {
  return nodeEnv === 'test' ? 'silent' : 'info'
}

function fromRepoRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path)
}
