import { describe, expect, it } from 'vitest'
import { searchQuery } from './search-query.ts'
import { searchRequest } from './search-types.ts'
import { toSearchParams } from './search-url.ts'

describe('the search API query', () => {
  it('takes option values as one or more code:value tokens', () => {
    expect(searchQuery.parse({ option: 'size:42' }).options).toEqual(['size:42'])
    expect(searchQuery.parse({ option: ['size:42', 'colour:black'] }).options).toEqual(['size:42', 'colour:black'])
    expect(searchQuery.parse({}).options).toEqual([])
  })

  it('refuses a malformed token and more than 20 of them', () => {
    expect(searchQuery.safeParse({ option: 'size' }).success).toBe(false)
    expect(searchQuery.safeParse({ option: ['size:42', ':42'] }).success).toBe(false)
    const many = Array.from({ length: 21 }, (_, i) => `size:${i}`)
    expect(searchQuery.safeParse({ option: many }).success).toBe(false)
  })

  it('round-trips a verbatim search through the URL, and leaves ordinary searches without the flag', () => {
    const verbatim = searchRequest({ q: 'hedphones', verbatim: true })
    const params = Object.fromEntries(toSearchParams(verbatim))
    expect(params).toEqual({ q: 'hedphones', verbatim: 'true' })
    expect(searchQuery.parse(params)).toEqual(verbatim)
    expect(searchQuery.parse({ q: 'hedphones' })).not.toHaveProperty('verbatim')
    expect(searchQuery.safeParse({ verbatim: 'yes' }).success).toBe(false)
  })
})
