/**
 * A shopper who reads Arabic buys from the United Kingdom (issue 16): the shop reads right to left,
 * search finds a product by its Arabic name, prices are in pounds with VAT included, and the checkout,
 * the order page and the confirmation email are in Arabic.
 */
import { readFileSync } from 'node:fs'
import type en from '../locales/en.json'
import type { ProductVariant } from '../shared/catalog/product.ts'
import { formatPrice } from '../shared/i18n/price-format.ts'
import { markets } from '../shared/markets/market.ts'
import type { ExchangeRates } from '../shared/markets/market-price.ts'
import { priceInMarket } from '../shared/markets/price-in-market.ts'
import type { CurrencyCode } from '../shared/money.ts'
import { orderIdOnPaymentPage, testCards } from './checkout-flow.ts'
import { expect, test, waitForCatalog, waitForServiceWorker } from './fixtures.ts'

const arabic = JSON.parse(readFileSync(new URL('../locales/ar.json', import.meta.url), 'utf8')) as typeof en

function say(id: keyof typeof en): string {
  return arabic[id]
}

test('a shopper in Arabic finds a product by its Arabic name, pays in pounds and gets the email in Arabic', async ({
  page,
  sql,
}) => {
  // A product with an Arabic name, sold in one form, that no other spec buys out.
  const [product] = await sql<
    { id: string; slug: string; name: string; currency: CurrencyCode; variant: Record<string, unknown> }[]
  >`
    select p.id, p.slug, p.translations -> 'ar' ->> 'name' as name, p.currency, to_jsonb(v) as variant
    from products p join product_variants v on v.product_id = p.id
    where p.deleted_at is null and p.stock >= 20 and p.options = '[]'::jsonb
      and p.translations -> 'ar' ->> 'name' is not null
    order by p.slug limit 1 offset 3`
  if (!product) throw new Error('the demo catalog has no product with an Arabic name')
  const email = `arabic-${Date.now().toString(36)}@example.test`
  const main = page.getByRole('main')

  await test.step('the shop in Arabic reads right to left and syncs its catalog', async () => {
    await page.goto('/ar')
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  })

  await test.step('the shopper ships to the United Kingdom: prices in pounds', async () => {
    const country = page.getByRole('contentinfo').getByRole('combobox', { name: say('footer.country') })
    await country.selectOption('GB')
    await expect(country).toHaveValue('GB')
  })

  await test.step('search finds the product by its Arabic name', async () => {
    const searchBox = page.getByRole('combobox', { name: say('search.label') })
    await searchBox.fill(product.name)
    await searchBox.press('Enter')
    await expect(page).toHaveURL(/\/ar\/search\?q=/)
    await main.getByRole('link', { name: product.name }).first().click()
    await expect(page).toHaveURL(new RegExp(`/ar/p/${product.slug}`))
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
  })

  await test.step('the product page shows the pound price the shared rules give, VAT included', async () => {
    const answer = await page.request.get('/api/markets/rates')
    expect(answer.ok()).toBe(true)
    const { rates } = (await answer.json()) as { rates: ExchangeRates }
    const offer = {
      currency: product.currency,
      price: Number(product.variant.price),
      marketPrices: (product.variant.market_prices ?? undefined) as ProductVariant['marketPrices'],
    }
    const pounds = priceInMarket(offer, markets.uk, rates)
    expect(pounds.currency).toBe('GBP')
    const price = main.locator('.product__price')
    // The shelf isolates the currency as the shared formatter does (US$ and UK£ keep their order).
    await expect(price).toContainText(formatPrice('ar', pounds.amount, 'GBP'))
    await expect(price).toContainText(say('market.taxIncluded.vat'))
  })

  let orderId = ''
  await test.step('checkout in Arabic to a British address', async () => {
    const synced = page.getByRole('status').filter({ hasText: say('sync.synced') })
    await expect(synced).toBeVisible()
    await main
      .locator('form.add-to-cart')
      .getByRole('button', { name: say('cart.add'), exact: true })
      .click()
    await expect(synced).toBeVisible()
    await page.goto('/ar/checkout')
    await expect(page.getByRole('heading', { level: 1, name: say('checkout.title') })).toBeVisible()
    await page.getByLabel(say('checkout.country')).selectOption('GB')
    await page.getByLabel(say('checkout.email')).fill(email)
    await page.getByLabel(say('checkout.name')).fill('ليلى حداد')
    await page.getByLabel(say('checkout.line1')).fill('221B Baker Street')
    await page.getByLabel(say('checkout.postal.postcode')).fill('NW1 6XE')
    await page.getByLabel(say('checkout.city')).fill('London')
    await page.getByRole('button', { name: say('checkout.continueToShipping') }).click()
    await expect(page.getByRole('heading', { name: say('checkout.step.shipping') })).toBeFocused()
    await page.getByRole('radio', { name: new RegExp(say('checkout.method.standard')) }).check()
    await page.getByRole('button', { name: say('checkout.continueToReview') }).click()
    await expect(page.getByRole('heading', { name: say('checkout.step.review') })).toBeFocused()
    await page.getByRole('button', { name: say('checkout.placeOrder') }).click()
    orderId = await orderIdOnPaymentPage(page)
    await page.getByLabel(say('payment.cardNumber')).fill(testCards.succeeds)
    await page.getByLabel(say('payment.expiry')).fill('12/34')
    await page.getByLabel(say('payment.cvc')).fill('123')
    await page.getByRole('button', { name: say('payment.pay') }).click()
    await expect(page).toHaveURL(new RegExp(`/ar/orders/${orderId}\\?placed=1$`))
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(main.getByText(product.name).first()).toBeVisible()
  })

  await test.step('the order is in pounds and in Arabic, and so is its confirmation email', async () => {
    const [order] = await sql<{ currency: string; locale: string; number: number }[]>`
      select currency, locale, order_number as number from orders where id = ${orderId}`
    expect(order).toMatchObject({ currency: 'GBP', locale: 'ar' })
    await expect
      .poll(
        async () =>
          (
            await sql<{ subject: string; html: string }[]>`
              select subject, html from local_mailbox where to_address = ${email}`
          )[0],
        { timeout: 20_000 },
      )
      .toMatchObject({
        subject: expect.stringContaining('تم تأكيد الطلب'),
        html: expect.stringMatching(/dir="rtl"/),
      })
    const [mail] = await sql<{ html: string }[]>`select html from local_mailbox where to_address = ${email}`
    expect(mail?.html).toContain(product.name)
    expect(mail?.html).toMatch(/GBP|£/)
  })
})
