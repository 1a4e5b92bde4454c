/**
 * Query budgets of the hot routes (decision 0012): at most N SQL statements per request, counted at
 * the driver (server/test-support/statement-counter.ts) on the first, cold request. A budget is what
 * the route does today, with no slack a per-line loop could hide in: every multi-line case runs with
 * several lines, and the "does not grow" cases compare one line with several.
 */
import { describe, expect, it } from 'vitest'
import type { ProductId } from '../../shared/ids.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { createStatementCounter, describeStatements } from '../test-support/statement-counter.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, uniqueEmail, withMeta } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  onlyVariantOf,
  orderOf,
  postCheckout,
  postPay,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

/**
 * Statements per request, at most: today's counts (decision 0012 lists them). Session lookup is one
 * of them wherever a session is read. Lower one when a route gets cheaper; raise one only with the
 * reason in the commit, never to make room for a statement per line.
 */
const budgets = {
  productPage: 1,
  productList: 1,
  cartPull: 6,
  // A guest's first write stores its session (issue 18): whether a row exists, the shopper, the row.
  syncPush: 17,
  // Discounts (decision 0018): checkout reads the candidate codes and promotions once, payment
  // settles the order's held use once; neither depends on the number of lines. Checkout looks its
  // idempotency key up once before the rate limit too, so a replay spends no budget (issue 18).
  checkout: 28,
  pay: 28,
  orderPage: 5,
  adminOrders: 2,
  adminDashboard: 7,
} as const

/** "Several" in the per-line comparisons: enough that a loop adding a statement per line shows. */
const severalLines = 5

describe.each(await databaseTargets())('query budgets on $name', (target) => {
  const counter = createStatementCounter()
  const database = useTestDatabase(target, { seed: true, observer: counter.observer })
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent') })
    return testApp
  }
  const db = () => database().db

  /** A guest whose session (and CSRF token) exists already, so the measured request starts none. */
  const shopper = async () => {
    const browser = createTestBrowser(app())
    await browser.session()
    return browser
  }
  const newProducts = (count: number) =>
    Promise.all(Array.from({ length: count }, () => createTestProduct(db(), { stock: 50 })))
  const withCart = async (lines: number) => {
    const browser = await shopper()
    await fillCart(
      browser,
      (await newProducts(lines)).map((id): [ProductId, number] => [id, 2]),
    )
    return browser
  }
  const checkedOut = async (lines: number) => {
    const browser = await withCart(lines)
    return { browser, order: await orderOf(await postCheckout(browser)) }
  }
  const signedInAdmin = async (): Promise<TestBrowser> => {
    await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
    const browser = createTestBrowser(app())
    expect((await browser.signIn(admin)).status).toBe(200)
    return browser
  }

  /** The statements of one request, which must answer `status`. */
  const measure = async (request: () => Promise<Response>, status = 200): Promise<readonly string[]> => {
    const { result, statements } = await counter.count(request)
    expect(result.status, await result.clone().text()).toBe(status)
    // A scope that lost its statements would pass every budget: every one of these requests reads.
    expect(statements.length).toBeGreaterThan(0)
    return statements
  }
  const expectWithin = (statements: readonly string[], budget: number) => {
    expect(statements.length, describeStatements(statements)).toBeLessThanOrEqual(budget)
  }
  /** The same request with one line and with several: within budget, and the same count for both. */
  const expectPerLineFree = async (budget: number, request: (lines: number) => Promise<readonly string[]>) => {
    const one = await request(1)
    const several = await request(severalLines)
    expectWithin(one, budget)
    expectWithin(several, budget)
    expect(several.length, `grows with the lines:\n${describeStatements(several)}`).toBe(one.length)
  }

  // The catalog routes sit behind a response cache: a first request of another key takes any
  // one-time setup out of the measured one, which is then a miss (cold) for its own key.
  it('answers a cold product page within budget', async () => {
    const [id] = await newProducts(1)
    const browser = createTestBrowser(app())
    await measure(() => browser.request('/api/products?limit=1'))
    expectWithin(await measure(() => browser.request(`/api/products/p-${id}`)), budgets.productPage)
  })

  it('answers a cold product list page of 24 within budget', async () => {
    const [id] = await newProducts(1)
    const browser = createTestBrowser(app())
    await measure(() => browser.request(`/api/products/p-${id}`))
    expectWithin(await measure(() => browser.request('/api/products?limit=24')), budgets.productList)
  })

  it('answers a cart pull within budget, whatever the number of lines', async () => {
    await expectPerLineFree(budgets.cartPull, async (lines) => {
      const browser = await withCart(lines)
      return measure(() => browser.request('/api/sync/pull?since=0'))
    })
  })

  // As today's clients push them, naming the variant; one from before variants costs one statement more.
  it('applies a push of cart mutations within budget, whatever their number', async () => {
    await expectPerLineFree(budgets.syncPush, async (lines) => {
      const browser = await shopper()
      const products = await newProducts(lines)
      const variants = await Promise.all(products.map((productId) => onlyVariantOf(db(), productId)))
      const mutations = products.map((productId, index) =>
        withMeta({ kind: 'cart.set_quantity', productId, variantId: variants[index]!, quantity: 2 }),
      )
      return measure(() => browser.request('/api/sync/push', { method: 'POST', json: { mutations } }))
    })
  })

  // Reserving stock took one UPDATE per line until decision 0012 (26 statements for one line, 30 for five).
  it('checks out within budget, whatever the number of cart lines', async () => {
    await expectPerLineFree(budgets.checkout, async (lines) => {
      const browser = await withCart(lines)
      return measure(() => postCheckout(browser), 201)
    })
  })

  it('pays an order within budget, whatever the number of its lines', async () => {
    await expectPerLineFree(budgets.pay, async (lines) => {
      const { browser, order } = await checkedOut(lines)
      return measure(() => postPay(browser, order.id, testCards.succeeds))
    })
  })

  it('answers an order page within budget, whatever the number of its lines', async () => {
    await expectPerLineFree(budgets.orderPage, async (lines) => {
      const { browser, order } = await checkedOut(lines)
      return measure(() => browser.request(`/api/orders/${order.id}`))
    })
  })

  it("answers the admin's order list within budget, whatever the number of orders and lines", async () => {
    const browser = await signedInAdmin()
    await checkedOut(1)
    const few = await measure(() => browser.request('/api/admin/orders?limit=25'))
    for (let i = 0; i < 3; i++) await checkedOut(severalLines)
    const more = await measure(() => browser.request('/api/admin/orders?limit=25'))
    expectWithin(few, budgets.adminOrders)
    expectWithin(more, budgets.adminOrders)
  })

  it("refreshes the admin's dashboard within budget", async () => {
    const browser = await signedInAdmin()
    await checkedOut(2)
    expectWithin(await measure(() => browser.request('/api/admin/dashboard')), budgets.adminDashboard)
  })
})
