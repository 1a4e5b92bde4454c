/** The admin area's own navigation, above every admin page; the current section is marked for screen readers. */
import { A } from '@solidjs/router'
import { For, type JSX } from 'solid-js'
import { type AdminMessageId, useAdminI18n } from './admin-i18n.tsx'
import './admin-nav.css'
import { useShopPathname } from '../platform/shop-path.ts'

const sections: readonly { readonly href: string; readonly label: AdminMessageId }[] = [
  { href: '/admin/dashboard', label: 'admin.dashboard.title' },
  { href: '/admin/orders', label: 'admin.orders.title' },
  { href: '/admin/inventory', label: 'admin.inventory.title' },
  { href: '/admin/storefront', label: 'admin.storefront.title' },
  { href: '/admin/translations', label: 'admin.translations.title' },
  { href: '/admin/discounts', label: 'admin.discounts.title' },
  { href: '/admin/reviews', label: 'admin.reviews.title' },
  { href: '/admin/search', label: 'admin.search.title' },
  { href: '/admin/api-keys', label: 'admin.apiKeys.title' },
  { href: '/admin/flags', label: 'admin.flags.title' },
  { href: '/admin/mailbox', label: 'admin.mailbox.title' },
]

export function AdminNav(): JSX.Element {
  const { t } = useAdminI18n()
  const pathname = useShopPathname()
  const isCurrent = (href: string) => pathname() === href || pathname().startsWith(`${href}/`)
  return (
    <nav class="admin-nav" aria-label={t('admin.orders.nav')}>
      <ul>
        <For each={sections}>
          {(section) => (
            <li>
              <A href={section.href} aria-current={isCurrent(section.href) ? 'page' : undefined}>
                {t(section.label)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
