import { describe, expect, it } from 'vitest'
import { authorNameOf } from './author-name.ts'

describe('authorNameOf', () => {
  it.each([
    ['Anna Kowalski', 'Anna K.'],
    ['Anna Maria Kowalski', 'Anna K.'],
    ['  Anna   von der leyen ', 'Anna L.'],
    ['Anna', 'Anna'],
    ['Émile Ørsted', 'Émile Ø.'],
    ['Анна Иванова', 'Анна И.'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(authorNameOf(name)).toBe(expected)
  })
})
