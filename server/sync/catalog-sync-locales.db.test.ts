/**
 * Issue 16: the catalog sync carries the translations of the locales the device asks for
 * (`?locales=`), the snapshot file is built per locale set, and a device switching to a locale it
 * has not pulled fetches only that locale's texts (`/api/sync/catalog/texts`).
 */
import { brotliDecompressSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { CatalogChanges, CatalogTexts } from '../../shared/sync/catalog-changes.ts'
import { type CatalogSnapshotPointer, parseSnapshotHeader } from '../../shared/sync/catalog-snapshot.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createTestApp, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('catalog sync in the shopper’s locales on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let uncached: ReturnType<typeof createTestApp> | undefined
  let cached: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    uncached ??= createTestApp(database().db, uncachedTestConfig())
    return uncached
  }
  const cachedApp = () => {
    cached ??= createTestApp(database().db)
    return cached
  }

  const getJson = async <T>(path: string, from = app()): Promise<T> => {
    const response = await from.request(path)
    expect(response.status).toBe(200)
    return (await response.json()) as T
  }

  /** The German names stored on the rows, by id. */
  const storedNames = async (table: 'products' | 'categories', locale: string) => {
    const result = await database().db.execute(
      sql`select id, translations -> ${locale}::text ->> 'name' as name from ${sql.identifier(table)}
          where deleted_at is null and translations ? ${locale}::text`,
    )
    return new Map(rowsOf(result).map((row) => [String((row as { id: string }).id), (row as { name: string }).name]))
  }

  it('sends rows without translations unless asked, and with only the asked locales when asked', async () => {
    const plain = await getJson<CatalogChanges>('/api/sync/catalog?limit=100')
    expect(plain.products.length).toBeGreaterThan(0)
    expect(plain.products.every((p) => !('translations' in p))).toBe(true)

    const german = await getJson<CatalogChanges>('/api/sync/catalog?limit=100&locales=de')
    const names = await storedNames('products', 'de')
    const translated = german.products.filter((p) => names.has(p.id))
    expect(translated.length).toBeGreaterThan(0)
    for (const product of translated) {
      expect(Object.keys(product.translations ?? {})).toEqual(['de'])
      expect(product.translations?.de?.name).toBe(names.get(product.id))
      // The row's own texts stay the default language's: the device localizes when it reads.
      expect(product.name).toBe(plain.products.find((p) => p.id === product.id)?.name)
    }
    const categoryNames = await storedNames('categories', 'de')
    for (const category of german.categories.filter((c) => categoryNames.has(c.id)))
      expect(category.translations?.de?.name).toBe(categoryNames.get(category.id))

    const two = await getJson<CatalogChanges>('/api/sync/catalog?limit=100&locales=fr,de,en')
    expect(two.products.filter((p) => p.translations).every((p) => p.translations?.de && p.translations.fr)).toBe(true)
    expect(Object.keys(two.products.find((p) => p.translations)!.translations!)).toEqual(['de', 'fr'])
  })

  it('keeps one cached first page per locale set', async () => {
    const plain = await getJson<CatalogChanges>('/api/sync/catalog?limit=20', cachedApp())
    const german = await getJson<CatalogChanges>('/api/sync/catalog?limit=20&locales=de', cachedApp())
    const french = await getJson<CatalogChanges>('/api/sync/catalog?limit=20&locales=fr', cachedApp())
    const plainAgain = await getJson<CatalogChanges>('/api/sync/catalog?limit=20', cachedApp())
    expect(plain.products.some((p) => p.translations)).toBe(false)
    expect(plainAgain).toEqual(plain)
    expect(german.products.some((p) => p.translations?.de && !p.translations.fr)).toBe(true)
    expect(french.products.some((p) => p.translations?.fr && !p.translations.de)).toBe(true)
    const reordered = await cachedApp().request('/api/sync/catalog?limit=20&locales=fr,de')
    const ordered = await cachedApp().request('/api/sync/catalog?limit=20&locales=de,fr')
    expect(reordered.headers.get('etag')).toBe(ordered.headers.get('etag'))
  })

  it('sends a translation edit through the feed as a new version of the product', async () => {
    const { cursor } = await getJson<CatalogChanges>('/api/sync/catalog?limit=1000&locales=de')
    let since = cursor
    for (let page = await getJson<CatalogChanges>(`/api/sync/catalog?limit=1000&since=${since}`); ; ) {
      since = page.cursor
      if (!page.hasMore) break
      page = await getJson<CatalogChanges>(`/api/sync/catalog?limit=1000&since=${since}`)
    }
    const [row] = rowsOf(
      await database().db.execute(sql`select id, version from products where deleted_at is null order by id limit 1`),
    ) as { id: string; version: number }[]
    await database().db.execute(sql`
      update products set translations = jsonb_set(translations, '{de}',
        coalesce(translations -> 'de', '{}'::jsonb) || '{"name": "Neu übersetzt"}'::jsonb)
      where id = ${row!.id}`)
    const delta = await getJson<CatalogChanges>(`/api/sync/catalog?limit=1000&since=${since}&locales=de`)
    const edited = delta.products.find((p) => p.id === row!.id)
    expect(edited?.translations?.de?.name).toBe('Neu übersetzt')
    expect(edited!.version).toBeGreaterThan(Number(row!.version))
  })

  it('sends one locale’s texts, paged by id, categories on the first page, each translated row once', async () => {
    const names = await storedNames('products', 'fr')
    const seen: string[] = []
    let after: string | null = null
    let pages = 0
    do {
      const page: CatalogTexts = await getJson<CatalogTexts>(
        `/api/sync/catalog/texts?locale=fr&limit=40${after ? `&after=${after}` : ''}`,
      )
      expect(page.locale).toBe('fr')
      if (pages === 0) expect(page.categories.length).toBe((await storedNames('categories', 'fr')).size)
      else expect(page.categories).toEqual([])
      expect(page.products.length).toBeLessThanOrEqual(40)
      for (const row of page.products) {
        expect(row.translation.name).toBe(names.get(row.id))
        expect(Object.keys(row)).toEqual(['id', 'translation'])
      }
      seen.push(...page.products.map((row) => row.id))
      after = page.next
      pages += 1
    } while (after)
    expect(pages).toBeGreaterThan(1)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.sort()).toEqual([...names.keys()].sort())
  })

  it('builds a snapshot file per locale set, its rows carrying those translations', async () => {
    const fileOf = async (query: string) => {
      const pointer = await getJson<CatalogSnapshotPointer>(`/api/sync/catalog/snapshot${query}`)
      const response = await app().request(pointer.url, { headers: { 'Accept-Encoding': 'br' } })
      expect(response.status).toBe(200)
      const br = new Uint8Array(await response.arrayBuffer())
      const lines = brotliDecompressSync(br).toString('utf8').trimEnd().split('\n')
      const header = parseSnapshotHeader(JSON.parse(lines[0]!))
      return { pointer, br: br.byteLength, header, lines }
    }
    const none = await fileOf('')
    const german = await fileOf('?locales=de')
    const arabic = await fileOf('?locales=ar')
    expect(none.header.productColumns).not.toContain('translations')
    expect(german.header.productColumns.at(-1)).toBe('translations')
    expect(german.header.categoryColumns.at(-1)).toBe('translations')
    expect(new Set([none.pointer.url, german.pointer.url, arabic.pointer.url]).size).toBe(3)
    expect(german.pointer.cursor).toMatch(/^x[0-9]+$/)
    const firstProduct = JSON.parse(german.lines[1 + german.header.categories]!) as unknown[]
    expect(Object.keys(firstProduct.at(-1) as object)).toEqual(['de'])
    expect(none.br).toBeLessThan(german.br)
    // The same language asked again is the same file.
    expect((await getJson<CatalogSnapshotPointer>('/api/sync/catalog/snapshot?locales=de')).url).toBe(
      german.pointer.url,
    )
  })

  it.each([
    ['/api/sync/catalog?locales=xx', 'query.locales'],
    ['/api/sync/catalog?locales=de,', 'query.locales'],
    ['/api/sync/catalog/snapshot?locales=fr-CA', 'query.locales'],
    ['/api/sync/catalog/snapshot?locales=de,fr', 'query.locales'],
    ['/api/sync/catalog/snapshot?locale=de', 'query.locale'],
    ['/api/sync/catalog/texts', 'query.locale'],
    ['/api/sync/catalog/texts?locale=en', 'query.locale'],
    ['/api/sync/catalog/texts?locale=de&after=abc', 'query.after'],
    ['/api/sync/catalog/texts?locale=de&limit=0', 'query.limit'],
  ])('answers %s with 400 naming %s', async (path, field) => {
    const response = await app().request(path)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(field)
  })
})
