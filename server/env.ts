/**
 * The only reader of process.env: every setting is parsed once at boot into a typed Config, and a
 * bad value stops the start with a message naming the variable (DESIGN §2).
 */
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The repository root, so relative paths in config do not depend on the directory `npm start` ran in. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: 'must be a postgres:// or postgresql:// URL',
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
  readonly nodeEnv: NodeEnv
  readonly logLevel: LogLevel
  readonly database: DatabaseConfig
  readonly dataDir: string
  readonly distDir: string
  readonly seedDemoCatalog: boolean
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
  const dataDir = fromRepoRoot(e.DATA_DIR)
  return {
    port: e.PORT,
    host: e.HOST,
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
  }
}

function defaultLogLevel(nodeEnv: NodeEnv): LogLevel {
  if (nodeEnv === 'test') return 'silent'
  return nodeEnv === 'production' ? 'info' : 'debug'
}

function fromRepoRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path)
}
