import { describe, expect, it } from 'vitest'
import { type PlanContext, planQuery, proposeCorrection } from './query-plan.ts'
import { typoBudget } from './ranking.ts'
import { createSynonymIndex } from './synonyms.ts'
import { createSearchTokenizer } from './tokenizer.ts'
import { createVocabulary } from './vocabulary.ts'

const tokenizer = createSearchTokenizer('en')
const vocabulary = createVocabulary()
for (const word of [
  'wireless',
  'mouse',
  'headphones',
  'laptop',
  'lamp',
  'sofa',
  'shirt',
  'tshirt',
  't',
  'case',
  'cases',
]) {
  vocabulary.add([[word, tokenizer.stem(word)]])
}
const context: PlanContext = { tokenizer, vocabulary, synonyms: createSynonymIndex(tokenizer) }
const kinds = (query: string, complete = false) =>
  planQuery(query, context, complete).slots.map((slot) => [slot.word, slot.matches.map((m) => `${m.kind}:${m.stem}`)])

describe('query plan', () => {
  it.each([
    ['abc', 'abcd', 0],
    ['lamp', 'lamp', 1],
    ['wirless', 'wireless', 2],
    ['mose', 'mouse', 1],
    ['hedphones', 'headphones', 2],
    ['bletooh', 'bluetooth', 2],
  ])('allows %s %i typo(s) towards %s', (typed, candidate, typos) => {
    expect(typoBudget(typed.length, candidate.length)).toBe(typos)
  })

  it('fixes typos within each word’s own budget', () => {
    expect(kinds('wirless mouse')).toEqual([
      ['wirless', ['typo:wireless']],
      ['mouse', ['exact:mous']],
    ])
    expect(kinds('hedphones')).toEqual([['hedphones', ['typo:headphon']]])
    // Two edits between 5- and 6-letter words is over their budget of one.
    expect(kinds('lpatp')).toEqual([['lpatp', []]])
  })

  it('allows two typos that shortened a long word below 8 letters', () => {
    expect(kinds('hedphons')).toEqual([['hedphons', ['typo:headphon']]])
    expect(kinds('wirles')).toEqual([['wirles', ['typo:wireless']]])
  })

  it('leaves a word that exists alone rather than "fixing" it into another', () => {
    expect(kinds('lamp')).toEqual([['lamp', ['exact:lamp']]])
  })

  it('completes only the last word, and only while it is being typed', () => {
    expect(kinds('lap', true)).toEqual([['lap', ['prefix:laptop']]])
    expect(kinds('lap mouse', true)).toEqual([
      ['lap', []],
      ['mouse', ['exact:mous']],
    ])
    expect(kinds('lap ', true)).toEqual([['lap', []]])
  })

  it('drops stop words, except one being typed that completes to something', () => {
    expect(kinds('the wireless mouse')).toEqual(kinds('wireless mouse'))
    expect(kinds('wireless the', true)).toEqual([['wireless', ['exact:wireless']]])
  })

  it('adds synonyms: "tee" finds the t-shirt and "couch" the sofa', () => {
    expect(kinds('tee')).toEqual([['tee', ['synonym:tshirt']]])
    expect(kinds('couch')).toEqual([['couch', ['synonym:sofa']]])
  })

  it('matches hyphenated words through their parts and joined form', () => {
    expect(kinds('t-shirt').map(([word]) => word)).toEqual(['t', 'shirt', 'tshirt'])
  })

  it('proposes the closest indexed words for words that match nothing', () => {
    expect(proposeCorrection('hedfones', context)).toBe('headphones')
    expect(proposeCorrection('wireless mosue', context)).toBe('wireless mouse')
    expect(proposeCorrection('wireless mouse', context)).toBeNull()
    expect(proposeCorrection('qqqqqqqq', context)).toBeNull()
  })
})
