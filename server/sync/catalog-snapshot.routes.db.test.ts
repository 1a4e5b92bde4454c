/**
 * Decision 0015: a fresh client downloads one immutable, content-named snapshot file and then pulls
 * the changes since its cursor. The same data gives the same file on every build and instance; a
 * change gives another; the file before the current one keeps working, older ones are a 404 (the
 * client then pages the feed from the beginning).
 */
import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { Product } from '../../shared/catalog/product.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import {
  type CatalogSnapshotPointer,
  decodeSnapshotRow,
  parseSnapshotHeader,
} from '../../shared/sync/catalog-snapshot.ts'
import { catalogChannel } from '../events/catalog-changed.ts'
import { createInProcessBus } from '../platform/bus.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createSearchIndex } from '../search/search-index.service.ts'
import { createTestApp, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { buildCatalogSnapshot } from './catalog-snapshot.ts'
import { type CatalogSnapshots, createCatalogSnapshots, followCatalogChangesForSnapshots } from './catalog-snapshots.ts'

const logger = createLogger('silent')

/** The file's lines as objects: the header, then rows keyed by column name. */
function readSnapshotFile(text: string) {
  const lines = text.split('\n')
  expect(lines.pop()).toBe('')
  const header = parseSnapshotHeader(JSON.parse(lines[0]!))
  const rows = lines.slice(1).map((line) => JSON.parse(line) as unknown)
  const categories = rows.slice(0, header.categories).map((r) => decodeSnapshotRow(header.categoryColumns, r))
  const products = rows.slice(header.categories).map((r) => decodeSnapshotRow(header.productColumns, r))
  return { header, categories, products: products as unknown as Product[] }
}

describe.each(await databaseTargets())('catalog snapshot on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, uncachedTestConfig())
    return testApp
  }
  const stores: CatalogSnapshots[] = []
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.stop()))
  })

  const livePointer = async () => {
    const response = await app().request('/api/sync/catalog/snapshot')
    expect(response.status).toBe(200)
    return { response, pointer: (await response.json()) as CatalogSnapshotPointer }
  }

  const liveCount = async (table: 'categories' | 'products') => {
    const result = await database().db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where deleted_at is null`,
    )
    return Number((rowsOf(result)[0] as { n: number }).n)
  }

  it('points at a content-named file with the cursor and counts, revalidated every time, 304 when unchanged', async () => {
    const { response, pointer } = await livePointer()
    expect(response.headers.get('cache-control')).toBe('public, no-cache')
    expect(pointer.url).toMatch(/^\/api\/sync\/catalog\/snapshot\/[0-9a-f]{32}\.ndjson$/)
    expect(pointer.cursor).toMatch(/^x[0-9]+$/)
    expect(pointer.categories).toBe(await liveCount('categories'))
    expect(pointer.products).toBe(await liveCount('products'))
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    const again = await app().request('/api/sync/catalog/snapshot', { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
  })

  it('serves the file brotli- or gzip-compressed as built, immutable, with the content hash as a strong ETag', async () => {
    const { pointer } = await livePointer()
    const hash = /([0-9a-f]{32})\.ndjson$/.exec(pointer.url)![1]!
    const br = await app().request(pointer.url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(br.headers.get('etag')).toBe(`"${hash}-br"`)
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    expect(br.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const brBytes = new Uint8Array(await br.arrayBuffer())
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength)
    const text = brotliDecompressSync(brBytes)
    expect(text.byteLength).toBe(pointer.bytes)
    expect(createHash('sha256').update(text).digest('hex').slice(0, 32)).toBe(hash)

    const gz = await app().request(pointer.url, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gz.headers.get('etag')).toBe(`"${hash}-gz"`)
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).equals(text)).toBe(true)

    const plain = await app().request(pointer.url)
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('etag')).toBe(`"${hash}"`)
    expect(Buffer.from(await plain.arrayBuffer()).equals(text)).toBe(true)
  })

  it('answers 304 to If-None-Match with the tag of any encoding', async () => {
    const { pointer } = await livePointer()
    const hash = /([0-9a-f]{32})\.ndjson$/.exec(pointer.url)![1]!
    for (const tag of [`"${hash}"`, `"${hash}-br"`, `W/"${hash}-gz"`]) {
      const response = await app().request(pointer.url, {
        headers: { 'If-None-Match': tag, 'Accept-Encoding': 'br' },
      })
      expect(response.status).toBe(304)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(await response.text()).toBe('')
    }
  })

  it('holds every live row once, as the sync feed sends it, featured first then newest first', async () => {
    const { pointer } = await livePointer()
    const plain = await app().request(pointer.url)
    const file = readSnapshotFile(await plain.text())
    expect(file.header.categories).toBe(pointer.categories)
    expect(file.header.products).toBe(pointer.products)
    expect(file.products).toHaveLength(pointer.products)
    expect(new Set(file.products.map((p) => p.id)).size).toBe(pointer.products)

    const feed = await app().request('/api/sync/catalog?limit=1000')
    const page = (await feed.json()) as CatalogChanges
    for (const product of page.products.filter((p) => p.deletedAt === null).slice(0, 50)) {
      expect(file.products.find((p) => p.id === product.id)).toEqual(product)
    }
    const firstPlain = file.products.findIndex((p) => !p.featured)
    expect(file.products.slice(firstPlain).some((p) => p.featured)).toBe(false)
    const rest = file.products.slice(firstPlain).map((p) => p.createdAt)
    expect(rest.every((createdAt, i) => i === 0 || createdAt <= rest[i - 1]!)).toBe(true)
  })

  it('answers 404 for a file it does not have, so the client pages the feed instead', async () => {
    for (const path of ['0123456789abcdef0123456789abcdef.ndjson', 'not-a-snapshot', '..%2Fsnapshot']) {
      const response = await app().request(`/api/sync/catalog/snapshot/${path}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('builds the same file from the same data, on another instance too, and another after a change', async () => {
    const first = await buildCatalogSnapshot(database().db)
    const second = await buildCatalogSnapshot(database().db)
    expect(second.hash).toBe(first.hash)
    expect(Buffer.from(second.body.br).equals(Buffer.from(first.body.br))).toBe(true)
    const other = createTestApp(database().db, uncachedTestConfig())
    const otherPointer = (await (await other.request('/api/sync/catalog/snapshot')).json()) as CatalogSnapshotPointer
    expect(otherPointer.url).toBe(first.pointer.url)

    await database().db.execute(sql`
      update product_variants set stock = stock + 1
      where product_id = (select id from products where deleted_at is null order by id limit 1)`)
    const changed = await buildCatalogSnapshot(database().db)
    expect(changed.hash).not.toBe(first.hash)
  })

  it('leaves a change made after the build to the pull from the pointer’s cursor', async () => {
    const { pointer } = await livePointer()
    const [row] = rowsOf(
      await database().db.execute(sql`select id from products where deleted_at is null order by id desc limit 1`),
    ) as { id: string }[]
    await database().db.execute(sql`update products set name = 'Renamed after the snapshot' where id = ${row!.id}`)
    const delta = (await (await app().request(`/api/sync/catalog?since=${pointer.cursor}&limit=1000`)).json()) as
      | CatalogChanges
      | undefined
    expect(delta?.products.find((p) => p.id === row!.id)?.name).toBe('Renamed after the snapshot')
  })

  it('serves the current snapshot while it rebuilds after a change, keeps the previous file, forgets older ones', async () => {
    const bus = createInProcessBus()
    const searchIndex = createSearchIndex({ db: database().db, logger })
    let builds = 0
    const store = createCatalogSnapshots(
      { db: database().db, logger },
      {
        quietMs: 20,
        build: (db) => {
          builds += 1
          return buildCatalogSnapshot(db)
        },
      },
    )
    stores.push(store)
    followCatalogChangesForSnapshots({ bus, searchIndex, logger }, store)
    const renameOne = (name: string) =>
      database().db.execute(sql`
        update products set name = ${name}
        where id = (select id from products where deleted_at is null order by id limit 1)`)
    const rebuilt = async (from: string) => {
      await expect.poll(async () => (await store.current()).hash !== from, { timeout: 10_000 }).toBe(true)
      return store.current()
    }

    const first = await store.current()
    expect(builds).toBe(1)
    store.changed()
    store.changed()
    // No change since the build: the rebuild gives the same file, and nothing moves.
    await expect.poll(() => builds, { timeout: 10_000 }).toBe(2)
    expect((await store.current()).hash).toBe(first.hash)

    await renameOne('Renamed for a rebuild')
    await bus.publish(catalogChannel, '')
    expect((await store.current()).hash).toBe(first.hash) // answered at once, from the old one
    const second = await rebuilt(first.hash)
    expect(store.find(first.hash)).toBe(first)

    await renameOne('Renamed again, seen on the change feed')
    await searchIndex.refresh()
    const third = await rebuilt(second.hash)
    expect(store.find(second.hash)).toBe(second)
    expect(store.find(first.hash)).toBeUndefined()
    expect(third.hash).not.toBe(first.hash)
  })
})
