// Creates the run's throwaway database, then starts the real server (production build) on it.
import postgres from 'postgres'
import { e2eAdminDatabaseUrl } from './e2e-env.ts'

const name = process.env.E2E_DATABASE_NAME
if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error(`bad E2E_DATABASE_NAME: ${name}`)

const admin = postgres(e2eAdminDatabaseUrl(), { max: 1, onnotice: () => {} })
try {
  await admin.unsafe(`create database "${name}"`)
} catch (error) {
  throw new Error(`cannot create the e2e database on ${e2eAdminDatabaseUrl()}; is PostgreSQL running?`, {
    cause: error,
  })
} finally {
  await admin.end()
}

process.env.DATA_DIR ??= `${(await import('node:os')).tmpdir()}/${name}`
await import('../server/main.ts')
