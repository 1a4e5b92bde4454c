import { randomUUID } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { asProductId, type ProductId } from '../../shared/ids.ts'
import { hashSessionToken } from '../account/session.service.ts'
import {
  appliedMutations,
  cartLines,
  events,
  products,
  productVariants,
  sessions,
  shoppers,
  wishlistItems,
} from '../db/schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import {
  createTestBrowser,
  type TestBrowser,
  testPassword,
  uniqueEmail,
  withMeta,
} from '../test-support/test-browser.ts'
import { productsSoldInOneForm } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'

describe.each(await databaseTargets())('cart and wishlist sync on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const browser = () => createTestBrowser(app())
  const db = () => database().db

  // Products sold in one form (pushed without a variant, as clients before variants did): plenty in
  // stock, a low-stock one, and a withdrawn one.
  let inStock: ProductId[] = []
  let lowStock: ProductId
  let withdrawn: ProductId
  beforeAll(async () => {
    const ids = await productsSoldInOneForm(db(), 12)
    inStock = ids.slice(0, 10)
    lowStock = ids[10]!
    withdrawn = ids[11]!
    await db().update(productVariants).set({ stock: 50 }).where(sql`${productVariants.productId} in ${inStock}`)
    await db().update(productVariants).set({ stock: 2 }).where(eq(productVariants.productId, lowStock))
    await db().update(products).set({ deletedAt: new Date() }).where(eq(products.id, withdrawn))
  })

  const shopperIdOf = async (b: TestBrowser) => {
    const [row] = await db()
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, hashSessionToken(b.cookie!)))
    return row!.shopperId
  }
  const storedCart = async (b: TestBrowser) =>
    db()
      .select({ productId: cartLines.productId, quantity: cartLines.quantity, changedAt: cartLines.changedAt })
      .from(cartLines)
      .where(eq(cartLines.shopperId, await shopperIdOf(b)))
      .orderBy(asc(cartLines.productId))
  const lines = (state: ShopperState) => state.cart.map((l) => [l.productId, l.quantity])

  it('applies a batch and answers outcomes in order with the state after all of them', async () => {
    const shopper = browser()
    const [a, b] = inStock
    const result = await shopper.push([
      { kind: 'cart.set_quantity', productId: a!, quantity: 2 },
      { kind: 'cart.set_quantity', productId: b!, quantity: 1 },
      { kind: 'wishlist.add', productId: b! },
      { kind: 'cart.set_quantity', productId: a!, quantity: 3 },
    ])
    expect(result.outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied'])
    expect(lines(result.state)).toEqual([
      [a, 3],
      [b, 1],
    ])
    expect(result.state.wishlist.map((i) => i.productId)).toEqual([b])
    const [lineA, lineB] = result.state.cart
    expect(lineA!.changedAt).toBeGreaterThan(lineB!.changedAt)
    expect(result.state.version).toBe(lineA!.changedAt)
    expect(await shopper.pull(0)).toEqual(result.state)
  })

  it('changes nothing when the same batch is pushed again: every outcome is a duplicate', async () => {
    const shopper = browser()
    const [a, b] = inStock
    const batch = [
      withMeta({ kind: 'cart.set_quantity', productId: a!, quantity: 4 }),
      withMeta({ kind: 'wishlist.add', productId: b! }),
      withMeta({ kind: 'cart.set_quantity', productId: b!, quantity: 0 }),
    ]
    const first = await shopper.push(batch)
    const rowsAfterFirst = await storedCart(shopper)
    const shopperId = await shopperIdOf(shopper)
    const eventsAfterFirst = await db().select().from(events).where(eq(events.shopperId, shopperId))
    const second = await shopper.push(batch)
    expect(second.outcomes).toEqual(batch.map((m) => ({ id: m.id, status: 'duplicate' })))
    expect(second.state).toEqual(first.state)
    expect(await storedCart(shopper)).toEqual(rowsAfterFirst)
    expect(await db().select().from(events).where(eq(events.shopperId, shopperId))).toEqual(eventsAfterFirst)
    expect(await shopper.pull(first.state.version)).toBeNull()
  })

  it('treats an id repeated within one batch as a duplicate', async () => {
    const shopper = browser()
    const once = withMeta({ kind: 'cart.set_quantity', productId: inStock[0]!, quantity: 2 })
    const result = await shopper.push([
      once,
      { kind: 'cart.set_quantity', productId: inStock[0]!, quantity: 5, id: once.id },
    ])
    expect(result.outcomes.map((o) => o.status)).toEqual(['applied', 'duplicate'])
    expect(lines(result.state)).toEqual([[inStock[0], 2]])
  })

  it('applies the good mutations of a batch and rejects only the bad item', async () => {
    const shopper = browser()
    const [a, b] = inStock
    const unknown = asProductId(randomUUID())
    const result = await shopper.push([
      { kind: 'cart.set_quantity', productId: a!, quantity: 1 },
      { kind: 'cart.set_quantity', productId: unknown, quantity: 1 },
      { kind: 'wishlist.add', productId: withdrawn },
      { kind: 'cart.set_quantity', productId: withdrawn, quantity: 2 },
      { kind: 'cart.set_quantity', productId: b!, quantity: 2 },
    ])
    expect(result.outcomes.map((o) => [o.status, 'code' in o ? o.code : undefined])).toEqual([
      ['applied', undefined],
      ['rejected', 'PRODUCT_UNAVAILABLE'],
      ['rejected', 'PRODUCT_UNAVAILABLE'],
      ['rejected', 'PRODUCT_UNAVAILABLE'],
      ['applied', undefined],
    ])
    expect(lines(result.state)).toEqual([
      [a, 1],
      [b, 2],
    ])
    expect(result.state.wishlist).toEqual([])
    expect((await storedCart(shopper)).map((r) => r.productId).sort()).toEqual([a, b].sort())
  })

  describe('a product sold in sizes', () => {
    const sizes = [{ code: 'size', name: 'Size', values: ['41', '42', '43'].map((v) => ({ code: v, label: v })) }]
    const sizedProduct = () =>
      createTestVariantProduct(db(), {
        options: sizes,
        variants: [
          { optionValues: { size: '41' }, stock: 4 },
          { optionValues: { size: '42' }, stock: 0 },
          { optionValues: { size: '43' }, stock: 9, price: 1200 },
        ],
      })

    it('keeps two sizes of one product as two lines, each with its own stock limit', async () => {
      const { productId, variantIds } = await sizedProduct()
      const [size41, , size43] = variantIds
      const result = await browser().push([
        { kind: 'cart.set_quantity', productId, variantId: size41!, quantity: 6 },
        { kind: 'cart.set_quantity', productId, variantId: size43!, quantity: 2 },
      ])
      expect(result.outcomes.map((o) => o.status)).toEqual(['adjusted', 'applied'])
      expect(result.state.cart.map((l) => [l.variantId, l.quantity])).toEqual([
        [size41, 4],
        [size43, 2],
      ])
    })

    it('refuses a sold-out size while the other sizes stay buyable', async () => {
      const { productId, variantIds } = await sizedProduct()
      const result = await browser().push([
        { kind: 'cart.set_quantity', productId, variantId: variantIds[1]!, quantity: 1 },
      ])
      expect(result.outcomes[0]).toMatchObject({ status: 'rejected', code: 'OUT_OF_STOCK' })
      expect(result.state.cart).toEqual([])
    })

    it('refuses a change without a size (an outbox from before variants) instead of guessing one', async () => {
      const { productId } = await sizedProduct()
      const shopper = browser()
      const change = withMeta({ kind: 'cart.set_quantity', productId, quantity: 1 })
      const result = await shopper.push([change])
      expect(result.outcomes[0]).toMatchObject({ status: 'rejected', code: 'VARIANT_REQUIRED' })
      // Refused once and for all: the replay is a duplicate, as for any other refusal.
      expect((await shopper.push([change])).outcomes[0]).toMatchObject({ status: 'duplicate' })
    })

    it('refuses a variant named with another product', async () => {
      const { variantIds } = await sizedProduct()
      const result = await browser().push([
        { kind: 'cart.set_quantity', productId: inStock[0]!, variantId: variantIds[0]!, quantity: 1 },
      ])
      expect(result.outcomes[0]).toMatchObject({ status: 'rejected', code: 'PRODUCT_UNAVAILABLE' })
    })
  })

  it('clamps a quantity to the stock and reports it adjusted', async () => {
    const shopper = browser()
    const result = await shopper.push([{ kind: 'cart.set_quantity', productId: lowStock, quantity: 5 }])
    expect(result.outcomes[0]).toMatchObject({ status: 'adjusted', code: 'QUANTITY_LIMITED', quantity: 2 })
    expect(lines(result.state)).toEqual([[lowStock, 2]])
  })

  it('rejects a quantity above the cap, or a bad mutation, with 400 naming the field', async () => {
    const shopper = browser()
    const over = await shopper.pushRaw([withMeta({ kind: 'cart.set_quantity', productId: inStock[0]!, quantity: 11 })])
    expect(over.status).toBe(400)
    const problem = (await over.json()) as ProblemDetails
    expect(problem.errors?.map((e) => e.path)).toEqual(['json.mutations.0.quantity'])
    const badId = await shopper.pushRaw([{ ...withMeta({ kind: 'wishlist.add', productId: inStock[0]! }), id: 'x' }])
    expect(((await badId.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['json.mutations.0.id'])
    expect((await shopper.pushRaw([])).status).toBe(400)
  })

  it('removes a line with quantity 0 and a wishlist item, and moves an item between them', async () => {
    const shopper = browser()
    const [a] = inStock
    await shopper.push([{ kind: 'cart.set_quantity', productId: a!, quantity: 2 }])
    const moved = await shopper.push([
      { kind: 'cart.set_quantity', productId: a!, quantity: 0 },
      { kind: 'wishlist.add', productId: a! },
    ])
    expect(moved.state.cart).toEqual([])
    expect(moved.state.wishlist.map((i) => i.productId)).toEqual([a])
    const back = await shopper.push([
      { kind: 'wishlist.remove', productId: a! },
      { kind: 'cart.set_quantity', productId: a!, quantity: 1 },
    ])
    expect(lines(back.state)).toEqual([[a, 1]])
    expect(back.state.wishlist).toEqual([])
    expect(
      await db()
        .select()
        .from(wishlistItems)
        .where(eq(wishlistItems.shopperId, await shopperIdOf(shopper))),
    ).toEqual([])
  })

  it('keeps the order lines were added in when a quantity changes', async () => {
    const shopper = browser()
    const [a, b, c] = inStock
    await shopper.push([
      { kind: 'cart.set_quantity', productId: c!, quantity: 1 },
      { kind: 'cart.set_quantity', productId: a!, quantity: 1 },
      { kind: 'cart.set_quantity', productId: b!, quantity: 1 },
    ])
    const result = await shopper.push([{ kind: 'cart.set_quantity', productId: c!, quantity: 5 }])
    expect(lines(result.state)).toEqual([
      [c, 5],
      [a, 1],
      [b, 1],
    ])
    expect(await shopper.pull(0)).toEqual(result.state)
  })

  it('answers a pull with 204 when nothing changed since the version, else with the state', async () => {
    const shopper = browser()
    // A guest who has only read has no stored shopper (issue 18): nothing to send.
    expect(await shopper.pull(0)).toBeNull()
    await shopper.push([{ kind: 'wishlist.add', productId: inStock[0]! }])
    const fresh = await shopper.pull(0)
    expect(fresh).toMatchObject({ cart: [], wishlist: [{ productId: inStock[0] }] })
    expect(await shopper.pull(fresh!.version)).toBeNull()
    const pushed = await shopper.push([{ kind: 'wishlist.add', productId: inStock[1]! }])
    expect(pushed.state.version).toBeGreaterThan(fresh!.version)
    expect(await shopper.pull(fresh!.version)).toEqual(pushed.state)
    expect(await shopper.pull(pushed.state.version)).toBeNull()
    const bad = await shopper.request('/api/sync/pull?since=-1')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['query.since'])
  })

  it('applies concurrent pushes from two sessions of one user exactly once each, in one order', async () => {
    const email = uniqueEmail()
    const phone = browser()
    await phone.signUp({ email, password: testPassword, name: 'Two devices' })
    const laptop = browser()
    await laptop.signIn({ email, password: testPassword })
    const batches = Array.from({ length: 8 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) =>
        withMeta({
          kind: 'cart.set_quantity',
          productId: inStock[(i + j) % inStock.length]!,
          quantity: 1 + ((i + j) % 9),
        }),
      ),
    )
    const results = await Promise.all(batches.map((batch, i) => (i % 2 ? phone : laptop).push(batch)))
    for (const result of results) expect(result.outcomes.every((o) => o.status === 'applied')).toBe(true)
    // Every mutation took its own receive number; the last writer per product is the highest number.
    const versions = results.map((r) => r.state.version)
    expect(new Set(versions).size).toBe(versions.length)
    const final = await phone.pull(0)
    expect(final).toEqual(await laptop.pull(0))
    expect(final!.version).toBe(Math.max(...versions))
    const [newest] = results.toSorted((x, y) => y.state.version - x.state.version)
    expect(final).toEqual(newest!.state)
    const shopperId = await shopperIdOf(phone)
    const applied = await db().select().from(appliedMutations).where(eq(appliedMutations.shopperId, shopperId))
    expect(applied).toHaveLength(40)
    const again = await Promise.all(batches.map((batch, i) => (i % 2 ? laptop : phone).push(batch)))
    expect(again.flatMap((r) => r.outcomes).every((o) => o.status === 'duplicate')).toBe(true)
    expect(await phone.pull(0)).toEqual(final)
  })

  describe('guest merge on sign-in', () => {
    it('merges the guest cart into the account without doubling quantities', async () => {
      const [a, b, c] = inStock
      const email = uniqueEmail()
      const laptop = browser()
      await laptop.signUp({ email, password: testPassword, name: 'Merge' })
      await laptop.push([
        { kind: 'cart.set_quantity', productId: a!, quantity: 1 },
        { kind: 'cart.set_quantity', productId: b!, quantity: 4 },
        { kind: 'wishlist.add', productId: c! },
      ])
      // Later, as a guest on the phone: A again with 2 (newer), and C in the cart.
      const phone = browser()
      await phone.push([
        { kind: 'cart.set_quantity', productId: a!, quantity: 2 },
        { kind: 'cart.set_quantity', productId: c!, quantity: 1 },
        { kind: 'wishlist.add', productId: c! },
      ])
      expect((await phone.signIn({ email, password: testPassword })).status).toBe(200)
      const merged = await phone.pull(0)
      expect(lines(merged!)).toEqual([
        [a, 2],
        [b, 4],
        [c, 1],
      ])
      expect(merged!.wishlist.map((i) => i.productId)).toEqual([c])
      expect(await laptop.pull(0)).toEqual(merged)

      // Signing in again from another, empty guest changes nothing.
      const tablet = browser()
      await tablet.session()
      await tablet.signIn({ email, password: testPassword })
      const again = await tablet.pull(0)
      expect({ ...again, version: 0 }).toEqual({ ...merged, version: 0 })
      expect(await storedCart(tablet)).toHaveLength(3)
    })

    it('keeps the account line when it is newer than the guest line', async () => {
      const [a] = inStock
      const email = uniqueEmail()
      const phone = browser()
      await phone.push([{ kind: 'cart.set_quantity', productId: a!, quantity: 5 }])
      const laptop = browser()
      await laptop.signUp({ email, password: testPassword, name: 'Newer' })
      await laptop.push([{ kind: 'cart.set_quantity', productId: a!, quantity: 1 }])
      await phone.signIn({ email, password: testPassword })
      expect(lines((await phone.pull(0))!)).toEqual([[a, 1]])
    })

    it('keeps a guest cart on sign-up, and a replayed guest mutation stays a duplicate after sign-in', async () => {
      const [a] = inStock
      const guestMutation = withMeta({ kind: 'cart.set_quantity', productId: a!, quantity: 3 })
      const phone = browser()
      await phone.push([guestMutation])
      await phone.signUp({ email: uniqueEmail(), password: testPassword, name: 'Adopt' })
      expect(lines((await phone.pull(0))!)).toEqual([[a, 3]])
      const replay = await phone.push([guestMutation])
      expect(replay.outcomes).toEqual([{ id: guestMutation.id, status: 'duplicate' }])

      const email = uniqueEmail()
      await browser().signUp({ email, password: testPassword, name: 'Replay' })
      const tablet = browser()
      const tabletMutation = withMeta({ kind: 'cart.set_quantity', productId: a!, quantity: 2 })
      await tablet.push([tabletMutation])
      await tablet.signIn({ email, password: testPassword })
      expect((await tablet.push([tabletMutation])).outcomes[0]?.status).toBe('duplicate')
    })

    it('gives the signed-in browser a version above any it held as a guest', async () => {
      const email = uniqueEmail()
      await browser().signUp({ email, password: testPassword, name: 'Cursor' })
      const phone = browser()
      const guestState = await phone.push([{ kind: 'wishlist.add', productId: inStock[0]! }])
      await phone.signIn({ email, password: testPassword })
      const accountState = await phone.pull(guestState.state.version)
      expect(accountState).not.toBeNull()
      const signedOut = await phone.signOut()
      expect(signedOut.status).toBe(200)
      expect(await phone.pull(accountState!.version)).toMatchObject({ cart: [], wishlist: [] })
    })

    it('leaves no guest shopper behind after a merge', async () => {
      const email = uniqueEmail()
      await browser().signUp({ email, password: testPassword, name: 'Cleanup' })
      const phone = browser()
      await phone.push([{ kind: 'cart.set_quantity', productId: inStock[0]!, quantity: 1 }])
      const guestId = await shopperIdOf(phone)
      await phone.signIn({ email, password: testPassword })
      expect(await db().select().from(shoppers).where(eq(shoppers.id, guestId))).toEqual([])
      expect(await db().select().from(cartLines).where(eq(cartLines.shopperId, guestId))).toEqual([])
    })
  })
})
