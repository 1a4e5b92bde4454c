/**
 * The header's search box. What the first paint gets is a plain search form (it works, by a full
 * page load); the combobox with suggestions (search-combobox.tsx) loads right after as a chunk of its
 * own and takes over the text and focus, so the initial bundle carries only this shell.
 */
import { type JSX, lazy, Suspense } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import './search-box.css'
// The results page's styles belong to the first paint too: the server renders search results into
// the first HTML (decision 0014), before the page's own chunk loads.
import './search-page.css'

const SearchCombobox = lazy(async () => ({ default: (await import('./search-combobox.tsx')).SearchCombobox }))

export function SearchBox(): JSX.Element {
  const { t } = useI18n()
  return (
    <Suspense
      fallback={
        // biome-ignore lint/a11y/useSemanticElements: a <search> landmark element is not in every supported browser yet
        <form class="search-box" role="search" action="/search">
          <label class="visually-hidden" for="site-search">
            {t('search.label')}
          </label>
          <input
            id="site-search"
            class="search-box__input"
            name="q"
            type="search"
            maxLength={200}
            placeholder={t('search.placeholder')}
          />
          <button type="submit" class="button search-box__submit">
            {t('search.submit')}
          </button>
        </form>
      }
    >
      <SearchCombobox />
    </Suspense>
  )
}
