import { describe, expect, it } from 'vitest'
import { jaLexicon } from './ja.ts'

describe('Japanese demo lexicon', () => {
  it('writes features as sentences the description closes itself', () => {
    for (const line of Object.values(jaLexicon.lines))
      for (const feature of Object.values(line.features)) expect(feature).not.toMatch(/[。.]$/)
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
