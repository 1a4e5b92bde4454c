import { describe, expect, it } from 'vitest'
import { closingSentences, demoCategories, demoColours } from '../demo-catalog-lexicon.ts'
import { jaLexicon } from './ja.ts'

const sorted = (keys: Iterable<string>) => [...keys].sort()

function expectFilled(record: Readonly<Record<string, string>>, englishKeys: Iterable<string>) {
  expect(sorted(Object.keys(record))).toEqual(sorted(englishKeys))
  for (const value of Object.values(record)) expect(value.trim()).not.toBe('')
}

describe('Japanese demo lexicon', () => {
  const lines = demoCategories.flatMap((category) => category.lines)

  it('names and describes every category, and no other', () => {
    expect(sorted(Object.keys(jaLexicon.categories))).toEqual(sorted(demoCategories.map((c) => c.slug)))
    for (const { name, description } of Object.values(jaLexicon.categories)) {
      expect(name.trim()).not.toBe('')
      expect(description.trim()).not.toBe('')
    }
  })

  it('translates every line with all its attributes and features, and no other', () => {
    expect(sorted(Object.keys(jaLexicon.lines))).toEqual(sorted(lines.map((line) => line.noun)))
    for (const line of lines) {
      const ja = jaLexicon.lines[line.noun]!
      expect(ja.noun.trim()).not.toBe('')
      expectFilled(ja.attributes, line.attributes)
      expectFilled(ja.features, line.features)
    }
  })

  it('writes features as sentences the description closes itself', () => {
    for (const line of Object.values(jaLexicon.lines))
      for (const feature of Object.values(line.features)) expect(feature).not.toMatch(/[。.]$/)
  })

  it('translates every closing sentence and colour, and no other', () => {
    expectFilled(jaLexicon.closings, closingSentences)
    expectFilled(jaLexicon.colours, Object.keys(demoColours))
  })

  it('composes names like shop listings and descriptions in polite form', () => {
    const headphones = jaLexicon.lines['Wireless Headphones']!
    const name = jaLexicon.productName({
      brand: 'Sonora',
      model: 'Aria',
      attribute: headphones.attributes['Noise-Cancelling']!,
      noun: headphones.noun,
    })
    expect(name).toBe('Sonora Aria ノイズキャンセリング ワイヤレスヘッドホン')
    const earbuds = jaLexicon.lines['Wireless Earbuds']!
    expect(
      jaLexicon.productName({
        brand: 'Audeon',
        model: 'Pulse',
        attribute: earbuds.attributes.True!,
        noun: earbuds.noun,
      }),
    ).toBe('Audeon Pulse 完全ワイヤレスイヤホン')
    const description = jaLexicon.description({
      name,
      first: headphones.features['runs up to 40 hours on a charge']!,
      second: headphones.features['pairs with two devices at once']!,
      closing: jaLexicon.closings['Backed by a two-year warranty.']!,
    })
    expect(description).toBe(
      'Sonora Aria ノイズキャンセリング ワイヤレスヘッドホンは、1回の充電で最大40時間使えます。さらに、2台のデバイスに同時接続できます。2年間の保証付きです。',
    )
  })
})
