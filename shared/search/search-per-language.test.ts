import { describe, expect, it } from 'vitest'
import type { ProductTranslation, TranslatedLocale } from '../catalog/catalog-translation.ts'
import type { Product } from '../catalog/product.ts'
import type { Locale } from '../i18n/locales.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { createSearchEngine, type TranslatedCategory, type TranslatedProduct } from './search-engine.ts'
import { searchRequest } from './search-types.ts'

// Names as the demo catalog translates them (server/catalog/demo-lexicon/), so each language is
// tested on the shapes its shop really shows.
const stamp = '2025-01-01T00:00:00.000Z'

const audio: TranslatedCategory = {
  id: asCategoryId('c-audio'),
  slug: 'headphones-audio',
  name: 'Headphones & Audio',
  description: '',
  position: 0,
  version: 1,
  updatedAt: stamp,
  deletedAt: null,
  translations: {
    de: { name: 'Kopfhörer & Audio' },
    fr: { name: 'Casques et audio' },
    es: { name: 'Auriculares y audio' },
    ja: { name: 'ヘッドホン・オーディオ' },
    ar: { name: 'السماعات والصوتيات' },
  },
}
const peripherals: TranslatedCategory = {
  ...audio,
  id: asCategoryId('c-keys'),
  slug: 'keyboards-mice',
  name: 'Keyboards & Mice',
  position: 1,
  translations: {
    de: { name: 'Tastaturen & Mäuse' },
    fr: { name: 'Claviers et souris' },
    es: { name: 'Teclados y ratones' },
    ja: { name: 'キーボード・マウス' },
    ar: { name: 'لوحات المفاتيح والماوس' },
  },
}

let sequence = 0
function product(
  slug: string,
  name: string,
  translations: Partial<Record<TranslatedLocale, ProductTranslation>>,
  categoryId = audio.id,
): TranslatedProduct {
  sequence += 1
  const base: Product = {
    id: asProductId(`p-${sequence}`),
    slug,
    name,
    description: `Meet the ${name}.`,
    brand: name.split(' ')[0]!,
    tags: [],
    categoryId,
    price: 10_000,
    currency: 'USD',
    stock: 5,
    featured: false,
    images: [],
    options: [],
    variants: [
      {
        id: asVariantId(`v-${sequence}`),
        sku: `SKU-${sequence}`,
        optionValues: {},
        price: 10_000,
        compareAtPrice: null,
        stock: 5,
        barcode: null,
        weightGrams: null,
        imageIndexes: [],
      },
    ],
    createdAt: stamp,
    version: 10 + sequence,
    updatedAt: stamp,
    deletedAt: null,
  }
  // A translation's description repeats its name, so no default-language text remains to match.
  const localized = Object.fromEntries(
    Object.entries(translations).map(([locale, texts]) => [locale, { description: texts.name, ...texts }]),
  )
  return { ...base, translations: localized }
}

const headphones = product('quietwave-voyage', 'Quietwave Voyage Over-Ear Wireless Headphones', {
  de: {
    name: 'Quietwave Voyage Over-Ear-Bluetooth-Kopfhörer',
    description: 'Quietwave Voyage Over-Ear-Bluetooth-Kopfhörer: verbindet sich mit zwei Geräten gleichzeitig.',
  },
  fr: {
    name: 'Casque sans fil circum-auriculaire Quietwave Voyage',
    description: 'Il se connecte à deux appareils à la fois, et il vous isole du bruit des transports.',
  },
  es: {
    name: 'Auriculares inalámbricos de diadema Quietwave Voyage',
    description: 'Se conectan a dos dispositivos a la vez y te aíslan del ruido del transporte.',
  },
  ja: {
    name: 'Quietwave Voyage オーバーイヤー ワイヤレスヘッドホン',
    description: 'Quietwave Voyage オーバーイヤー ワイヤレスヘッドホンは、2台のデバイスに同時接続できます。',
  },
  ar: {
    name: 'سماعات رأس لاسلكية بتصميم يغطي الأذن \u2068Quietwave Voyage\u2069',
    description: 'إليك سماعات رأس لاسلكية: تتصل بجهازين في الوقت نفسه.',
  },
})
const earbuds = product('bassline-pulse', 'Bassline Pulse Noise-Cancelling Wireless Earbuds', {
  de: { name: 'Bassline Pulse Bluetooth-Ohrhörer mit Noise-Cancelling' },
  fr: { name: 'Écouteurs sans fil à réduction de bruit Bassline Pulse' },
  es: { name: 'Auriculares de botón inalámbricos con cancelación de ruido Bassline Pulse' },
  ja: { name: 'Bassline Pulse ノイズキャンセリング ワイヤレスイヤホン' },
  ar: { name: 'سماعات أذن لاسلكية بخاصية إلغاء الضوضاء \u2068Bassline Pulse\u2069' },
})
const keyboard = product(
  'keyforge-mechanical',
  'Keyforge Atlas Mechanical Keyboard',
  {
    de: { name: 'Keyforge Atlas Mechanische Tastatur' },
    fr: { name: 'Clavier mécanique Keyforge Atlas' },
    es: { name: 'Teclado mecánico Keyforge Atlas' },
    ja: { name: 'Keyforge Atlas メカニカルキーボード' },
    ar: { name: 'لوحة مفاتيح ميكانيكية \u2068Keyforge Atlas\u2069' },
  },
  peripherals.id,
)
// No translation at all: found by its default texts in every language.
const untranslated = product('plain-stand', 'Plain Headphone Stand', {}, peripherals.id)

function engineIn(locale: Locale) {
  const engine = createSearchEngine({ locale })
  engine.applyChanges({ categories: [audio, peripherals], products: [headphones, earbuds, keyboard, untranslated] })
  return engine
}

const engines = new Map<Locale, ReturnType<typeof engineIn>>()
function slugsFound(locale: Locale, q: string): string[] {
  let engine = engines.get(locale)
  if (!engine) {
    engine = engineIn(locale)
    engines.set(locale, engine)
  }
  return engine.search(searchRequest({ q })).hits.map((hit) => hit.slug)
}

describe('search in each shop language', () => {
  it.each<[Locale, string, string[], string]>([
    // The headphones by name, the earbuds by their category, "Kopfhörer & Audio".
    ['de', 'Kopfhörer', ['quietwave-voyage', 'bassline-pulse'], 'the German name, with its umlaut'],
    ['de', 'kopfhorer ', ['quietwave-voyage', 'bassline-pulse'], 'the umlaut left out'],
    ['de', 'kopfhoerer ', ['quietwave-voyage', 'bassline-pulse'], 'the umlaut written as oe'],
    ['de', 'Over-Ear-Kopfhörer ', ['quietwave-voyage'], 'part of the hyphenated compound of the name'],
    ['de', 'mechanischen ', ['keyforge-mechanical'], 'a German inflection by its stem'],
    ['de', 'ohrhörer ', ['bassline-pulse', 'quietwave-voyage'], 'a German synonym'],
    // The earbuds by their category, "Casques et audio", and "sans fil".
    ['fr', 'casques sans fil', ['quietwave-voyage', 'bassline-pulse'], 'a French plural'],
    ['fr', 'circum-auriculaires ', ['quietwave-voyage'], 'a French hyphenated adjective, in the plural'],
    [
      'fr',
      'ecouteur ',
      ['bassline-pulse', 'quietwave-voyage'],
      'a French singular without its accent, then its synonym',
    ],
    ['fr', "l'écouteur ", ['bassline-pulse', 'quietwave-voyage'], 'an elided article'],
    ['fr', 'claviers mecaniques ', ['keyforge-mechanical'], 'French plural adjective and noun'],
    ['es', 'auricular ', ['quietwave-voyage', 'bassline-pulse'], 'a Spanish singular of a plural name'],
    ['es', 'inalambricos ', ['quietwave-voyage', 'bassline-pulse'], 'a Spanish word without its accent'],
    ['es', 'teclados mecanicos', ['keyforge-mechanical'], 'a Spanish plural'],
    ['ar', 'سماعات رأس', ['quietwave-voyage'], 'the Arabic name'],
    ['ar', 'سَمّاعاتُ رَأْسٍ', ['quietwave-voyage'], 'the Arabic name with tashkeel'],
    ['ar', 'سماعات راس ', ['quietwave-voyage'], 'a bare alef for the hamza'],
    ['ar', 'لوحة مفاتيح', ['keyforge-mechanical'], 'an Arabic two-word noun'],
    // The earbuds are in "ヘッドホン・オーディオ".
    ['ja', 'ヘッドホン', ['quietwave-voyage', 'bassline-pulse'], 'a Japanese word inside a longer name'],
    ['ja', 'ﾍｯﾄﾞﾎﾝ', ['quietwave-voyage', 'bassline-pulse'], 'the same word in half-width katakana'],
    ['ja', 'ヘッドホ', ['quietwave-voyage', 'bassline-pulse'], 'a Japanese word still being typed'],
    ['ja', 'ワイヤレスヘッドホン', ['quietwave-voyage', 'bassline-pulse'], 'a Japanese compound without spaces'],
    ['ja', 'オーバーイヤー', ['quietwave-voyage'], 'a Japanese name fragment'],
    ['ja', 'メカニカル', ['keyforge-mechanical'], 'the start of a katakana compound'],
    ['ja', 'ヘッドフォン ', ['quietwave-voyage', 'bassline-pulse'], 'another spelling, which the segmenter cuts'],
    ['ja', 'ヘッドホソ ', ['quietwave-voyage', 'bassline-pulse'], 'a typo in a long Japanese word'],
    ['en', 'over-ear headphones ', ['quietwave-voyage'], 'the default language'],
  ])('%s: "%s" finds %j (%s)', (locale, q, slugs) => {
    expect(slugsFound(locale, q).sort()).toEqual([...slugs].sort())
  })

  it('finds a product without a translation by its default texts in every language', () => {
    for (const locale of ['de', 'fr', 'es', 'ja', 'ar'] as const) {
      expect(slugsFound(locale, 'stand ')).toEqual(['plain-stand'])
    }
  })

  it('does not match the default language words of a translated product', () => {
    expect(slugsFound('de', 'keyboard ')).toEqual([])
    expect(slugsFound('ja', 'wireless ')).toEqual([])
  })

  it('forgives no typo in a one- or two-character Japanese word', () => {
    expect(slugsFound('ja', '靴 ')).toEqual([])
  })

  it('highlights matched words in the localized texts', () => {
    const [hit] = engineIn('ja').search(searchRequest({ q: 'ヘッドホン' })).hits
    const { text, ranges } = hit!.highlights.name
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['ヘッドホン'])
    const [arabic] = engineIn('ar').search(searchRequest({ q: 'سماعات' })).hits
    expect(arabic!.highlights.name.ranges.map(([from, to]) => arabic!.highlights.name.text.slice(from, to))).toContain(
      'سماعات',
    )
    const [german] = engineIn('de').search(searchRequest({ q: 'kopfhorer' })).hits
    expect(german!.highlights.name.ranges.map(([from, to]) => german!.highlights.name.text.slice(from, to))).toContain(
      'Kopfhörer',
    )
  })

  it('counts facets and completes suggestions with the localized names', () => {
    const engine = engineIn('de')
    const results = engine.search(searchRequest({ q: 'bluetooth-kopf' }))
    expect(results.facets.category.map((value) => value.label)).toEqual(['Kopfhörer & Audio'])
    const suggestions = engine.suggest('kopfh')
    expect(suggestions.suggestions.map((suggestion) => suggestion.slug)).toEqual([
      'headphones-audio',
      'quietwave-voyage',
      'bassline-pulse',
    ])
  })
})
