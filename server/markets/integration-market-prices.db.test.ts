/** The integration API's catalog import with explicit market prices (decision 0026). */
import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { categories, productVariants } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { issueApiKey, signedInAdmin, withKey } from '../test-support/test-api-keys.ts'
import { testConfig } from '../test-support/test-app.ts'
import { uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('integration import of market prices on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: uniqueEmail(), ADMIN_PASSWORD: 'the admin password' })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent') })
    return testApp
  }
  let token: string | undefined
  const importItems = async (items: unknown[]) => {
    token ??= (
      await issueApiKey(await signedInAdmin(app(), database().db, config), {
        scopes: ['catalog:read', 'catalog:write'],
      })
    ).token
    return withKey(app(), token, '/api/v1/products:import', { method: 'POST', json: { items } })
  }

  it('writes marketPrices where sent, keeps them where not, and refuses bad ones naming the field', async () => {
    const categoryId = randomUUID()
    await database()
      .db.insert(categories)
      .values({ id: categoryId, slug: `m-${categoryId.slice(0, 8)}`, name: 'M', description: 'M', position: 1 })
    const r = randomUUID().slice(0, 8).toUpperCase()
    const item = (variants: unknown[]) => ({
      slug: `lamp-${r.toLowerCase()}`,
      name: 'Lamp',
      brand: 'Acme',
      categoryId,
      currency: 'USD',
      options: [
        {
          code: 'colour',
          name: 'Colour',
          values: [
            { code: 'red', label: 'Red' },
            { code: 'blue', label: 'Blue' },
          ],
        },
      ],
      variants,
    })
    const red = { sku: `${r}-R`, optionValues: { colour: 'red' }, price: 4999, stock: 3 }
    const blue = { sku: `${r}-B`, optionValues: { colour: 'blue' }, price: 4999, stock: 3 }
    const stored = async () =>
      (
        await database()
          .db.select({ sku: productVariants.sku, marketPrices: productVariants.marketPrices })
          .from(productVariants)
          .where(eq(productVariants.sku, `${r}-R`))
          .orderBy(asc(productVariants.sku))
      ).map((row) => row.marketPrices)

    expect((await importItems([item([{ ...red, marketPrices: { eu: 4599, jp: 7980 } }, blue])])).status).toBe(200)
    expect(await stored()).toEqual([{ eu: 4599, jp: 7980 }])
    // Sent again without them: kept (an integration that knows no markets does not erase them).
    expect((await importItems([item([{ ...red, price: 5499 }, blue])])).status).toBe(200)
    expect(await stored()).toEqual([{ eu: 4599, jp: 7980 }])
    // Sent: replaced, `{}` clearing them.
    expect((await importItems([item([{ ...red, marketPrices: { uk: 3999 } }, blue])])).status).toBe(200)
    expect(await stored()).toEqual([{ uk: 3999 }])
    expect((await importItems([item([{ ...red, marketPrices: {} }, blue])])).status).toBe(200)
    expect(await stored()).toEqual([{}])

    const refused = await importItems([item([{ ...red, marketPrices: { eu: 45.99, mars: 1 } }, blue])])
    expect(refused.status).toBe(400)
    const paths = ((await refused.json()) as ProblemDetails).errors?.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['json.items.0.variants.0.marketPrices.eu']))
    expect(paths?.some((path) => path.startsWith('json.items.0.variants.0.marketPrices'))).toBe(true)
    expect(await stored()).toEqual([{}])
  })
})
