import { describe, expect, it } from 'vitest'
import { createVocabulary } from './vocabulary.ts'

function vocabularyOf(words: Record<string, number>) {
  const vocabulary = createVocabulary()
  for (const [word, count] of Object.entries(words)) {
    for (let i = 0; i < count; i++) vocabulary.add([[word, word]])
  }
  return vocabulary
}

describe('vocabulary', () => {
  const vocabulary = vocabularyOf({
    headphones: 5,
    laptop: 8,
    laptops: 2,
    lamp: 3,
    mouse: 4,
    moose: 1,
    house: 1,
    wireless: 6,
  })

  it.each([
    ['hedphones', 2, ['headphones']],
    ['laptp', 1, ['laptop']],
    ['wirless', 1, ['wireless']],
    ['mosue', 1, ['mouse']],
    ['hedfones', 2, []],
  ])('finds words within the budget: %s (%i edits) → %j', (word, budget, expected) => {
    expect(vocabulary.closest(word, budget, 5).map((m) => m.word)).toEqual(expected)
  })

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(vocabulary.closest('mosue', 1, 5)[0]).toMatchObject({ word: 'mouse', distance: 1 })
  })

  it('ranks candidates by distance, then by how many documents have them', () => {
    expect(vocabulary.closest('mose', 1, 5).map((m) => m.word)).toEqual(['mouse', 'moose'])
  })

  it('matches the start of a word still being typed, with typos', () => {
    expect(vocabulary.closest('hedph', 1, 5, true).map((m) => m.word)).toEqual(['headphones'])
  })

  it('completes a prefix, most frequent first', () => {
    expect(vocabulary.completions('la', 5).map((m) => m.word)).toEqual(['laptop', 'lamp', 'laptops'])
  })

  it('forgets a word once no document has it', () => {
    const small = vocabularyOf({ sofa: 1 })
    expect(small.hasStem('sofa')).toBe(true)
    small.remove([['sofa', 'sofa']])
    expect(small.hasStem('sofa')).toBe(false)
    expect(small.completions('so', 5)).toEqual([])
    expect(small.size()).toBe(0)
  })
})
