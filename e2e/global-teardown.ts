import { rmSync } from 'node:fs'
import postgres from 'postgres'
import { e2eAdminDatabaseUrl, e2eServerLogPath } from './e2e-env.ts'

export default async function dropE2eDatabase(): Promise<void> {
  const name = process.env.E2E_DATABASE_NAME
  if (!name || !/^[a-z0-9_]+$/.test(name)) return
  rmSync(e2eServerLogPath(), { force: true })
  const admin = postgres(e2eAdminDatabaseUrl(), { max: 1, onnotice: () => {} })
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`)
  } finally {
    await admin.end()
  }
}
