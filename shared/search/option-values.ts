/**
 * Option values (Size 42, Colour Black) as search facets and filters (DESIGN §5, §10). A value is
 * named across products by a token `code:value` ("size:42"): the option code names the facet, the
 * value code the choice. A request and the page's URL carry tokens (`option=size:42`); the index
 * reads a product's options through `toSearchOptions`, the one builder both indexes use.
 */
import type { Product } from '../catalog/product.ts'

/** Option codes and value codes are data (no spaces needed, never a colon in a code); bounded for URLs. */
const tokenPattern = /^([^:\p{Cc}\s]{1,40}):([^\p{Cc}]{1,80})$/u

export function optionToken(code: string, value: string): string {
  return `${code}:${value}`
}

export function isOptionToken(token: string): boolean {
  return tokenPattern.test(token)
}

/** The option code and value code of a token; null for a malformed one. */
export function parseOptionToken(token: string): { readonly code: string; readonly value: string } | null {
  const match = tokenPattern.exec(token)
  return match ? { code: match[1]!, value: match[2]! } : null
}

/**
 * A product's options as the index needs them: each option with the values at least one live
 * variant has (in the product's order, which orders the facet), and each live variant as one value
 * code per option (null where a variant lacks the option) with whether it is in stock.
 */
export type SearchOptions = {
  readonly options: readonly SearchOption[]
  readonly variants: readonly SearchVariant[]
}

export type SearchOption = {
  readonly code: string
  readonly name: string
  readonly values: readonly SearchOptionValue[]
}

export type SearchOptionValue = { readonly code: string; readonly label: string; readonly swatch: string | null }

export type SearchVariant = { readonly values: readonly (string | null)[]; readonly inStock: boolean }

const noOptions: SearchOptions = { options: [], variants: [] }

export function toSearchOptions(product: Pick<Product, 'options' | 'variants'>): SearchOptions {
  // A row the browser stored before products had options has neither field: it is sold in one form.
  // An option code given twice is a data error: the first one counts.
  const productOptions = (product.options ?? []).filter(
    (option, position, all) => all.findIndex((other) => other.code === option.code) === position,
  )
  if (productOptions.length === 0) return noOptions
  const variants = (product.variants ?? []).map((variant) => ({
    values: productOptions.map((option) => {
      const code = variant.optionValues[option.code]
      // A value the option does not list is a data error the facets cannot label: left out.
      return code !== undefined && option.values.some((value) => value.code === code) ? code : null
    }),
    inStock: variant.stock > 0,
  }))
  const options = productOptions.map((option, position) => {
    const offered = new Set(variants.map((variant) => variant.values[position]))
    return {
      code: option.code,
      name: option.name,
      values: option.values
        .filter((value) => offered.has(value.code))
        .map((value) => ({ code: value.code, label: value.label, swatch: parseSwatch(value.swatch) })),
    }
  })
  return { options, variants }
}

/**
 * A swatch is drawn as an SVG fill (CSP forbids style attributes), so only a plain `#rrggbb` or
 * `#rgb` colour is accepted: anything else is no swatch.
 */
export function parseSwatch(value: string | undefined): string | null {
  return value !== undefined && /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(value) ? value.toLowerCase() : null
}
