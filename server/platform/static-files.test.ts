import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from './app-env.ts'
import { onError, onNotFound } from './http-errors.ts'
import { createLogger } from './logger.ts'
import { createBuiltFiles, staticFiles } from './static-files.ts'

/** A dist/ like the build's: an index, a hashed script with its brotli file, a manifest. */
function builtDist() {
  const dist = mkdtempSync(join(tmpdir(), 'storefront-dist-'))
  mkdirSync(join(dist, 'assets'))
  const script = `console.log(${JSON.stringify('x'.repeat(4000))})`
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Shop</title><script src="/assets/app-1a2b.js"></script>',
  )
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), script)
  writeFileSync(join(dist, 'assets', 'app-1a2b.js.br'), brotliCompressSync(script))
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Shop"}')
  return { dist, script }
}

const appFor = (dist: string) =>
  new Hono<AppEnv>()
    .use(staticFiles(createBuiltFiles(dist, createLogger('silent'))))
    .get('*', (c) => c.text(`page ${c.req.path}`))
    .onError(onError)
    .notFound(onNotFound)

describe('the built web app, served from memory', () => {
  it('sends the build’s brotli file for a hashed asset, cached forever, and 304 for its tag', async () => {
    const { dist } = builtDist()
    const app = appFor(dist)
    const response = await app.request('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]{32}-br"$/)
    const again = await app.request('/assets/app-1a2b.js', { headers: { 'if-none-match': etag ?? '' } })
    expect(again.status).toBe(304)
  })

  it('compresses at load what the build left uncompressed, and sends it plain to who asks no compression', async () => {
    const { dist, script } = builtDist()
    writeFileSync(join(dist, 'assets', 'other-9f8e.js'), script)
    const app = appFor(dist)
    const gzipped = await app.request('/assets/other-9f8e.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    const plain = await app.request('/assets/other-9f8e.js')
    expect(await plain.text()).toBe(script)
  })

  it('serves index.html itself revalidated every time, and leaves every other navigation to the pages', async () => {
    const app = appFor(builtDist().dist)
    const index = await app.request('/index.html')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(await index.text()).toContain('<title>Shop</title>')
    const page = await app.request('/p/some-product')
    expect(await page.text()).toBe('page /p/some-product')
  })

  it('answers a missing file with a problem+json 404, not the app shell', async () => {
    const response = await appFor(builtDist().dist).request('/assets/gone-0000.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('picks up a new build made while it runs', async () => {
    const { dist } = builtDist()
    const app = appFor(dist)
    expect(await (await app.request('/index.html')).text()).toContain('<title>Shop</title>')
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>New build</title>')
    const later = new Date(Date.now() + 5_000)
    utimesSync(join(dist, 'index.html'), later, later)
    await expect
      .poll(async () => (await app.request('/index.html')).text(), { timeout: 5_000, interval: 200 })
      .toContain('New build')
  })

  it('says the app is not built when there is no dist', async () => {
    const response = await appFor(join(tmpdir(), 'no-such-dist')).request('/')
    expect(response.status).toBe(503)
  })
})
