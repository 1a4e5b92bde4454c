import { describe, expect, it } from 'vitest'
import { decodeProductCursor, encodeProductCursor } from './product-cursor.ts'

const id = '0b7f1f3e-62a4-8c1d-9a55-3e2f4d6c7b8a'

describe('product cursor', () => {
  it('round-trips a cursor for each sort', () => {
    const newest = { sort: 'newest', createdAt: '2024-03-01T10:00:00.123Z', id } as const
    const cheap = { sort: 'price_asc', price: 4999, id } as const
    expect(decodeProductCursor(encodeProductCursor(newest), 'newest')).toEqual(newest)
    expect(decodeProductCursor(encodeProductCursor(cheap), 'price_asc')).toEqual(cheap)
  })

  it('refuses a cursor issued for another sort', () => {
    const cursor = encodeProductCursor({ sort: 'price_asc', price: 10, id })
    expect(decodeProductCursor(cursor, 'price_desc')).toBeNull()
    expect(decodeProductCursor(cursor, 'newest')).toBeNull()
  })

  it.each([
    ['not base64url', '!!!'],
    ['not json', Buffer.from('hello').toString('base64url')],
    ['wrong key type', Buffer.from(JSON.stringify({ s: 'price_asc', k: ['10', id] })).toString('base64url')],
    ['negative price', Buffer.from(JSON.stringify({ s: 'price_asc', k: [-1, id] })).toString('base64url')],
    ['id not a uuid', Buffer.from(JSON.stringify({ s: 'price_asc', k: [1, "'; drop table"] })).toString('base64url')],
    ['extra field', Buffer.from(JSON.stringify({ s: 'price_asc', k: [1, id], x: 1 })).toString('base64url')],
  ])('refuses a tampered cursor (%s)', (_, raw) => {
    expect(decodeProductCursor(raw, 'price_asc')).toBeNull()
  })
})
