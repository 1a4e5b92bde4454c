import { countLocalProducts, expect, test } from './fixtures.ts'

const snapshotFile = /\/api\/sync\/catalog\/snapshot\/[0-9a-f]{32}\.ndjson$/

test('a first visit paints before the catalog sync starts; the sync runs in a worker, and the open page shows what it stores', async ({
  page,
  sql,
}) => {
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  const [featured] = await sql<{ id: string; name: string }[]>`
    select id, name from products where featured and deleted_at is null order by created_at desc, id limit 1`
  if (!featured) throw new Error('the seeded catalog has no featured product')
  const featuredGrid = page.getByRole('list', { name: 'Featured' })
  const snapshotLoaded = page.waitForResponse((response) => snapshotFile.test(response.url()))

  await test.step('the home page paints, then the worker downloads the snapshot file and stores the catalog', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect((await snapshotLoaded).status()).toBe(200)
    await expect(featuredGrid.getByRole('link', { name: featured.name }).first()).toBeVisible()
    await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
    expect(page.workers().some((worker) => worker.url().includes('catalog-sync-worker'))).toBe(true)
    const [paintedAt, startedAt] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByName('catalog-sync:start')[0]?.startTime,
    ])
    expect(paintedAt).toBeDefined()
    expect(startedAt).toBeGreaterThan(paintedAt ?? Number.POSITIVE_INFINITY)
  })

  const renamed = `${featured.name} (Worker Edition)`
  try {
    await test.step('a change on the server, pulled by the worker, shows on the open page without a reload', async () => {
      await sql`update products set name = ${renamed} where id = ${featured.id}`
      // `online` is one of the sync's triggers (as are focus, a timer and the server's pokes).
      await page.evaluate(() => window.dispatchEvent(new Event('online')))
      await expect(featuredGrid.getByRole('link', { name: renamed }).first()).toBeVisible({ timeout: 15_000 })
    })
  } finally {
    await sql`update products set name = ${featured.name} where id = ${featured.id}`
  }
})

test('a device whose snapshot file is gone pages the catalog feed from the beginning instead', async ({
  page,
  context,
  sql,
}) => {
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  const pages: string[] = []
  // What another instance, or a file two rebuilds old, answers.
  await context.route(snapshotFile, (route) =>
    route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"code":"NOT_FOUND"}' }),
  )
  context.on('request', (request) => {
    if (/\/api\/sync\/catalog\?/.test(request.url())) pages.push(request.url())
  })

  await page.goto('/')
  await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
  expect(pages.some((url) => !url.includes('since='))).toBe(true)
  await expect(page.getByRole('list', { name: 'Featured' }).getByRole('link').first()).toBeVisible()
})

test('a snapshot download that breaks off resumes after the rows already stored', async ({ page, context, sql }) => {
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  // While `dropping`, every download gets the file's header and its first 300 rows, then the
  // connection "drops". (A flag rather than unroute: unrouting races a request still in the handler.)
  let dropping = true
  await context.route(snapshotFile, async (route) => {
    if (!dropping) return route.fallback()
    const full = await (await route.fetch()).text()
    const firstRows = full.split('\n').slice(0, 301).join('\n')
    await route.fulfill({ status: 200, contentType: 'application/x-ndjson', body: `${firstRows}\n` })
  })

  await test.step('the first rows are stored with a note of how far the file got', async () => {
    await page.goto('/')
    await expect.poll(() => snapshotProgress(page), { timeout: 30_000 }).toMatchObject({ rows: 250 })
    expect(await countLocalProducts(page)).toBeLessThan(counted?.count ?? 0)
  })

  await test.step('the next pull takes the rest of the same file and the changes after it', async () => {
    dropping = false
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
    await expect.poll(() => snapshotProgress(page)).toBeNull()
  })
})

/** The `catalogSnapshot` row of the Dexie `meta` table, read with the raw IndexedDB API. */
function snapshotProgress(page: import('@playwright/test').Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('meta')) {
            db.close()
            resolve(null)
            return
          }
          const read = db.transaction('meta').objectStore('meta').get('catalogSnapshot')
          read.onsuccess = () => {
            db.close()
            resolve((read.result as { value?: unknown } | undefined)?.value ?? null)
          }
          read.onerror = () => reject(read.error)
        }
      }),
  )
}
