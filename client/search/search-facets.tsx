/**
 * The filter panel: one group per facet, each value with its count. Counts come from the search
 * answer (disjunctive: a value's count is what choosing it would give, see SearchFacets). Every
 * change navigates to the new URL, so filters are shareable and undone by Back. Options (Size,
 * Colour) are one group each, named by the catalog; a colour value shows its swatch.
 * server/pages/search-views.ts renders the same markup for a first visit.
 */
import { For, type JSX, Show } from 'solid-js'
import type { CurrencyCode } from '../../shared/money.ts'
import { optionToken } from '../../shared/search/option-values.ts'
import type {
  FacetValue,
  OptionFacetValue,
  PriceBandCount,
  SearchFacets,
  SearchRequest,
} from '../../shared/search/search-types.ts'
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
    props.request.options.length > 0 ||
    props.request.minPrice !== null ||
    props.request.maxPrice !== null ||
    props.request.inStock !== null ||
    props.request.minRating !== null

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
      <For each={props.facets.options}>
        {(facet) => (
          <FacetGroup
            legend={facet.name}
            values={facet.values}
            selected={props.request.options}
            tokenOf={(value) => optionToken(facet.code, value)}
            onToggle={(token) => change({ options: toggle(props.request.options, token) })}
          />
        )}
      </For>
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
      {/* Hidden while nothing matching is rated (a shop without reviews); a chosen floor can always be undone. */}
      <Show when={props.facets.rating.some((floor) => floor.count > 0) || props.request.minRating !== null}>
        <fieldset class="search-facets__group">
          <legend>{t('search.facet.rating')}</legend>
          <For each={props.facets.rating}>
            {(floor) => (
              <FacetOption
                label={t('search.ratingAtLeast', { stars: floor.min })}
                count={floor.count}
                checked={props.request.minRating === floor.min}
                onToggle={() => change({ minRating: props.request.minRating === floor.min ? null : floor.min })}
              />
            )}
          </For>
        </fieldset>
      </Show>
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
          onClick={() =>
            change({
              categories: [],
              brands: [],
              options: [],
              minPrice: null,
              maxPrice: null,
              inStock: null,
              minRating: null,
            })
          }
        >
          {t('search.clearFilters')}
        </button>
      </Show>
    </div>
  )
}

function FacetGroup(props: {
  readonly legend: string
  readonly values: readonly (FacetValue | OptionFacetValue)[]
  readonly selected: readonly string[]
  /** What the request names a value by (an option value's token); the value itself by default. */
  readonly tokenOf?: (value: string) => string
  readonly onToggle: (token: string) => void
}): JSX.Element {
  const tokenOf = (value: string) => props.tokenOf?.(value) ?? value
  return (
    <Show when={props.values.length > 0}>
      <fieldset class="search-facets__group">
        <legend>{props.legend}</legend>
        <For each={props.values}>
          {(value) => (
            <FacetOption
              label={value.label}
              count={value.count}
              swatch={'swatch' in value ? value.swatch : null}
              checked={props.selected.includes(tokenOf(value.value))}
              onToggle={() => props.onToggle(tokenOf(value.value))}
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
  /** A `#rrggbb` colour drawn as an SVG fill: CSP allows no style attribute. */
  readonly swatch?: string | null
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
      <Show when={props.swatch}>
        {(fill) => (
          <svg class="search-facets__swatch" viewBox="0 0 2 2" aria-hidden="true">
            <circle cx="1" cy="1" r="0.9" fill={fill()} />
          </svg>
        )}
      </Show>
      <span class="search-facets__label">{props.label}</span>
      <span class="search-facets__count">{props.count}</span>
    </label>
  )
}
