import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Catalogs,
  collectMessageUsage,
  findUsageProblems,
  idPattern,
  type UsageProblems,
} from '../../scripts/message-usage.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

function catalogIds(file: string): string[] {
  return Object.keys(JSON.parse(readFileSync(`${root}locales/${file}.json`, 'utf8')) as Record<string, string>)
}

// None missing, none unused: every id the code passes to `t` is in the English catalogs, and every
// English id is used by the code (scripts/message-usage.ts says what counts as a use).
describe('message ids in the code and the English catalogs', () => {
  const catalogs: Catalogs = { shop: catalogIds('en'), admin: catalogIds('admin-en') }
  let problems: UsageProblems

  beforeAll(() => {
    problems = findUsageProblems(collectMessageUsage(root, [...catalogs.shop, ...catalogs.admin]), catalogs)
  })

  it('every id passed to t is in the catalog it is read from', () => {
    expect(problems.missing.map((use) => `${use.file}: ${use.id}`)).toEqual([])
  })

  it('every id template passed to t matches some id', () => {
    expect(problems.deadPatterns.map((pattern) => `${pattern.file}: ${pattern.source}`)).toEqual([])
  })

  it('every English id is used (or listed in indirectlyUsedIds)', () => {
    expect(problems.unused).toEqual([])
  })
})

describe('findUsageProblems', () => {
  const catalogs: Catalogs = { shop: ['cart.title', 'errors.NOT_FOUND', 'errors.form.title'], admin: ['admin.title'] }

  it('reports ids passed to t that the catalog lacks, admin ids against the admin catalog', () => {
    const usage = {
      calls: [
        { id: 'cart.title', file: 'a.tsx' },
        { id: 'cart.gone', file: 'a.tsx' },
        { id: 'admin.cart.title', file: 'b.tsx' },
      ],
      patterns: [idPattern(['errors.', ''], 'c.tsx'), idPattern(['sort.', ''], 'c.tsx')],
      literals: new Set(['cart.title', 'admin.title']),
    }
    const problems = findUsageProblems(usage, catalogs)
    expect(problems.missing.map((use) => use.id)).toEqual(['cart.gone', 'admin.cart.title'])
    expect(problems.deadPatterns.map((pattern) => pattern.source)).toEqual(['sort.*'])
  })

  it('lets a template stand for one id segment, so a deeper id it cannot produce stays unused', () => {
    const usage = { calls: [], patterns: [idPattern(['errors.', ''], 'c.tsx')], literals: new Set<string>() }
    expect(findUsageProblems(usage, catalogs).unused).toEqual(['cart.title', 'errors.form.title', 'admin.title'])
  })
})
