/**
 * Serves the built SPA from dist/, held in memory: each file with the brotli and gzip forms the build
 * wrote beside it (vite.config.ts), a strong ETag and its Cache-Control, so a request is a map lookup
 * and a buffer write — no stat, no stream, 304 when the browser has it. Hashed /assets/* are cached
 * forever, the entry points (index.html, sw.js, manifest) revalidated every time so a deploy reaches
 * clients. Navigations are pages (server/pages/), rendered into index.html.
 *
 * @hono/node-server's serveStatic can pick precompressed files too, but stats and streams the file on
 * every request, sets Vary only when it found a compressed file, and answers no conditional request.
 */
import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { createMiddleware } from 'hono/factory'
import { getMimeType } from 'hono/utils/mime'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from './app-env.ts'
import { type Bytes, type EncodedBody, encodeBody } from './content-encoding.ts'
import { problem } from './http-errors.ts'
import type { Logger } from './logger.ts'
import { makeRepresentation, type Representation, sendRepresentation, strongEtag } from './representation.ts'

const immutable = 'public, max-age=31536000, immutable'
const revalidate = 'no-cache'
const entryPoints = new Set(['index.html', 'sw.js', 'manifest.webmanifest'])
/** How often the server looks whether dist/ was rebuilt (a build made while the server runs). */
const rebuildCheckMs = 1_000

export function cacheControlFor(path: string): string {
  if (path.includes('/assets/')) return immutable
  if (entryPoints.has(basename(path))) return revalidate
  return 'public, max-age=3600'
}

export type StaticFiles = ReadonlyMap<string, Representation>

/** dist/ as last built: undefined until `npm run build` has run. */
export type BuiltFiles = { readonly current: () => Promise<StaticFiles | undefined> }

/**
 * Serves the built files. A path with an extension that is not one of them is a 404 (a broken asset
 * URL must not get HTML the browser then fails to parse as a script); any other path is a page,
 * left to the routes after this one (server/pages/).
 */
export function staticFiles(files: BuiltFiles) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const current = await files.current()
    if (!current?.has('/index.html')) {
      return problem(c, ErrorCode.Unavailable, 'The web app is not built: run `npm run build`.')
    }
    const file = current.get(c.req.path)
    if (file) return sendRepresentation(c, file)
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return problem(c, ErrorCode.NotFound, `No file ${c.req.path}`)
    return next()
  })
}

/** dist/ in memory, loaded on first use and again when index.html changes (each build rewrites it). */
export function createBuiltFiles(distDir: string, logger: Logger, options: BuiltFilesOptions = {}): BuiltFiles {
  const indexPath = join(distDir, 'index.html')
  let loaded: { files: Promise<StaticFiles>; indexMtimeMs: number } | undefined
  let checkedAt = 0
  let warned = false
  return {
    async current(): Promise<StaticFiles | undefined> {
      const now = Date.now()
      if (loaded && now - checkedAt < rebuildCheckMs) return loaded.files
      checkedAt = now
      const indexMtimeMs = existsSync(indexPath) ? statSync(indexPath).mtimeMs : undefined
      if (indexMtimeMs === undefined) {
        if (!warned) logger.warn({ distDir }, 'web app not built: run `npm run build` to serve the shop UI')
        warned = true
        loaded = undefined
        return undefined
      }
      if (loaded?.indexMtimeMs !== indexMtimeMs) {
        loaded = { files: loadFiles(distDir, options), indexMtimeMs }
        loaded.files.then(
          (files) => logger.info({ distDir, files: files.size }, 'web app loaded'),
          () => {
            loaded = undefined // retried by the next request
          },
        )
      }
      return loaded.files
    },
  }
}

export type BuiltFilesOptions = {
  /** Tags the server adds to index.html's <head> (settings the client reads at runtime, e.g. the image CDN). */
  readonly indexHead?: string
}

async function loadFiles(distDir: string, options: BuiltFilesOptions): Promise<StaticFiles> {
  const paths = (await readdir(distDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
  const files = new Map<string, Representation>()
  for (const path of paths) {
    const urlPath = `/${relative(distDir, path).split(sep).join('/')}`
    files.set(urlPath, await loadFile(path, urlPath))
  }
  const index = files.get('/index.html')
  if (index && options.indexHead) files.set('/index.html', await withHeadTags(index, options.indexHead))
  return files
}

/** index.html with the server's tags added (compressed again: the build's files no longer match). */
async function withHeadTags(index: Representation, tags: string): Promise<Representation> {
  const html = new TextDecoder().decode(index.body.identity)
  if (!html.includes('</head>')) throw new Error('index.html has no </head> to add the server’s tags to')
  return makeRepresentation({
    contentType: index.contentType,
    cacheControl: index.cacheControl,
    body: html.replace('</head>', `${tags}</head>`),
  })
}

async function loadFile(path: string, urlPath: string): Promise<Representation> {
  const identity = new Uint8Array(await readFile(path))
  const contentType = getMimeType(path) ?? 'application/octet-stream'
  return {
    status: 200,
    contentType,
    etag: strongEtag(identity),
    cacheControl: cacheControlFor(urlPath),
    body: await builtEncodings(path, identity, contentType),
  }
}

/** The build's brotli (quality 11) and gzip files; compressed here, faster, only if the build made none. */
async function builtEncodings(path: string, identity: Bytes, contentType: string): Promise<EncodedBody> {
  const [br, gzip] = await Promise.all([readIfExists(`${path}.br`), readIfExists(`${path}.gz`)])
  if (br || gzip) return { identity, br, gzip }
  return encodeBody(identity, contentType)
}

async function readIfExists(path: string): Promise<Bytes | undefined> {
  return existsSync(path) ? new Uint8Array(await readFile(path)) : undefined
}
