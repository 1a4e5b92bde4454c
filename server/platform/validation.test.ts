import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { AppEnv } from './app-env.ts'
import { onError } from './http-errors.ts'
import { pathsWithNul, validate } from './validation.ts'

const app = new Hono<AppEnv>()
  .post('/things', validate('json', z.object({ name: z.string(), tags: z.array(z.string()) })), (c) =>
    c.json(c.req.valid('json')),
  )
  .get('/things', validate('query', z.object({ q: z.string().optional() })), (c) => c.json(c.req.valid('query')))
  .onError(onError)

const post = (body: unknown) =>
  app.request('/things', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('validate', () => {
  it('finds NUL characters in nested values and keys', () => {
    expect(pathsWithNul({ a: 'ok', b: ['x', 'y\u0000'], 'c\u0000': 1, d: { e: '\u0000' } })).toEqual([
      ['b', 1],
      ['c\u0000'],
      ['d', 'e'],
    ])
    expect(pathsWithNul({ a: 'ok', b: [1, null, true] })).toEqual([])
  })

  // Found by the route fuzz test: PostgreSQL text cannot hold NUL, so such input answered 500.
  it('refuses a NUL character in any string with 400 INVALID_INPUT naming the field', async () => {
    const response = await post({ name: 'A\u0000B', tags: ['ok', '\u0000'] })
    expect(response.status).toBe(400)
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((issue) => issue.path)).toEqual(['json.name', 'json.tags.1'])
    expect((await app.request('/things?q=a%00b')).status).toBe(400)
  })

  it('passes input without NUL characters through', async () => {
    const response = await post({ name: 'Ada ✓', tags: ['x'] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ name: 'Ada ✓', tags: ['x'] })
  })
})
