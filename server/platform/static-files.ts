/**
 * Serves the built SPA from dist/: real files as they are, hashed /assets/* cached forever, the
 * entry points (index.html, sw.js, manifest) revalidated every time so a deploy reaches clients, and
 * any other navigation answered with index.html for the client router.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from './app-env.ts'
import { problem } from './http-errors.ts'
import type { Logger } from './logger.ts'

const immutable = 'public, max-age=31536000, immutable'
const revalidate = 'no-cache'
const entryPoints = new Set(['index.html', 'sw.js', 'manifest.webmanifest'])

export function cacheControlFor(path: string): string {
  if (path.includes('/assets/')) return immutable
  if (entryPoints.has(basename(path))) return revalidate
  return 'public, max-age=3600'
}

export function spaRoutes(distDir: string, logger: Logger) {
  const indexPath = join(distDir, 'index.html')
  if (!existsSync(indexPath)) logger.warn({ distDir }, 'web app not built: run `npm run build` to serve the shop UI')
  // Created once dist/ exists (checked per request, one stat) so a build made while the server runs is picked up.
  let serveFiles: MiddlewareHandler<AppEnv> | undefined
  // serveStatic builds its response before calling onFound, so headers are added to that response.
  const servedPath = new WeakMap<Context, string>()
  return new Hono<AppEnv>()
    .get('*', async (c, next) => {
      if (!existsSync(indexPath))
        return problem(c, ErrorCode.Unavailable, 'The web app is not built: run `npm run build`.')
      serveFiles ??= serveStatic({ root: distDir, onFound: (path, c) => void servedPath.set(c, path) })
      const response = await serveFiles(c, next)
      const path = servedPath.get(c)
      if (response instanceof Response && path) response.headers.set('Cache-Control', cacheControlFor(path))
      return response
    })
    .get('*', async (c) => {
      // A missing file (anything with an extension) is a 404, not the app shell: a broken asset
      // URL must not be answered with HTML the browser then fails to parse as a script.
      if (/\.[a-z0-9]+$/i.test(c.req.path)) return problem(c, ErrorCode.NotFound, `No file ${c.req.path}`)
      return c.html(await readFile(indexPath, 'utf8'), 200, { 'Cache-Control': revalidate })
    })
}
