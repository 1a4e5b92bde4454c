import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { maxSavedAddresses, type SavedAddressList } from '../../shared/account/saved-address.ts'
import type { CheckoutOptions } from '../../shared/checkout/checkout-options.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { savedAddresses } from '../db/schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, testAddress } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

const berlin = testAddress
const sanFrancisco = {
  name: 'Grace Hopper',
  line1: '1 Market Street',
  postalCode: '94105',
  city: 'San Francisco',
  region: 'CA',
  country: 'US',
  phone: '(415) 555-2671',
}
const paris = { name: 'Marie Curie', line1: '1 Rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' }

describe.each(await databaseTargets())('saved addresses on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const path = '/api/auth/me/addresses'

  const signedIn = async () => {
    const shopper = createTestBrowser(app())
    expect((await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Ada' })).status).toBe(201)
    return shopper
  }
  const list = async (shopper: TestBrowser) => {
    const response = await shopper.request(path)
    expect(response.status).toBe(200)
    return ((await response.json()) as SavedAddressList).addresses
  }
  const add = async (shopper: TestBrowser, body: Record<string, unknown>) => {
    const response = await shopper.request(path, { method: 'POST', json: body })
    expect(response.status).toBe(201)
    return ((await response.json()) as SavedAddressList).addresses
  }
  const idOf = (addresses: readonly { id: string; address: { city: string } }[], city: string) => {
    const found = addresses.find((a) => a.address.city === city)
    if (!found) throw new Error(`no address in ${city}`)
    return found.id
  }
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }

  it('makes the first address the default for shipping and billing and lists defaults first', async () => {
    const shopper = await signedIn()
    expect(await list(shopper)).toEqual([])
    const [first] = await add(shopper, { address: berlin })
    expect(first).toMatchObject({ address: berlin, isDefaultShipping: true, isDefaultBilling: true })
    const after = await add(shopper, { address: sanFrancisco })
    expect(after.map((a) => [a.address.city, a.isDefaultShipping, a.isDefaultBilling])).toEqual([
      ['Berlin', true, true],
      ['San Francisco', false, false],
    ])
    // Stored as checkout stores an address: the phone in E.164.
    expect(after[1]?.address.phone).toBe('+14155552671')
  })

  it('keeps one default of each kind when the default moves, and lists the new default first', async () => {
    const shopper = await signedIn()
    await add(shopper, { address: berlin })
    const both = await add(shopper, { address: sanFrancisco })
    const sf = idOf(both, 'San Francisco')
    const shipping = await shopper.request(`${path}/${sf}/default`, { method: 'PUT', json: { kind: 'shipping' } })
    expect(shipping.status).toBe(200)
    const moved = ((await shipping.json()) as SavedAddressList).addresses
    expect(moved.map((a) => [a.address.city, a.isDefaultShipping, a.isDefaultBilling])).toEqual([
      ['San Francisco', true, false],
      ['Berlin', false, true],
    ])
    await shopper.request(`${path}/${sf}/default`, { method: 'PUT', json: { kind: 'both' } })
    const all = await list(shopper)
    expect(all.filter((a) => a.isDefaultShipping).map((a) => a.id)).toEqual([sf])
    expect(all.filter((a) => a.isDefaultBilling).map((a) => a.id)).toEqual([sf])
  })

  it('sets defaults one at a time when two requests race, never two defaults', async () => {
    const shopper = await signedIn()
    await add(shopper, { address: berlin })
    await add(shopper, { address: sanFrancisco })
    const addresses = await add(shopper, { address: paris })
    const answers = await Promise.all(
      addresses.map((a) => shopper.request(`${path}/${a.id}/default`, { method: 'PUT', json: { kind: 'both' } })),
    )
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
    const rows = await db().select().from(savedAddresses).where(eq(savedAddresses.id, addresses[0]!.id))
    const userId = rows[0]!.userId
    const all = await db().select().from(savedAddresses).where(eq(savedAddresses.userId, userId))
    expect(all.filter((a) => a.isDefaultShipping)).toHaveLength(1)
    expect(all.filter((a) => a.isDefaultBilling)).toHaveLength(1)
  })

  it('updates an address and makes it the default when asked', async () => {
    const shopper = await signedIn()
    await add(shopper, { address: berlin })
    const sf = idOf(await add(shopper, { address: sanFrancisco }), 'San Francisco')
    const response = await shopper.request(`${path}/${sf}`, {
      method: 'PUT',
      json: { address: { ...sanFrancisco, line1: '2 Market Street' }, isDefaultShipping: true },
    })
    expect(response.status).toBe(200)
    const [first, second] = ((await response.json()) as SavedAddressList).addresses
    expect(first).toMatchObject({ id: sf, isDefaultShipping: true, isDefaultBilling: false })
    expect(first?.address.line1).toBe('2 Market Street')
    expect(second).toMatchObject({ isDefaultShipping: false, isDefaultBilling: true })
  })

  it('hands the defaults of a deleted address to the newest remaining one, and leaves none when the book is empty', async () => {
    const shopper = await signedIn()
    const berlinId = idOf(await add(shopper, { address: berlin }), 'Berlin')
    await add(shopper, { address: sanFrancisco })
    await add(shopper, { address: paris })
    expect((await shopper.request(`${path}/${berlinId}`, { method: 'DELETE' })).status).toBe(204)
    const left = await list(shopper)
    expect(left.map((a) => [a.address.city, a.isDefaultShipping, a.isDefaultBilling])).toEqual([
      ['Paris', true, true],
      ['San Francisco', false, false],
    ])
    for (const address of left) await shopper.request(`${path}/${address.id}`, { method: 'DELETE' })
    expect(await list(shopper)).toEqual([])
    // The next address is the default again.
    expect((await add(shopper, { address: berlin }))[0]).toMatchObject({ isDefaultShipping: true })
  })

  it(`refuses address number ${maxSavedAddresses + 1} with 422 ADDRESS_BOOK_FULL`, async () => {
    const shopper = await signedIn()
    for (let i = 0; i < maxSavedAddresses; i++) await add(shopper, { address: { ...berlin, line1: `${i} Street` } })
    const response = await shopper.request(path, { method: 'POST', json: { address: paris } })
    expect(response.status).toBe(422)
    expect((await problemOf(response)).code).toBe('ADDRESS_BOOK_FULL')
    expect(await list(shopper)).toHaveLength(maxSavedAddresses)
  })

  it("answers 404 for another account's address, and changes nothing of it", async () => {
    const owner = await signedIn()
    const id = idOf(await add(owner, { address: berlin }), 'Berlin')
    const other = await signedIn()
    const attempts = [
      await other.request(`${path}/${id}`, { method: 'PUT', json: { address: paris } }),
      await other.request(`${path}/${id}`, { method: 'DELETE' }),
      await other.request(`${path}/${id}/default`, { method: 'PUT', json: { kind: 'both' } }),
      await other.request(`${path}/${randomUUID()}`, { method: 'DELETE' }),
    ]
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404])
    expect((await problemOf(attempts[0]!)).code).toBe('NOT_FOUND')
    expect(await list(other)).toEqual([])
    expect((await list(owner)).map((a) => a.address)).toEqual([berlin])
  })

  it('refuses an address checkout would refuse, naming the field', async () => {
    const shopper = await signedIn()
    const cases: [Record<string, unknown>, string][] = [
      [{ ...berlin, postalCode: '1011' }, 'json.address.postalCode'],
      [{ ...sanFrancisco, region: 'XX' }, 'json.address.region'],
      [{ ...berlin, phone: '12' }, 'json.address.phone'],
      [{ ...berlin, name: ' ' }, 'json.address.name'],
    ]
    for (const [address, field] of cases) {
      const response = await shopper.request(path, { method: 'POST', json: { address } })
      expect(response.status).toBe(400)
      const problem = await problemOf(response)
      expect(problem.code).toBe('INVALID_INPUT')
      expect(problem.errors?.map((e) => e.path)).toEqual([field])
    }
    const kind = await shopper.request(`${path}/${randomUUID()}/default`, { method: 'PUT', json: { kind: 'home' } })
    expect((await problemOf(kind)).errors?.map((e) => e.path)).toEqual(['json.kind'])
    expect(await list(shopper)).toEqual([])
  })

  it('is for signed-in shoppers only, and writes need the CSRF token', async () => {
    const guest = createTestBrowser(app())
    await guest.session()
    expect((await guest.request(path)).status).toBe(401)
    expect((await guest.request(path, { method: 'POST', json: { address: berlin } })).status).toBe(401)
    const shopper = await signedIn()
    const forged = await shopper.request(path, {
      method: 'POST',
      headers: { 'x-csrf-token': 'wrong' },
      json: { address: berlin },
    })
    expect(forged.status).toBe(403)
    expect(await list(shopper)).toEqual([])
  })

  describe('at checkout', () => {
    const checkout = async (shopper: TestBrowser, body: Record<string, unknown>, key = randomUUID()) => {
      const productId = await createTestProduct(db(), { stock: 5 })
      await fillCart(shopper, [[productId, 1]])
      return postCheckout(shopper, { key, body: { shippingMethod: 'standard', ...body } })
    }

    it('saves the order address when asked, once, even when the checkout is replayed or repeated', async () => {
      const shopper = await signedIn()
      const key = randomUUID()
      const order = await orderOf(await checkout(shopper, { shippingAddress: paris, saveAddress: true }, key))
      expect(order.shippingAddress).toMatchObject(paris)
      const replay = await postCheckout(shopper, {
        key,
        body: { shippingAddress: paris, shippingMethod: 'standard', saveAddress: true },
      })
      expect(replay.status).toBe(200)
      // Typed again with other spacing and case: still the same address.
      const again = { ...paris, line1: '1  rue de la Paix ', city: 'PARIS' }
      await orderOf(await checkout(shopper, { shippingAddress: again, saveAddress: true }))
      const saved = await list(shopper)
      expect(saved.map((a) => a.address)).toEqual([paris])
      expect(saved[0]).toMatchObject({ isDefaultShipping: true, isDefaultBilling: true })
    })

    it('does not save the address unless asked', async () => {
      const shopper = await signedIn()
      await orderOf(await checkout(shopper, { shippingAddress: paris }))
      await orderOf(await checkout(shopper, { shippingAddress: berlin, saveAddress: false }))
      expect(await list(shopper)).toEqual([])
    })

    it('places the order when the address book is full, without saving the address', async () => {
      const shopper = await signedIn()
      for (let i = 0; i < maxSavedAddresses; i++) await add(shopper, { address: { ...berlin, line1: `${i} Street` } })
      const response = await checkout(shopper, { shippingAddress: paris, saveAddress: true })
      expect(response.status).toBe(201)
      const saved = await list(shopper)
      expect(saved).toHaveLength(maxSavedAddresses)
      expect(saved.some((a) => a.address.city === 'Paris')).toBe(false)
    })

    it("offers the default shipping address as the checkout's defaults, over the last checkout's address", async () => {
      const shopper = await signedIn()
      const options = async () => (await (await shopper.request('/api/checkout/options')).json()) as CheckoutOptions
      await orderOf(await checkout(shopper, { email: 'ada@example.com', shippingAddress: berlin }))
      expect((await options()).defaults?.shippingAddress).toEqual(berlin)
      await add(shopper, { address: paris })
      const sf = idOf(await add(shopper, { address: sanFrancisco }), 'San Francisco')
      expect((await options()).defaults).toEqual({
        email: 'ada@example.com',
        shippingAddress: paris,
        shippingMethod: 'standard',
      })
      await shopper.request(`${path}/${sf}/default`, { method: 'PUT', json: { kind: 'shipping' } })
      expect((await options()).defaults?.shippingAddress).toMatchObject({ city: 'San Francisco' })
    })
  })
})
