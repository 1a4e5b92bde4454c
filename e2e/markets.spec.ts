import type { ProductVariant } from '../shared/catalog/product.ts'
import { formatPrice } from '../shared/i18n/price-format.ts'
import { type MarketId, markets } from '../shared/markets/market.ts'
import { priceInMarket } from '../shared/markets/price-in-market.ts'
import type { CurrencyCode } from '../shared/money.ts'
import {
  cartDrawer,
  expect,
  goOffline,
  productsInStock,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

/** The demo rates the rates endpoint answers (contract 2 of issue 16). */
const rates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }

test('a shopper picks Japan and sees whole-yen prices, then offline switches to Germany and sees euros with VAT included', async ({
  page,
  context,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1)
  if (!product) throw new Error('no product in stock')
  // The variant as the server stores it; `market_prices` only where the database has market prices.
  const [row] = await sql<{ currency: CurrencyCode; variant: Record<string, unknown> }[]>`
    select p.currency, to_jsonb(v) as variant
    from products p join product_variants v on v.product_id = p.id
    where p.id = ${product.id} limit 1`
  if (!row) throw new Error('the product has no variant')
  const offer = {
    currency: row.currency,
    price: Number(row.variant.price),
    marketPrices: (row.variant.market_prices ?? undefined) as ProductVariant['marketPrices'],
  }
  // What the shelf must say, by the shared rules the device prices with.
  const shown = (market: MarketId, quantity = 1) => {
    const price = priceInMarket(offer, markets[market], rates)
    return formatPrice('en', price.amount * quantity, price.currency)
  }
  const footer = page.getByRole('contentinfo')
  const country = footer.getByRole('combobox', { name: 'Ship to' })
  const main = page.getByRole('main')

  await test.step('the first visit syncs the catalog and the exchange rates', async () => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
    await expect(syncStatus(page)).toBeVisible()
    // English suggests the US market: dollars, tax added at checkout.
    await expect(country).toHaveValue('US')
  })

  await test.step('Japan, chosen in the footer: the product page shows whole yen, consumption tax included', async () => {
    await country.selectOption({ label: 'Japan — JPY ¥' })
    await page.goto(`/p/${product.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    const price = main.locator('.product__price')
    await expect(price).toContainText(shown('jp'))
    await expect(price).toContainText('incl. consumption tax')
    await expect(price).not.toContainText(/¥[\d,]+\.\d/)
  })

  await test.step('in the cart: the line and subtotal in yen, the included tax and the currency named', async () => {
    await main.locator('form.add-to-cart').getByRole('button', { name: 'Add to cart' }).click()
    await expect(cartDrawer(page)).toContainText(shown('jp'))
    await expect(cartDrawer(page)).toContainText('Prices in Japanese Yen (JPY) for Japan')
    await cartDrawer(page).getByRole('link', { name: 'View cart' }).click()
    await expect(page.getByTestId('cart-subtotal')).toContainText(shown('jp'))
    await expect(main.getByText('Including consumption tax (10%)')).toBeVisible()
    await expect(page.getByTestId('market-note')).toHaveText('Prices in Japanese Yen (JPY) for Japan')
  })

  await test.step('offline, Germany: the cart re-prices in euros, VAT included, from the stored rates', async () => {
    await goOffline(context)
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
    await country.selectOption({ label: 'Germany — EUR €' })
    await expect(page.getByTestId('cart-subtotal')).toContainText(shown('eu'))
    await expect(main.getByText('incl. VAT', { exact: true })).toBeVisible()
    await expect(main.getByText('Including VAT (19%)')).toBeVisible()
    await expect(page.getByTestId('market-note')).toHaveText('Prices in Euro (EUR) for Germany')
    await page.reload()
    await expect(page.getByTestId('cart-subtotal')).toContainText(shown('eu'))
  })

  await test.step('on a phone the header leads to the selector', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    const link = page.getByRole('link', { name: 'Ship to Germany, prices in EUR' })
    await expect(link).toBeVisible()
    await link.click()
    await expect(country).toBeFocused()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
