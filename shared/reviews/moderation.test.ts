import { describe, expect, it } from 'vitest'
import { hasLink, hasProfanity, holdReasonsFor, isRepeatedText, type ModerationInput } from './moderation.ts'

const day = 24 * 60 * 60_000
const clean: ModerationInput = {
  title: 'Comfortable shoes',
  body: 'They fit well after a week of walking.',
  accountAgeMs: 30 * day,
  otherBodies: [],
  moderation: 'publish',
}

describe('holdReasonsFor', () => {
  it.each([
    ['a clean review from an old account', {}, []],
    ['the shop holding every review', { moderation: 'hold' }, ['shop_setting']],
    ['a link in the body', { body: 'Cheaper at https://example.org/shoes' }, ['links']],
    ['profanity in the title', { title: 'Absolute shit' }, ['profanity']],
    [
      'the body of another review of the author',
      { otherBodies: ['They fit well, after a week of WALKING!'] },
      ['repeated_text'],
    ],
    ['an account younger than a day', { accountAgeMs: day - 1 }, ['new_account']],
    ['an account exactly a day old', { accountAgeMs: day }, []],
    [
      'everything at once, in a fixed order',
      { moderation: 'hold', title: 'shit', body: 'visit www.spam.example', accountAgeMs: 0 },
      ['shop_setting', 'links', 'profanity', 'new_account'],
    ],
  ] as const)('%s', (_name, change, expected) => {
    expect(holdReasonsFor({ ...clean, ...change })).toEqual(expected)
  })
})

describe('hasLink', () => {
  it.each([
    ['http://example.org', true],
    ['see HTTPS://shop.example/x', true],
    ['www.example.net', true],
    ['buy at example.com today', true],
    ['buy at Example.Com today', true],
    ['example dot com', true],
    ['example [dot] com', true],
    ['example (.) com', true],
    ['beispiel punkt de', true],
    ['great value, e.g. the soles', false],
    ['version 2.0 fits better', false],
    ['size 42.5 runs small', false],
    ['the dot pattern is cute', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasLink(text)).toBe(expected)
  })
})

describe('hasProfanity', () => {
  it.each([
    ['what a bastard of a zip', true],
    ['SHIT', true],
    ['shít with an accent', true],
    ['English: asshole', true],
    ['German: Arschloch', true],
    ['French: connard', true],
    ['Spanish: gilipollas', true],
    ['Italian: stronzo', true],
    ['Dutch: klootzak', true],
    ['Portuguese: caralho', true],
    ['Japanese inside a sentence: これはアナルです', true],
    ['Arabic: طيز', true],
    ['a phrase: he is barely legal', true],
    ['an emoji: 🖕', true],
    ['Scunthorpe United', false],
    ['a classic class, assessed by an assistant', false],
    ['Essex and Sussex', false],
    ['the analysis was thorough', false],
    ['cocktail dresses', false],
    ['Passau, Hancock, Shitake', false],
  ])('%j → %s', (text, expected) => {
    expect(hasProfanity(text)).toBe(expected)
  })
})

describe('isRepeatedText', () => {
  it.each([
    ['aaaaaaaaaaaaaaaa', [], true],
    ['!!!!!!!!!!!', [], false],
    ['good good good good good', [], true],
    ['good good good bad shoes', [], true],
    ['good shoes, good price, fast delivery', [], false],
    ['Nice.', ['nice'], true],
    ['', [''], false],
    ['A fine pair of boots', ['A fine pair of shoes'], false],
  ] as const)('%j (others %j) → %s', (body, others, expected) => {
    expect(isRepeatedText(body, others)).toBe(expected)
  })
})
