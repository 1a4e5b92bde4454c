import { A } from '@solidjs/router'
import { For, type JSX } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { listCategories } from './catalog-queries.ts'

export function CategoryNav(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const categories = createLiveQuery(() => () => listCategories(db), [])
  return (
    <nav class="category-nav" aria-label={t('nav.categories')}>
      <ul>
        <For each={categories.value()}>
          {(category) => (
            <li>
              <A href={`/c/${category.slug}`}>{category.name}</A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
