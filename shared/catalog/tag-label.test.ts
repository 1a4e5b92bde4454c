import { describe, expect, it } from 'vitest'
import { tagLabel } from './tag-label.ts'

describe('tagLabel', () => {
  it('turns a slug into words with a capital first letter', () => {
    expect(tagLabel('home-cinema', 'en')).toBe('Home cinema')
    expect(tagLabel('noise_cancelling', 'en')).toBe('Noise cancelling')
    expect(tagLabel('bluetooth', 'de')).toBe('Bluetooth')
  })

  it('collapses repeated separators and spaces', () => {
    expect(tagLabel('  usb--c  charger ', 'en')).toBe('Usb c charger')
  })

  it('leaves the rest of the tag as written', () => {
    expect(tagLabel('4k-HDR', 'en')).toBe('4k HDR')
  })

  it('capitalises by the language’s rules', () => {
    expect(tagLabel('istanbul', 'tr')).toBe('İstanbul')
    expect(tagLabel('istanbul', 'en')).toBe('Istanbul')
  })

  it('is empty for an empty tag', () => {
    expect(tagLabel('', 'en')).toBe('')
  })
})
