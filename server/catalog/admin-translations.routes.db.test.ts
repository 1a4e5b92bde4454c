import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type {
  CategoryTranslationDocument,
  ProductTranslationDocument,
  ProductTranslationPage,
  TranslationSummary,
} from '../../shared/catalog/translation-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { products } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { colourOption, createTestVariantProduct, sizeOption } from '../test-support/test-variants.ts'

const logger = createLogger('silent')

describe.each(await databaseTargets())('admin translations on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger })
    return testApp
  }
  let signedInAdmin: TestBrowser | undefined
  const asAdmin = async () => {
    if (!signedInAdmin) {
      await ensureAdmin({ db: database().db, config, logger })
      signedInAdmin = createTestBrowser(app())
      expect((await signedInAdmin.signIn(admin)).status).toBe(200)
    }
    return signedInAdmin
  }
  const shoe = () =>
    createTestVariantProduct(database().db, {
      options: [sizeOption, colourOption],
      variants: [{ stock: 1, optionValues: { size: '42', colour: 'black' } }],
    })
  const get = async <T>(path: string): Promise<T> => {
    const response = await (await asAdmin()).request(path)
    expect(response.status).toBe(200)
    return (await response.json()) as T
  }
  const patch = async (path: string, body: unknown) => (await asAdmin()).request(path, { method: 'PATCH', json: body })
  const pathsOf = async (response: Response) =>
    ((await response.json()) as ProblemDetails).errors?.map((issue) => issue.path)
  const french = {
    name: 'Chaussure de test',
    description: 'Un produit fait par un test',
    options: {
      size: { name: 'Pointure', values: { '41': '41', '42': '42', '43': '43' } },
      colour: { name: 'Couleur', values: { black: 'Noir', white: 'Blanc' } },
    },
  }

  it('answers guests 401 and customers 403', async () => {
    const { productId } = await shoe()
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    expect((await guest.request('/api/admin/translations/summary')).status).toBe(401)
    expect((await customer.request(`/api/admin/translations/products/${productId}`)).status).toBe(403)
    const write = await customer.request(`/api/admin/translations/products/${productId}`, {
      method: 'PATCH',
      json: { translations: { fr: { name: 'Non' } } },
    })
    expect(write.status).toBe(403)
  })

  it('saves a locale, keeps the others, moves the version and the shop shows the French texts', async () => {
    const product = await shoe()
    const path = `/api/admin/translations/products/${product.productId}`
    const before = await get<ProductTranslationDocument>(path)
    expect(before.source).toMatchObject({ name: product.name, description: 'A product made by a test' })
    expect(before.gaps.fr).toEqual(['name', 'description', 'options'])
    expect((await patch(path, { translations: { de: { name: 'Testschuh' } } })).status).toBe(200)
    const saved = await patch(path, { translations: { fr: french } })
    expect(saved.status).toBe(200)
    const after = (await saved.json()) as ProductTranslationDocument
    expect(after.translations).toEqual({ de: { name: 'Testschuh' }, fr: french })
    expect(after.gaps.fr).toEqual([])
    expect(after.gaps.de).toEqual(['description', 'options'])
    expect(after.version).toBeGreaterThan(before.version)
    const [row] = await database()
      .db.select({ version: products.version })
      .from(products)
      .where(eq(products.id, product.productId))
    expect(row?.version).toBe(after.version)
    expect(await get<ProductTranslationDocument>(path)).toEqual(after)

    const shop = await createTestBrowser(app()).request(`/api/products/p-${product.productId}?locale=fr`)
    const shown = (await shop.json()) as { name: string; options: { name: string; values: { label: string }[] }[] }
    expect(shown.name).toBe('Chaussure de test')
    expect(shown.options.map((option) => option.name)).toEqual(['Pointure', 'Couleur'])
    expect(shown.options[1]?.values.map((value) => value.label)).toEqual(['Noir', 'Blanc'])
  })

  it('removes a locale sent with only blank texts', async () => {
    const { productId } = await shoe()
    const path = `/api/admin/translations/products/${productId}`
    await patch(path, { translations: { fr: { name: 'Chaussure' }, ja: { name: '靴' } } })
    const cleared = await patch(path, { translations: { fr: { name: '  ', description: '' } } })
    expect(((await cleared.json()) as ProductTranslationDocument).translations).toEqual({ ja: { name: '靴' } })
  })

  it('refuses a locale it does not translate, over-long texts and unknown option codes, naming each field', async () => {
    const { productId } = await shoe()
    const path = `/api/admin/translations/products/${productId}`
    const badLocale = await patch(path, { translations: { en: { name: 'x' }, xx: { name: 'y' } } })
    expect(badLocale.status).toBe(400)
    expect(badLocale.headers.get('content-type')).toContain('application/problem+json')
    expect(await pathsOf(badLocale)).toEqual(['json.translations.en', 'json.translations.xx'])
    const tooLong = await patch(path, {
      translations: { ar: { name: 'ا'.repeat(201), options: { colour: { values: { black: 'x'.repeat(61) } } } } },
    })
    expect(tooLong.status).toBe(400)
    expect(await pathsOf(tooLong)).toEqual([
      'json.translations.ar.name',
      'json.translations.ar.options.colour.values.black',
    ])
    const unknown = await patch(path, { translations: { fr: { options: { width: { name: 'Largeur' } } } } })
    expect(unknown.status).toBe(400)
    expect(await pathsOf(unknown)).toEqual(['json.translations.fr.options.width'])
    expect((await get<ProductTranslationDocument>(path)).translations).toEqual({})
    const nobody = await patch('/api/admin/translations/products/00000000-0000-4000-8000-000000000000', {
      translations: {},
    })
    expect(nobody.status).toBe(404)
  })

  it('counts what each locale lacks and lists the products missing a locale', async () => {
    const product = await shoe()
    const summaryBefore = await get<TranslationSummary>('/api/admin/translations/summary')
    const listed = async (missing: string) =>
      (
        await get<ProductTranslationPage>(
          `/api/admin/translations/products?missing=${missing}&q=${encodeURIComponent(product.name)}`,
        )
      ).items.map((item) => item.id)
    expect(await listed('fr')).toEqual([product.productId])
    // One value label short: the SQL filter agrees with the shared rule that the options still lack text.
    const oneShort = {
      ...french,
      options: { ...french.options, colour: { name: 'Couleur', values: { black: 'Noir' } } },
    }
    await patch(`/api/admin/translations/products/${product.productId}`, { translations: { fr: oneShort } })
    expect(await listed('fr')).toEqual([product.productId])
    const summaryShort = await get<TranslationSummary>('/api/admin/translations/summary')
    expect(summaryShort.products.missing.fr.options).toBe(summaryBefore.products.missing.fr.options)
    expect(summaryShort.products.missing.fr.name).toBe(summaryBefore.products.missing.fr.name - 1)
    await patch(`/api/admin/translations/products/${product.productId}`, { translations: { fr: french } })
    expect(await listed('fr')).toEqual([])
    expect(await listed('es')).toEqual([product.productId])
    const summaryAfter = await get<TranslationSummary>('/api/admin/translations/summary')
    expect(summaryAfter.products.total).toBe(summaryBefore.products.total)
    for (const field of ['name', 'description', 'options', 'any'] as const)
      expect(summaryAfter.products.missing.fr[field]).toBe(summaryBefore.products.missing.fr[field] - 1)
    expect(summaryAfter.products.missing.es).toEqual(summaryBefore.products.missing.es)
  })

  it('pages the list with a cursor, every row once, and refuses a forged one', async () => {
    await shoe()
    await shoe()
    const list = (query: string) =>
      get<ProductTranslationPage>(`/api/admin/translations/products?q=test%20product&${query}`)
    const all = (await list('limit=100')).items.map((item) => item.id)
    const paged: string[] = []
    let cursor: string | null = null
    do {
      const page: ProductTranslationPage = await list(`limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      paged.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
    } while (cursor && paged.length <= all.length)
    expect(paged.length).toBeGreaterThanOrEqual(2)
    expect(paged).toEqual(all)
    expect((await (await asAdmin()).request('/api/admin/translations/products?cursor=abc')).status).toBe(400)
    expect((await (await asAdmin()).request('/api/admin/translations/products?missing=en')).status).toBe(400)
  })

  it('saves a category’s name and description per locale', async () => {
    await shoe()
    const { items } = await get<{ items: CategoryTranslationDocument[] }>('/api/admin/translations/categories')
    const category = items.at(-1)
    if (!category) throw new Error('no category listed')
    const path = `/api/admin/translations/categories/${category.id}`
    const saved = await patch(path, { translations: { ar: { name: 'اختبار', description: 'فئة اختبار' } } })
    expect(saved.status).toBe(200)
    const after = (await saved.json()) as CategoryTranslationDocument
    expect(after.translations.ar).toEqual({ name: 'اختبار', description: 'فئة اختبار' })
    expect(after.gaps.ar).toEqual([])
    expect(after.version).toBeGreaterThan(category.version)
    const refused = await patch(path, { translations: { ar: { options: {} } } })
    expect(await pathsOf(refused)).toEqual(['json.translations.ar.options'])
  })
})
