/**
 * The category page's filters (brand, price, in stock, rating) in a disclosure that starts folded, on the
 * server's page and the app's alike, so opening it is the shopper's own doing and nothing moves at
 * takeover. The panel itself is the search page's (search-facets.tsx), fed the category's counts.
 */
import type { JSX } from 'solid-js'
import { type CategoryFilters, categoryFiltersOf } from '../../shared/catalog/category-filters.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { type SearchFacets, searchRequest } from '../../shared/search/search-types.ts'
import { useI18n } from '../platform/i18n.tsx'
import { SearchFacetPanel } from '../search/search-facets.tsx'
import '../search/search-page.css'

export function CategoryFilterPanel(props: {
  readonly facets: SearchFacets | undefined
  readonly filters: CategoryFilters
  readonly currency: CurrencyCode
  readonly onToggle: (open: boolean) => void
  readonly onChange: (filters: CategoryFilters) => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <details
      class="search-page__filters category-page__filters"
      onToggle={(event) => props.onToggle(event.currentTarget.open)}
    >
      <summary>{t('search.filters')}</summary>
      <SearchFacetPanel
        facets={props.facets ?? emptyFacets}
        request={searchRequest(props.filters)}
        currency={props.currency}
        onChange={(next) => props.onChange(categoryFiltersOf(next))}
      />
    </details>
  )
}

const emptyFacets: SearchFacets = {
  category: [],
  brand: [],
  price: [],
  inStock: { inStock: 0, outOfStock: 0 },
  rating: [],
  options: [],
}
