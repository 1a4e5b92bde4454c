import { describe, expect, it } from 'vitest'
import { highlightParts } from './highlight-parts.ts'

describe('highlightParts', () => {
  it('marks the matched ranges and keeps the text between and around them', () => {
    expect(highlightParts({ text: 'Wireless Headphones', ranges: [[9, 19]] })).toEqual([
      { text: 'Wireless ', marked: false },
      { text: 'Headphones', marked: true },
    ])
  })

  it('skips empty and overlapping ranges', () => {
    expect(
      highlightParts({
        text: 'abcdef',
        ranges: [
          [0, 2],
          [1, 3],
          [4, 4],
          [4, 5],
        ],
      }),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: false },
      { text: 'e', marked: true },
      { text: 'f', marked: false },
    ])
  })
})
