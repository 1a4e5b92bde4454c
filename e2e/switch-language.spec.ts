import { formatPrice } from '../shared/i18n/price-format.ts'
import { markets } from '../shared/markets/market.ts'
import { priceInMarket } from '../shared/markets/price-in-market.ts'
import type { CurrencyCode } from '../shared/money.ts'
import { expect, test } from './fixtures.ts'

/** The rates the rates endpoint answers (contract 2 of issue 16). */
const demoRates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }

test('a shopper switches the shop to German: texts, prices (in euros) and the page language follow, and the choice is kept', async ({
  page,
  sql,
}) => {
  const [product] = await sql<{ slug: string; name: string; price: number; currency: CurrencyCode }[]>`
    select slug, name, price, currency from products
    where deleted_at is null and price >= 100000 order by slug limit 1`
  if (!product) throw new Error('the seeded catalog has no product priced from 1,000.00')

  await page.goto(`/p/${product.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
  const englishPrice = new Intl.NumberFormat('en', { style: 'currency', currency: product.currency }).format(
    product.price / 100,
  )
  await expect(page.getByRole('main').getByText(englishPrice).first()).toBeVisible()

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')

  // German suggests the euro market (decision 0026): the price converted at the demo rates.
  const inEuros = priceInMarket({ price: product.price, currency: product.currency }, markets.eu, demoRates)
  const germanPrice = formatPrice('de', inEuros.amount, inEuros.currency)
  await expect(page.getByRole('main').getByText(germanPrice).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeVisible()

  await expect(page).toHaveURL(new RegExp(`/de/p/${product.slug}$`))

  await page.goto('/')
  await expect(page).toHaveURL(/\/de$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Alles für deinen Alltag' })).toBeVisible()
})

test('a shared link opens in its language; switching to Arabic turns the shop right-to-left without a reload', async ({
  page,
}) => {
  await page.goto('/fr/cart')
  await expect(page.getByRole('heading', { level: 1, name: 'Votre panier' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.fr.webmanifest')

  await page.evaluate(() => {
    ;(window as unknown as { sameDocument: boolean }).sameDocument = true
  })
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar')
  await expect(page).toHaveURL(/\/ar\/cart$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1, name: 'سلة التسوق' })).toBeVisible()
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.ar.webmanifest')
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)

  await page.getByRole('link', { name: 'Storefront' }).first().click()
  await expect(page).toHaveURL(/\/ar$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})
