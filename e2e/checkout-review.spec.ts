/**
 * The review step shows the order as the server will place it: a price raised since this device
 * last synced its catalog is called out ("was X, now Y"), a product sold out meanwhile is marked,
 * and the order cannot be placed until the cart is adjusted.
 */
import type { Request } from '@playwright/test'
import { formatPrice } from '../shared/i18n/price-format.ts'
import { markets } from '../shared/markets/market.ts'
import type { ExchangeRates } from '../shared/markets/market-price.ts'
import { priceInMarket } from '../shared/markets/price-in-market.ts'
import { addToCart, checkOutAsGuest } from './checkout-flow.ts'
import { expect, productsInStock, test, waitForCatalog } from './fixtures.ts'

test('the review highlights a price raised and a product sold out since the shopper saw the cart', async ({
  page,
  sql,
}) => {
  const [raised, soldOut] = await productsInStock(sql, 2, 45)
  if (!raised || !soldOut) throw new Error('not enough products')
  // The catalog requests still in flight: one the server answers after the changes below would
  // bring the new prices to the device, however the route blocks the ones that follow.
  const catalogRequests = new Set<Request>()
  page.on('request', (request) => {
    if (request.url().includes('/api/sync/catalog')) catalogRequests.add(request)
  })
  page.on('requestfinished', (request) => catalogRequests.delete(request))
  page.on('requestfailed', (request) => catalogRequests.delete(request))
  await page.goto('/')
  await addToCart(page, raised)
  await addToCart(page, soldOut)
  // The device must have seen the prices: its catalog sync starts only after the first paint.
  await waitForCatalog(page, sql)

  // This device keeps the prices it saw: its catalog sync hears "nothing new" while the server
  // changes, as from a lagging replica. Not cut off: a network error would tell the app it is offline,
  // and the review would then show the device's own prices instead of the server's quote.
  await page.route(
    (url) => url.pathname === '/api/sync/catalog',
    (route) => {
      const since = new URL(route.request().url()).searchParams.get('since') ?? ''
      return route.fulfill({ json: { categories: [], products: [], cursor: since, hasMore: false } })
    },
  )
  await expect.poll(() => catalogRequests.size).toBe(0)
  const [before] = await sql<{ price: number }[]>`select price from products where id = ${raised.id}`
  if (!before) throw new Error('no price')
  await sql`update product_variants set price = price + 250 where product_id = ${raised.id}`
  const [{ stock: soldOutStock } = { stock: 0 }] = await sql<{ stock: number }[]>`
    select stock from products where id = ${soldOut.id}`
  await sql`update product_variants set stock = 0 where product_id = ${soldOut.id}`

  try {
    await checkOutAsGuest(page, `review-${Date.now().toString(36)}@example.test`)
    // The review step's own lines (the order summary beside it lists them too, without the changes).
    const review = page.getByRole('region', { name: '3. Review and place order' })
    const raisedLine = review.getByRole('listitem').filter({ hasText: raised.name })
    await expect(raisedLine).toContainText('Price changed: was')
    // The checkout to Germany is priced in euros (decision 0026), by the rules the shelf uses.
    const { rates } = (await (await page.request.get('/api/markets/rates')).json()) as { rates: ExchangeRates }
    const inEuros = (price: number) => {
      const euros = priceInMarket({ currency: 'USD', price }, markets.eu, rates)
      return formatPrice('en', euros.amount, euros.currency)
    }
    await expect(raisedLine).toContainText(`was ${inEuros(before.price)}, now ${inEuros(before.price + 250)}`)
    await expect(review.getByRole('listitem').filter({ hasText: soldOut.name })).toContainText('No longer available.')
    await expect(page.getByRole('alert').filter({ hasText: 'Adjust your cart' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled()
  } finally {
    // Other specs pick products by stock: leave the catalog as it was.
    await sql`update product_variants set price = ${before.price} where product_id = ${raised.id}`
    await sql`update product_variants set stock = ${soldOutStock} where product_id = ${soldOut.id}`
  }
})
