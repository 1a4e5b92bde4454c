import { readFileSync } from 'node:fs'
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { createIntl } from '@formatjs/intl'
import { describe, expect, it } from 'vitest'
import { accentText, pseudoCatalog, pseudoElements, pseudoMessage } from './pseudo-locale.ts'

const english = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>

type Values = Record<string, string | number | ((chunks: string[]) => string)>

function format(message: string, values: Values = {}): string {
  return createIntl({ locale: 'en', messages: { message } }).formatMessage({ id: 'message' }, values)
}

describe('pseudoMessage', () => {
  it('accents the text, wraps it in brackets and pads it to about 40% longer', () => {
    expect(pseudoMessage('Shopping cart')).toBe('[Ŝĥôƥƥîñĝ çåŕţ ~~~~~]')
    expect(pseudoMessage('OK')).toBe('[ÔĶ ~]')
  })

  it('pads a long message with several short words, so it can wrap', () => {
    const text = 'Electronics, home and outdoor gear, with a shop that keeps working offline.'
    const pseudo = pseudoMessage(text)
    expect(pseudo).toMatch(/^\[[^~]+( ~~~~~){5}\]$/)
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.round(text.length * 1.4))
  })

  it('leaves no ASCII letter in literal text', () => {
    expect(accentText('The quick brown fox jumps over the lazy dog. PACK MY BOX!')).not.toMatch(/[A-Za-z]/)
  })

  it('keeps arguments, number formats and tags as they are', () => {
    const pseudo = pseudoMessage('Hi <b>{name}</b>, you paid {amount, number} on {day, date, short}')
    expect(pseudo).toContain('<b>{name}</b>')
    expect(pseudo).toContain('{amount, number}')
    expect(pseudo).toContain('{day, date, short}')
    expect(format(pseudo, { name: 'Ada', amount: 3, day: 0, b: (chunks) => `*${chunks.join('')}*` })).toMatch(
      /^\[Ĥî \*Ada\*, ýôû ƥåîð 3 ôñ .+ ~+\]$/,
    )
  })

  it('keeps plural and select cases and #, accenting only their text', () => {
    const pseudo = pseudoMessage(
      '{count, plural, one {# item} other {# items}} for {who, select, me {you} other {them}}',
    )
    expect(format(pseudo, { count: 1, who: 'me' })).toBe('[1 îţéɱ ƒôŕ ýôû ~~~~~]')
    expect(format(pseudo, { count: 3, who: 'x' })).toBe('[3 îţéɱš ƒôŕ ţĥéɱ ~~~~~]')
  })

  it('keeps apostrophes and quoted braces literal', () => {
    expect(format(pseudoMessage("Your account's email"))).toBe("[Ýôûŕ åççôûñţ'š éɱåîļ ~~~~~ ~]")
    expect(format(pseudoMessage("a '{'literal'}' brace"))).toBe('[å {ļîţéŕåļ} ƀŕåçé ~~~~~ ~]')
  })
})

describe('pseudoCatalog of the English catalog', () => {
  const pseudo = pseudoCatalog(english)

  it('has every id, each a valid message with the arguments of its English original', () => {
    expect(Object.keys(pseudo)).toEqual(Object.keys(english))
    for (const [id, message] of Object.entries(english)) {
      expect(argumentsOf(parse(pseudo[id] ?? '')), id).toEqual(argumentsOf(parse(message)))
    }
  })

  it('prints each message so it parses back to the AST pseudoElements builds', () => {
    for (const [id, message] of Object.entries(english)) {
      expect(parse(pseudo[id] ?? ''), id).toEqual(mergeLiterals(pseudoElements(parse(message))))
    }
  })
})

function argumentsOf(elements: readonly MessageFormatElement[], found: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    found.push(`${element.value}:${TYPE[element.type]}`)
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const [key, option] of Object.entries(element.options)) {
        found.push(`${element.value}=${key}`)
        argumentsOf(option.value, found)
      }
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found)
  }
  return found.sort()
}

/** The parser joins neighbouring text into one literal; pseudoElements leaves the brackets apart. */
function mergeLiterals(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  const merged: MessageFormatElement[] = []
  for (const element of elements) {
    const previous = merged.at(-1)
    if (element.type === TYPE.literal && previous?.type === TYPE.literal) {
      merged[merged.length - 1] = { ...previous, value: previous.value + element.value }
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.entries(element.options).map(([key, option]) => [
        key,
        { ...option, value: mergeLiterals(option.value) },
      ])
      merged.push({ ...element, options: Object.fromEntries(options) })
    } else if (element.type === TYPE.tag) merged.push({ ...element, children: mergeLiterals(element.children) })
    else merged.push(element)
  }
  return merged
}
