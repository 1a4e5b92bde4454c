/** Where the e2e server and tests meet: one port and one throwaway PostgreSQL database per run. */
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const e2ePort = Number(process.env.E2E_PORT ?? 3100)

/** The e2e server's admin account: its ADMIN_EMAIL and ADMIN_PASSWORD (set in playwright.config.ts). */
export const e2eAdmin = {
  email: 'admin@storefront.test',
  password: 'e2e admin password',
  name: 'Administrator',
} as const

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export function e2eDatabaseName(): string {
  return `storefront_e2e_${process.pid}_${Date.now()}`
}

/** URL of the maintenance database used to create and drop the e2e database. */
export function e2eAdminDatabaseUrl(): string {
  return adminUrl
}

export function e2eDatabaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME
  if (!name) throw new Error('E2E_DATABASE_NAME is not set; run the e2e tests through playwright.config.ts')
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** The e2e server's log (pino JSON lines at LOG_LEVEL=warn), so a spec can check what the server logged. */
export function e2eServerLogPath(): string {
  const name = process.env.E2E_DATABASE_NAME
  if (!name) throw new Error('E2E_DATABASE_NAME is not set; run the e2e tests through playwright.config.ts')
  return join(tmpdir(), `${name}.server.log`)
}
