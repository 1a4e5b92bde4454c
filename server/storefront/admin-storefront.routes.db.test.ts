/** Issue 14: the admin edits collections and the home layout; shoppers get the change at once. */
import { describe, expect, it } from 'vitest'
import type { Product, ProductPage } from '../../shared/catalog/product.ts'
import type { FieldIssue } from '../../shared/errors.ts'
import type { HomeLayout } from '../../shared/storefront/home-blocks.ts'
import type { StorefrontContent } from '../../shared/storefront/storefront-content.ts'
import type { AdminCollection } from '../../shared/storefront/storefront-schema.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { signedInAdmin } from '../test-support/test-api-keys.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('admin storefront on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  // The response cache is on: an admin's write must drop the cached document and pages.
  const config = testConfig({
    DIST_DIR: writeFakeDist(),
    ADMIN_EMAIL: 'storefront@example.com',
    ADMIN_PASSWORD: 'the admin password',
  })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const admin = () => signedInAdmin(app(), database().db, config)
  const fieldsOf = async (response: Response) =>
    ((await response.json()) as { errors?: FieldIssue[] }).errors?.map((issue) => issue.path)

  it('answers guests 401 and customers 403', async () => {
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    expect((await createTestBrowser(app()).request('/api/admin/storefront/home')).status).toBe(401)
    expect((await customer.request('/api/admin/storefront/home')).status).toBe(403)
    expect((await customer.request('/api/admin/storefront/collections')).status).toBe(403)
  })

  it('saves a new hero title, which the cached storefront document and home page show at once', async () => {
    const browser = await admin()
    const before = await (await app().request('/')).text()
    expect(before).toContain('<h1>Everything for the way you live</h1>')
    await app().request('/api/sync/storefront')
    const layout = (await (await browser.request('/api/admin/storefront/home')).json()) as HomeLayout
    const blocks = layout.blocks.map((block) =>
      block.type === 'hero' ? { ...block, title: { en: 'Summer is here', de: 'Der Sommer ist da' } } : block,
    )
    const saved = await browser.request('/api/admin/storefront/home', { method: 'PUT', json: { blocks } })
    expect(saved.status).toBe(200)
    const content = (await (await app().request('/api/sync/storefront')).json()) as StorefrontContent
    expect(content.home.blocks[0]).toMatchObject({ type: 'hero', title: { en: 'Summer is here' } })
    expect(await (await app().request('/')).text()).toContain('<h1>Summer is here</h1>')
  })

  it('refuses a layout naming the field: a link off the shop, a row too long, an unknown block', async () => {
    const browser = await admin()
    const hero = {
      type: 'hero',
      title: { en: 'Hi' },
      ctaLabel: { en: 'Go' },
      ctaHref: '//evil.example/',
    }
    const response = await browser.request('/api/admin/storefront/home', {
      method: 'PUT',
      json: { blocks: [hero, { type: 'new_arrivals', limit: 500 }, { type: 'carousel' }] },
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(await fieldsOf(response)).toEqual(
      expect.arrayContaining(['json.blocks.0.ctaHref', 'json.blocks.1.limit', 'json.blocks.2.type']),
    )
  })

  it('creates, publishes and withdraws a manual collection, refusing unknown products and taken slugs', async () => {
    const browser = await admin()
    const products = ((await (await app().request('/api/products?limit=3')).json()) as ProductPage).items
    const [first, second] = products as [Product, Product]
    const input = {
      slug: 'staff-favourites',
      title: { en: 'Staff favourites', de: 'Lieblinge des Teams' },
      kind: 'manual',
      productSlugs: [second.slug, 'no-such-product'],
      published: true,
    }
    const refused = await browser.request('/api/admin/storefront/collections', { method: 'POST', json: input })
    expect(refused.status).toBe(400)
    expect(await fieldsOf(refused)).toEqual(['json.productSlugs.1'])
    const taken = await browser.request('/api/admin/storefront/collections', {
      method: 'POST',
      json: { ...input, slug: 'wireless', productSlugs: [second.slug] },
    })
    expect(await fieldsOf(taken)).toEqual(['json.slug'])
    const noRule = await browser.request('/api/admin/storefront/collections', {
      method: 'POST',
      json: { ...input, kind: 'rule', productSlugs: [] },
    })
    expect(await fieldsOf(noRule)).toEqual(['json.rule'])

    const created = await browser.request('/api/admin/storefront/collections', {
      method: 'POST',
      json: { ...input, productSlugs: [second.slug, first.slug] },
    })
    expect(created.status).toBe(201)
    const collection = (await created.json()) as AdminCollection
    expect(collection.productSlugs).toEqual([second.slug, first.slug])
    const german = await app().request('/collections/staff-favourites', { headers: { 'accept-language': 'de' } })
    const html = await german.text()
    expect(html).toContain('<h1>Lieblinge des Teams</h1>')
    expect(html.indexOf(`/p/${second.slug}`)).toBeLessThan(html.indexOf(`/p/${first.slug}`))

    const hidden = await browser.request(`/api/admin/storefront/collections/${collection.id}`, {
      method: 'PUT',
      json: { ...input, productSlugs: [first.slug], published: false },
    })
    expect(hidden.status).toBe(200)
    expect((await app().request('/collections/staff-favourites')).status).toBe(404)
    const listed = (await (await browser.request('/api/admin/storefront/collections')).json()) as {
      items: AdminCollection[]
    }
    expect(listed.items.find((item) => item.slug === 'staff-favourites')).toMatchObject({ published: false })

    const withdrawn = await browser.request(`/api/admin/storefront/collections/${collection.id}`, { method: 'DELETE' })
    expect(withdrawn.status).toBe(204)
    expect(
      (await browser.request(`/api/admin/storefront/collections/${collection.id}`, { method: 'DELETE' })).status,
    ).toBe(404)
  })
})
