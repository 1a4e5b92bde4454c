/**
 * The demo catalog's texts in the shop's other languages, composed from the translated word lists
 * (demo-lexicon/) the same way the English ones are composed from demo-catalog-lexicon.ts.
 */
import type {
  CategoryTranslation,
  OptionTranslation,
  ProductTranslation,
  TranslatedLocale,
  Translations,
} from '../../shared/catalog/catalog-translation.ts'
import type { ProductOption } from '../../shared/catalog/product.ts'
import { type ColourCode, demoColours, type ProductLine } from './demo-catalog-lexicon.ts'
import { arLexicon } from './demo-lexicon/ar.ts'
import { deLexicon } from './demo-lexicon/de.ts'
import { esLexicon } from './demo-lexicon/es.ts'
import { frLexicon } from './demo-lexicon/fr.ts'
import { jaLexicon } from './demo-lexicon/ja.ts'
import type { DemoLexiconTranslation } from './demo-lexicon/lexicon-translation.ts'
import { optionCodes } from './demo-variants.ts'

const lexicons: Readonly<Record<TranslatedLocale, DemoLexiconTranslation>> = {
  de: deLexicon,
  fr: frLexicon,
  es: esLexicon,
  ja: jaLexicon,
  ar: arLexicon,
}

const languages = Object.keys(lexicons) as TranslatedLocale[]

/** What a demo product's English texts were drawn from. */
export type DemoProductParts = {
  readonly brand: string
  readonly model: string
  readonly attribute: string
  readonly line: ProductLine
  readonly first: string
  readonly second: string
  readonly closing: string
  /** The product's own options: only their texts are translated. */
  readonly options: readonly ProductOption[]
}

export function translateDemoProduct(parts: DemoProductParts): Translations<ProductTranslation> {
  return Object.fromEntries(languages.map((locale) => [locale, inLanguage(lexicons[locale], parts)]))
}

export function translateDemoCategory(slug: string): Translations<CategoryTranslation> {
  return Object.fromEntries(languages.map((locale) => [locale, lexicons[locale].categories[slug] ?? {}]))
}

function inLanguage(lexicon: DemoLexiconTranslation, parts: DemoProductParts): ProductTranslation {
  const line = lexicon.lines[parts.line.noun]
  if (!line) throw new Error(`the demo lexicon has no line "${parts.line.noun}"`)
  const name = lexicon.productName({
    brand: parts.brand,
    model: parts.model,
    attribute: line.attributes[parts.attribute] ?? parts.attribute,
    noun: line.noun,
  })
  const description = lexicon.description({
    name,
    first: line.features[parts.first] ?? parts.first,
    second: line.features[parts.second] ?? parts.second,
    closing: lexicon.closings[parts.closing] ?? parts.closing,
  })
  const options = Object.fromEntries(parts.options.map((option) => [option.code, translateOption(lexicon, option)]))
  return { name, description, ...(parts.options.length > 0 ? { options } : {}) }
}

/** Sizes and capacities are the same in every language; colours have names. */
function translateOption(lexicon: DemoLexiconTranslation, option: ProductOption): OptionTranslation {
  if (option.code === optionCodes.colour) {
    const values = Object.fromEntries(option.values.map((value) => [value.code, colourName(lexicon, value.code)]))
    return { name: lexicon.optionNames.colour, values }
  }
  return { name: option.code === optionCodes.size ? lexicon.optionNames.size : lexicon.optionNames.capacity }
}

function colourName(lexicon: DemoLexiconTranslation, code: string): string {
  if (!(code in demoColours)) throw new Error(`the demo lexicon has no colour "${code}"`)
  return lexicon.colours[code as ColourCode]
}
