/** The fuzz test's own checks must be able to fail, or a green run proves nothing. */
import { describe, expect, it } from 'vitest'
import { faultsOf, fuzzableRoutes, paramNames } from './fuzz-requests.ts'

const problemJson = { 'content-type': 'application/problem+json' }

describe('faultsOf', () => {
  it('finds nothing wrong in a success or a problem+json error', async () => {
    expect(await faultsOf(new Response('{"ok":true}', { status: 200 }))).toEqual([])
    const problem = JSON.stringify({ code: 'INVALID_INPUT', status: 400, detail: 'at line 3' })
    expect(await faultsOf(new Response(problem, { status: 400, headers: problemJson }))).toEqual([])
  })

  it('takes a page route’s HTML 404 (the shop’s not-found page), but no other HTML error', async () => {
    const html = { 'content-type': 'text/html; charset=utf-8' }
    expect(await faultsOf(new Response('<h1>Not found</h1>', { status: 404, headers: html }), true)).toEqual([])
    expect((await faultsOf(new Response('<h1>Not found</h1>', { status: 404, headers: html })))[0]).toBe(
      'error answered as text/html; charset=utf-8',
    )
    expect((await faultsOf(new Response('<h1>Oops</h1>', { status: 400, headers: html }), true))[0]).toBe(
      'error answered as text/html; charset=utf-8',
    )
  })

  it('flags a 5xx, a stack trace and an error that is not problem+json', async () => {
    const internal = JSON.stringify({ code: 'INTERNAL', status: 500 })
    expect((await faultsOf(new Response(internal, { status: 500, headers: problemJson })))[0]).toBe('status 500')
    const trace = 'TypeError: x is undefined\n    at handler (/app/server/orders/orders.service.ts:3:9)'
    const traced = await faultsOf(new Response(trace, { status: 200 }))
    expect(traced.filter((fault) => fault.startsWith('stack trace'))).toHaveLength(2)
    expect((await faultsOf(new Response('Bad Request', { status: 400 })))[0]).toBe(
      'error answered as text/plain;charset=UTF-8',
    )
    const wrongStatus = JSON.stringify({ code: 'NOT_FOUND', status: 404 })
    expect((await faultsOf(new Response(wrongStatus, { status: 400, headers: problemJson })))[0]).toBe(
      'problem+json without code and matching status',
    )
  })
})

describe('fuzzableRoutes', () => {
  it('keeps each endpoint once and leaves out middleware, catch-alls and the event stream', () => {
    const routes = [
      { method: 'ALL', path: '/api/*' },
      { method: 'GET', path: '/api/products' },
      { method: 'GET', path: '/api/products' },
      { method: 'GET', path: '/api/events' },
      { method: 'GET', path: '/*' },
      { method: 'POST', path: '/api/v1/products:import' },
    ]
    expect(fuzzableRoutes({ routes })).toEqual([
      { method: 'GET', path: '/api/products' },
      { method: 'POST', path: '/api/v1/products:import' },
    ])
  })

  it('reads path parameters, not a colon inside a segment', () => {
    expect(paramNames('/api/admin/api-keys/:id/rotate')).toEqual(['id'])
    expect(paramNames('/api/v1/products:import')).toEqual([])
  })
})
