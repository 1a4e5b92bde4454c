import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appOnlyPaths } from './app-paths.ts'

// The server answers these paths with the frame and every other non-catalog path with a 404, so the
// list must name every route of the client's router.
const clientRoutes = readFileSync(new URL('../../client/routes.tsx', import.meta.url), 'utf8')
const routerPaths = [...clientRoutes.matchAll(/path: '([^']+)'/g)].map((match) => match[1])

describe('the app-only paths', () => {
  it('are exactly the client routes that the server does not render itself', () => {
    const catalogPages = ['/', '/c/:slug', '/collections/:slug', '/p/:slug', '/p/:slug/review', '/help', '*404']
    expect(routerPaths.length).toBeGreaterThan(10)
    expect([...appOnlyPaths].sort()).toEqual(routerPaths.filter((path) => !catalogPages.includes(path ?? '')).sort())
  })
})
