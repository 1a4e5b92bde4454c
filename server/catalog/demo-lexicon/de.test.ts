import { describe, expect, it } from 'vitest'
import { deLexicon } from './de.ts'

describe('German demo lexicon', () => {
  it('keeps the noun in every name and joins compounds only to a plain noun', () => {
    for (const { noun, attributes } of Object.values(deLexicon.lines)) {
      for (const attribute of Object.values(attributes)) {
        const name = deLexicon.productName({ brand: 'Sonora', model: 'Aria', attribute, noun })
        expect(name, attribute).toContain(noun)
        expect(name.startsWith('Sonora Aria '), name).toBe(true)
        // "Over-Ear-" + "Mechanische Tastatur" would glue the compound to an adjective.
        if (noun.includes(' ')) expect(attribute.endsWith('-'), `${noun}: ${attribute}`).toBe(false)
      }
    }
  })

  it('writes features as verb phrases that follow the name and its colon', () => {
    for (const { features } of Object.values(deLexicon.lines)) {
      for (const feature of Object.values(features)) expect(feature, feature).toMatch(/^\p{Ll}.*[^.]$/u)
    }
  })

  it('composes names and descriptions as German shop copy', () => {
    const line = deLexicon.lines['Wireless Headphones']!
    const name = (attribute: string) =>
      deLexicon.productName({ brand: 'Sonora', model: 'Aria', attribute: line.attributes[attribute]!, noun: line.noun })
    expect(name('Foldable')).toBe('Sonora Aria Faltbarer Bluetooth-Kopfhörer')
    expect(name('Over-Ear')).toBe('Sonora Aria Over-Ear-Bluetooth-Kopfhörer')
    expect(name('Noise-Cancelling')).toBe('Sonora Aria Bluetooth-Kopfhörer mit Noise-Cancelling')
    const description = deLexicon.description({
      name: name('Foldable'),
      first: line.features['runs up to 40 hours on a charge']!,
      second: line.features['pairs with two devices at once']!,
      closing: deLexicon.closings['Backed by a two-year warranty.']!,
    })
    expect(description).toBe(
      'Sonora Aria Faltbarer Bluetooth-Kopfhörer: läuft mit einer Akkuladung bis zu 40 Stunden und verbindet sich mit zwei Geräten gleichzeitig. Mit zwei Jahren Garantie.',
    )
  })
})
