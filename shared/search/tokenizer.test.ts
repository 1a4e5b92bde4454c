import { describe, expect, it } from 'vitest'
import { normalizeQuery, normalizeText } from './normalize-query.ts'
import { createSearchTokenizer, splitWords } from './tokenizer.ts'

describe('search tokenizer', () => {
  const tokenizer = createSearchTokenizer('en')

  it('lower-cases and strips diacritics', () => {
    expect(normalizeText('Kopfhörer Straße CAFÉ')).toBe('kopfhorer strasse cafe')
  })

  it.each([
    ['سَمّاعاتُ رَأْسٍ', 'سماعات راس'],
    ['إلغاء آلة مؤقت', 'الغاء الة موقت'],
    ['كـــبير', 'كبير'],
    ['٤٠ ساعة', '40 ساعة'],
    ['ﾍｯﾄﾞﾎﾝ', 'ヘッドホン'],
    ['ガバパ', 'ガバパ'],
    ['ＵＳＢ－Ｃ', 'usb-c'],
    ['Cœur Ægis', 'coeur aegis'],
  ])('normalises %s to %s: no tashkeel, bare alef, one width, kana keep their voicing', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized)
  })

  it('segments Japanese words and elides French articles', () => {
    expect(createSearchTokenizer('ja').words('メカニカルキーボード、マウス')).toEqual([
      'メカニカル',
      'キーボード',
      'マウス',
    ])
    expect(createSearchTokenizer('fr').words("L'écouteur d’Audeon")).toEqual(['ecouteur', 'audeon'])
    expect(splitWords("L'écouteur")).toEqual(['lecouteur'])
  })

  it('splits hyphenated words into their parts and the joined form', () => {
    expect(splitWords('Heavyweight T-Shirt, USB-C')).toEqual([
      'heavyweight',
      't',
      'shirt',
      'tshirt',
      'usb',
      'c',
      'usbc',
    ])
    expect(splitWords("Women's")).toEqual(['womens'])
  })

  it('indexes stems without stop words, each once', () => {
    expect(tokenizer.tokenize('The wireless headphones and the wireless case')).toEqual([
      'wireless',
      'headphon',
      'case',
    ])
  })

  it('normalises a query for analytics: case, punctuation and spaces do not matter', () => {
    expect(normalizeQuery('  Wireless   MOUSE! ')).toBe('wireless mouse')
    expect(normalizeQuery('T-Shirt,  größe')).toBe('t-shirt grosse')
  })

  it('answers primed tokens for a text about to be indexed, and forgets them', () => {
    tokenizer.prime('some text', ['primed'])
    expect(tokenizer.tokenize('some text')).toEqual(['primed'])
    tokenizer.prime(null)
    expect(tokenizer.tokenize('some text')).toEqual(['some', 'text'])
  })
})
