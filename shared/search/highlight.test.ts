import { describe, expect, it } from 'vitest'
import { highlight, snippet } from './highlight.ts'
import { createSearchTokenizer } from './tokenizer.ts'

const tokenizer = createSearchTokenizer('en')
const stems = (...words: string[]) => new Set(words.map((word) => tokenizer.stem(word)))

describe('highlight', () => {
  it('marks words by stem, so a typo-corrected or completed query still highlights', () => {
    expect(highlight('Sonora Studio Wireless Headphones', stems('headphones'), tokenizer).ranges).toEqual([[23, 33]])
    expect(highlight('Lumen Air 13 Laptops', stems('laptop'), tokenizer).ranges).toEqual([[13, 20]])
  })

  it('marks a whole hyphenated word for its joined form, or only the matching part', () => {
    expect(highlight('Heavyweight T-Shirt', stems('tshirt'), tokenizer).ranges).toEqual([[12, 19]])
    expect(highlight('Heavyweight T-Shirt', stems('shirt'), tokenizer).ranges).toEqual([[14, 19]])
  })

  it('keeps positions of the original text, accents and case included', () => {
    const text = 'Crème Brûlée Torch'
    const { ranges } = highlight(text, stems('brulee'), tokenizer)
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['Brûlée'])
  })

  it('cuts a snippet around the first match at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(8)}It blocks the commute with adaptive noise cancelling. ${'More words follow here. '.repeat(8)}`
    const cut = snippet(highlight(text, stems('noise'), tokenizer), 80)!
    expect(cut.text.startsWith('…')).toBe(true)
    expect(cut.text.endsWith('…')).toBe(true)
    const [[from, to]] = cut.ranges as [[number, number]]
    expect(cut.text.slice(from, to)).toBe('noise')
    expect(snippet(highlight(text, stems('absent'), tokenizer), 80)).toBeNull()
  })
})
