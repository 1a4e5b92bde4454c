/**
 * The filter panel: one group per facet, each value with its count. Counts come from the search
 * answer (disjunctive: a value's count is what choosing it would give, see SearchFacets). Every
 * change navigates to the new URL, so filters are shareable and undone by Back.
 */
import { For, type JSX, Show } from 'solid-js'
import type { CurrencyCode } from '../../shared/money.ts'
import type { FacetValue, PriceBandCount, SearchFacets, SearchRequest } from '../../shared/search/search-types.ts'
import { useI18n } from '../platform/i18n.tsx'

type Change = (next: SearchRequest) => void

export function SearchFacetPanel(props: {
  readonly facets: SearchFacets
  readonly request: SearchRequest
  readonly currency: CurrencyCode
  readonly onChange: Change
}): JSX.Element {
  const { t, formatPrice } = useI18n()
  const change = (fields: Partial<SearchRequest>) => props.onChange({ ...props.request, ...fields, page: 1 })
  const toggle = (list: readonly string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value]
  const isBand = (band: PriceBandCount) => props.request.minPrice === band.min && props.request.maxPrice === band.max
  const bandLabel = (band: PriceBandCount) =>
    band.max === null
      ? t('search.priceFrom', { min: formatPrice(band.min, props.currency) })
      : t('search.priceBand', {
          min: formatPrice(band.min, props.currency),
          max: formatPrice(band.max, props.currency),
        })
  const hasFilters = () =>
    props.request.categories.length > 0 ||
    props.request.brands.length > 0 ||
    props.request.minPrice !== null ||
    props.request.maxPrice !== null ||
    props.request.inStock !== null

  return (
    <div class="search-facets">
      <FacetGroup
        legend={t('search.facet.category')}
        values={props.facets.category}
        selected={props.request.categories}
        onToggle={(value) => change({ categories: toggle(props.request.categories, value) })}
      />
      <FacetGroup
        legend={t('search.facet.brand')}
        values={props.facets.brand}
        selected={props.request.brands}
        onToggle={(value) => change({ brands: toggle(props.request.brands, value) })}
      />
      <fieldset class="search-facets__group">
        <legend>{t('search.facet.price')}</legend>
        <For each={props.facets.price}>
          {(band) => (
            <FacetOption
              label={bandLabel(band)}
              count={band.count}
              checked={isBand(band)}
              onToggle={() =>
                change(isBand(band) ? { minPrice: null, maxPrice: null } : { minPrice: band.min, maxPrice: band.max })
              }
            />
          )}
        </For>
      </fieldset>
      <fieldset class="search-facets__group">
        <legend>{t('search.facet.availability')}</legend>
        <FacetOption
          label={t('search.inStockOnly')}
          count={props.facets.inStock.inStock}
          checked={props.request.inStock === true}
          onToggle={() => change({ inStock: props.request.inStock === true ? null : true })}
        />
      </fieldset>
      <Show when={hasFilters()}>
        <button
          type="button"
          class="button"
          onClick={() => change({ categories: [], brands: [], minPrice: null, maxPrice: null, inStock: null })}
        >
          {t('search.clearFilters')}
        </button>
      </Show>
    </div>
  )
}

function FacetGroup(props: {
  readonly legend: string
  readonly values: readonly FacetValue[]
  readonly selected: readonly string[]
  readonly onToggle: (value: string) => void
}): JSX.Element {
  return (
    <Show when={props.values.length > 0}>
      <fieldset class="search-facets__group">
        <legend>{props.legend}</legend>
        <For each={props.values}>
          {(value) => (
            <FacetOption
              label={value.label}
              count={value.count}
              checked={props.selected.includes(value.value)}
              onToggle={() => props.onToggle(value.value)}
            />
          )}
        </For>
      </fieldset>
    </Show>
  )
}

function FacetOption(props: {
  readonly label: string
  readonly count: number
  readonly checked: boolean
  readonly onToggle: () => void
}): JSX.Element {
  return (
    <label class="search-facets__option" classList={{ 'search-facets__option--empty': props.count === 0 }}>
      <input
        type="checkbox"
        checked={props.checked}
        // A value that would give no results cannot be chosen, but a chosen one can always be undone.
        disabled={props.count === 0 && !props.checked}
        onChange={() => props.onToggle()}
      />
      <span class="search-facets__label">{props.label}</span>
      <span class="search-facets__count">{props.count}</span>
    </label>
  )
}
