/**
 * `npm run i18n:extract`: prints the message ids the code uses, one a line (templates as
 * `errors.*`), and on stderr the ids missing from or unused in the English catalogs; exits 1 when
 * there are any. The catalogs' own consistency is `npm run i18n:verify` (formatjs verify).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Catalogs, collectMessageUsage, findUsageProblems } from './message-usage.ts'

const root = fileURLToPath(new URL('../', import.meta.url))

function catalogIds(file: string): string[] {
  return Object.keys(JSON.parse(readFileSync(`${root}locales/${file}.json`, 'utf8')) as Record<string, string>)
}

const catalogs: Catalogs = { shop: catalogIds('en'), admin: catalogIds('admin-en') }
const known = [...catalogs.shop, ...catalogs.admin]
const usage = collectMessageUsage(root, known)
const used = new Set([
  ...usage.calls.map((use) => use.id),
  ...usage.patterns.map((pattern) => pattern.source),
  ...known.filter((id) => usage.literals.has(id)),
])
process.stdout.write(`${[...used].sort().join('\n')}\n`)

const problems = findUsageProblems(usage, catalogs)
const lines = [
  ...problems.missing.map((use) => `missing from the English catalog: ${use.id} (${use.file})`),
  ...problems.deadPatterns.map((pattern) => `template matching no id: ${pattern.source} (${pattern.file})`),
  ...problems.unused.map((id) => `unused: ${id}`),
]
process.stderr.write(`${used.size} ids and templates used; ${lines.length} problems\n`)
for (const line of lines) process.stderr.write(`${line}\n`)
process.exitCode = lines.length > 0 ? 1 : 0
