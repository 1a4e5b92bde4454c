import { describe, expect, it } from 'vitest'
import { createDocumentColumns } from './document-columns.ts'
import { createTally, filterMatches } from './facet-count.ts'
import type { SearchOptions } from './option-values.ts'
import type { SearchDocument } from './search-schema.ts'

const doc: SearchDocument = {
  id: 'p',
  slug: 'p',
  name: 'P',
  brand: 'B',
  tags: '',
  category: '',
  description: '',
  categorySlug: '',
  categoryId: 'c',
  brandKey: 'B',
  price: 100,
  priceFrom: false,
  currency: 'USD',
  inStock: true,
  createdAt: 0,
  rating: 0,
  reviewCount: 0,
  image: null,
}

function sized(values: readonly string[], stocked: readonly string[]): SearchOptions {
  return {
    options: [{ code: 'size', name: 'Size', values: values.map((code) => ({ code, label: code, swatch: null })) }],
    variants: values.map((code) => ({ values: [code], inStock: stocked.includes(code) })),
  }
}

/** Option counts by token over every live document of `columns`. */
function counts(columns: ReturnType<typeof createDocumentColumns>, filters: Parameters<typeof columns.compile>[0]) {
  const tally = createTally(columns)
  const view = { arena: columns.optionArena(), valueOfDescriptor: columns.options.valueOfDescriptor }
  const matches = filterMatches(null, { end: columns.end() }, columns.columns(), view, columns.compile(filters), tally)
  const byToken: Record<string, number> = {}
  tally.options.forEach((n, value) => {
    if (n > 0) byToken[`size:${columns.options.valueCode(value)}`] = n
  })
  return { ids: matches.ids, byToken }
}

describe('document columns: options', () => {
  it('reclaims the blocks of replaced options and keeps every document pointing at its own', () => {
    const columns = createDocumentColumns()
    columns.set(1, doc)
    columns.setOptions(1, sized(['40', '41'], ['40']))
    columns.set(2, doc)
    for (let round = 0; round < 2_000; round++) {
      columns.setOptions(2, sized(['42', '43', '44', '45'], round % 2 === 0 ? ['43'] : ['44']))
    }
    // Two blocks in use (header, descriptors, name, in-stock values, one value per variant):
    // 5+2+1+1+2 and 5+4+1+1+4.
    expect(columns.optionArenaStats().used).toBe(26)
    // 2,000 replaced blocks of 15 were written; compaction keeps the garbage near its threshold.
    expect(columns.optionArenaStats().garbage).toBeLessThanOrEqual(4_096 + 15)
    expect(counts(columns, {}).byToken).toEqual({
      'size:40': 1,
      'size:41': 1,
      'size:42': 1,
      'size:43': 1,
      'size:44': 1,
      'size:45': 1,
    })
    expect(counts(columns, { inStock: true }).byToken).toEqual({ 'size:40': 1, 'size:44': 1 })
    expect(counts(columns, { inStock: true, options: ['size:43'] }).ids).toEqual([])
    columns.clear(1)
    expect(counts(columns, {}).byToken).toEqual({ 'size:42': 1, 'size:43': 1, 'size:44': 1, 'size:45': 1 })
  })

  it('widens the arena once an id no longer fits in 16 bits', () => {
    const columns = createDocumentColumns()
    const many = Array.from({ length: 70_000 }, (_, i) => String(i))
    columns.set(1, doc)
    columns.setOptions(1, { ...sized(many, []), variants: [{ values: ['69999'], inStock: true }] })
    columns.set(2, doc)
    columns.setOptions(2, sized(['1'], ['1']))
    expect(columns.optionArena()).toBeInstanceOf(Uint32Array)
    expect(counts(columns, { options: ['size:69999'] }).ids).toEqual([1])
    expect(counts(columns, { options: ['size:1'], inStock: true }).ids).toEqual([2])
  })
})
