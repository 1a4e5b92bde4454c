/**
 * The demo catalog in another language: the English word lists of demo-catalog-lexicon.ts mapped to
 * that language, and how the language composes a product's name and description from them. Keys
 * are the English texts (per product line, so an adjective can agree with its noun).
 */
import type { ColourCode } from '../demo-catalog-lexicon.ts'

export type DemoLexiconTranslation = {
  /** By category slug. */
  readonly categories: Readonly<Record<string, { readonly name: string; readonly description: string }>>
  /** By the line's English noun ("Wireless Headphones"). */
  readonly lines: Readonly<
    Record<
      string,
      {
        readonly noun: string
        /** By English attribute ("Noise-Cancelling"). */
        readonly attributes: Readonly<Record<string, string>>
        /** By English feature ("runs up to 40 hours on a charge"), written to fit `description`. */
        readonly features: Readonly<Record<string, string>>
      }
    >
  >
  /** By English closing sentence. */
  readonly closings: Readonly<Record<string, string>>
  readonly colours: Readonly<Record<ColourCode, string>>
  /** Option names by option code. */
  readonly optionNames: { readonly size: string; readonly colour: string; readonly capacity: string }
  /** A product's name from its parts; brand and model are names and stay as they are. */
  readonly productName: (parts: {
    readonly brand: string
    readonly model: string
    readonly attribute: string
    readonly noun: string
  }) => string
  /** A product's description from its name, two features and a closing sentence. */
  readonly description: (parts: {
    readonly name: string
    readonly first: string
    readonly second: string
    readonly closing: string
  }) => string
}
