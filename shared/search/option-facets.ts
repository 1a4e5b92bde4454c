/**
 * Option value counts as the facets of a search answer: one group per option code (most widely
 * offered option first), its values in the merged order of the products' own (option-registry.ts).
 */
import type { OptionRegistry } from './option-registry.ts'
import { parseOptionToken } from './option-values.ts'
import type { OptionFacet, OptionFacetValue } from './search-types.ts'

/**
 * Values with a count, and every chosen value even without one (or unknown to the index), so a
 * filter can always be undone.
 */
export function optionFacets(
  registry: OptionRegistry,
  counts: Uint32Array,
  chosenTokens: readonly string[],
): OptionFacet[] {
  const chosen = new Map<string, Set<string>>()
  for (const token of chosenTokens) {
    const parsed = parseOptionToken(token)
    if (!parsed) continue
    const values = chosen.get(parsed.code) ?? new Set<string>()
    values.add(parsed.value)
    chosen.set(parsed.code, values)
  }
  const facets: OptionFacet[] = []
  const codes = registry.codes()
  for (const codeId of codes) {
    const code = registry.code(codeId)
    const picked = chosen.get(code) ?? new Set<string>()
    const values: OptionFacetValue[] = []
    for (const valueId of registry.orderedValues(codeId)) {
      const value = registry.valueCode(valueId)
      const count = counts[valueId] ?? 0
      if (count === 0 && !picked.has(value)) continue
      picked.delete(value)
      values.push({ value, label: registry.label(valueId), count, swatch: registry.swatch(valueId) })
    }
    for (const value of picked) values.push({ value, label: value, count: 0, swatch: null })
    chosen.delete(code)
    if (values.length > 0) facets.push({ code, name: registry.name(codeId), values })
  }
  for (const [code, picked] of chosen) {
    facets.push({
      code,
      name: code,
      values: [...picked].map((value) => ({ value, label: value, count: 0, swatch: null })),
    })
  }
  return facets
}
