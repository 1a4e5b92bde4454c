import { describe, expect, it } from 'vitest'
import { isolate } from './bidi.ts'
import { messageParts } from './message-parts.ts'

describe('messageParts', () => {
  it('splits a message around its element, keeping the punctuation the message puts after it', () => {
    const parts = messageParts(({ suggestion }) => `Did you mean ${suggestion}?`, ['suggestion'])
    expect(parts).toEqual([{ text: 'Did you mean ' }, { slot: 'suggestion' }, { text: '?' }])
  })

  it('drops the isolates a right-to-left message puts around the argument', () => {
    const parts = messageParts(({ suggestion }) => `هل تقصد ${isolate(suggestion)}؟`, ['suggestion'])
    expect(parts).toEqual([{ text: 'هل تقصد ' }, { slot: 'suggestion' }, { text: '؟' }])
  })

  it('follows the order of the arguments in the message, whatever the order asked for', () => {
    const parts = messageParts(({ was, now }) => `${now} (was ${was})`, ['was', 'now'])
    expect(parts).toEqual([{ slot: 'now' }, { text: ' (was ' }, { slot: 'was' }, { text: ')' }])
  })
})
