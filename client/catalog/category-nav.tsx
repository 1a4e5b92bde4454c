import { A } from '@solidjs/router'
import { Index, type JSX } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { serverCategories } from '../platform/page-data.ts'
import { listCategories } from './catalog-queries.ts'

export function CategoryNav(): JSX.Element {
  const { t } = useI18n()
  const { db, sync } = useOffline()
  const local = createLiveQuery(() => () => listCategories(db), [])
  const categories = () => serverCategories(sync, local.value())
  return (
    <nav class="category-nav" aria-label={t('nav.categories')}>
      <ul>
        {/* By position, not by object: when the device's own catalog replaces the server's list the
            links stay the same elements, so a focused link keeps its focus. */}
        <Index each={categories()}>
          {(category) => (
            <li>
              <A href={`/c/${category().slug}`}>{category().name}</A>
            </li>
          )}
        </Index>
      </ul>
    </nav>
  )
}
