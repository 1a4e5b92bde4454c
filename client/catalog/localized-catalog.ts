/**
 * The device's catalog in the shopper's language (issue 16): stored rows keep their default-language
 * texts plus `translations` in the locales this device pulled; every reader of the catalog goes
 * through the query layer (catalog-queries.ts, storefront-queries.ts, recently-viewed.ts, the cart's
 * shopper view), which localizes here, so a view never sees a row's raw texts. A locale the device
 * has not pulled yet reads in the default language, field by field, until its texts arrive.
 */
import { localizeCategory, localizeProduct } from '../../shared/catalog/catalog-translation.ts'
import type { Category, Product } from '../../shared/catalog/product.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { LocalCategory, LocalProduct } from '../local-data/local-db.ts'

export function localizedProduct(product: LocalProduct, locale: Locale): Product {
  return localizeProduct<Product>(product, product.translations, locale)
}

export function localizedCategory(category: LocalCategory, locale: Locale): Category {
  return localizeCategory<Category>(category, category.translations, locale)
}

export function localizedProducts(products: readonly LocalProduct[], locale: Locale): Product[] {
  return products.map((product) => localizedProduct(product, locale))
}
