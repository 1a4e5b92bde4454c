import { useLocation } from '@solidjs/router'
import type { Accessor } from 'solid-js'
import { stripLocalePrefix } from '../../shared/i18n/locale-path.ts'

/**
 * The current path inside the shop, without the locale prefix the router's base adds
 * (`/fr/cart` → `/cart`, decision 0027): what route checks compare against.
 */
export function useShopPathname(): Accessor<string> {
  const location = useLocation()
  return () => stripLocalePrefix(location.pathname)
}
