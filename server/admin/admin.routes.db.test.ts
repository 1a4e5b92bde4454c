import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { addDays, type SearchAnalytics, utcDay } from '../../shared/search/search-analytics.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { searchClicks, searchQueries } from '../db/search-schema.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('admin search analytics on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  // One instant for the whole suite, so "the last 30 days" has one answer.
  const now = new Date()
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent'), clock: () => now })
    return testApp
  }
  let signedInAdmin: TestBrowser | undefined
  const asAdmin = async () => {
    if (!signedInAdmin) {
      await ensureAdmin({ db: database().db, config, logger: createLogger('silent') })
      signedInAdmin = createTestBrowser(app())
      expect((await signedInAdmin.signIn(admin)).status).toBe(200)
    }
    return signedInAdmin
  }
  const report = async (query: string) => {
    const response = await (await asAdmin()).request(`/api/admin/search-analytics${query}`)
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as SearchAnalytics
  }
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }

  it('answers guests 401 and customers 403', async () => {
    const guest = createTestBrowser(app())
    const anonymous = await guest.request('/api/admin/search-analytics')
    expect(anonymous.status).toBe(401)
    expect((await problemOf(anonymous)).code).toBe('UNAUTHENTICATED')
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    const refused = await customer.request('/api/admin/search-analytics')
    expect(refused.status).toBe(403)
    expect((await problemOf(refused)).code).toBe('FORBIDDEN')
  })

  it('reports top queries, zero-result queries and click-through for whole days, both included', async () => {
    const at = (iso: string) => new Date(iso)
    const search = async (query: string, resultCount: number, when: string) => {
      const [row] = await database()
        .db.insert(searchQueries)
        .values({ query, resultCount, createdAt: at(when) })
        .returning({ id: searchQueries.id })
      return row!.id
    }
    const click = async (searchId: string | null, query: string, when: string) =>
      database()
        .db.insert(searchClicks)
        .values({ searchId, query, productId: crypto.randomUUID(), position: 1, createdAt: at(when) })
    // The period 2021-03-01 … 2021-03-03: its first and last instants count, the next day does not.
    const lamp = [
      await search('lamp', 10, '2021-03-01T00:00:00Z'),
      await search('lamp', 20, '2021-03-02T12:00:00Z'),
      await search('lamp', 30, '2021-03-03T23:59:59.999Z'),
    ]
    await click(lamp[0]!, 'lamp', '2021-03-01T00:01:00Z')
    await click(lamp[0]!, 'lamp', '2021-03-01T00:02:00Z')
    await click(lamp[2]!, 'lamp', '2021-03-04T08:00:00Z') // after the period, for a search in it
    await search('hedphones', 12, '2021-03-02T09:00:00Z')
    await search('xyzzy', 0, '2021-03-02T10:00:00Z')
    await search('xyzzy', 0, '2021-03-03T10:00:00Z')
    await click(null, 'lamp', '2021-03-02T10:00:00Z') // a suggestion click: no search of its own
    await search('lamp', 40, '2021-02-28T23:59:59.999Z')
    await search('xyzzy', 0, '2021-03-04T00:00:00Z')

    const answer = await report('?from=2021-03-01&to=2021-03-03')
    expect(answer).toEqual({
      from: '2021-03-01T00:00:00.000Z',
      to: '2021-03-04T00:00:00.000Z',
      totals: { searches: 6, zeroResultSearches: 2, clickedSearches: 2, clicks: 3, clickThroughRate: 0.333 },
      topQueries: [
        { query: 'lamp', searches: 3, clickedSearches: 2, clicks: 3, clickThroughRate: 0.667, averageResults: 20 },
        { query: 'xyzzy', searches: 2, clickedSearches: 0, clicks: 0, clickThroughRate: 0, averageResults: 0 },
        { query: 'hedphones', searches: 1, clickedSearches: 0, clicks: 0, clickThroughRate: 0, averageResults: 12 },
      ],
      zeroResultQueries: [{ query: 'xyzzy', searches: 2, lastSearchedAt: '2021-03-03T10:00:00.000Z' }],
    })
    expect((await report('?from=2021-03-04&to=2021-03-04')).totals.searches).toBe(1)
  })

  it('covers the last 30 days, today included, when no day is given', async () => {
    const today = utcDay(now)
    const tomorrow = `${addDays(today, 1)}T00:00:00.000Z`
    expect(await report('')).toMatchObject({ from: `${addDays(today, -29)}T00:00:00.000Z`, to: tomorrow })
    expect(await report(`?from=${addDays(today, -6)}`)).toMatchObject({
      from: `${addDays(today, -6)}T00:00:00.000Z`,
      to: tomorrow,
    })
    expect(await report('?to=2024-01-10')).toMatchObject({
      from: '2023-12-12T00:00:00.000Z',
      to: '2024-01-11T00:00:00.000Z',
    })
    // A leap year is 366 days: the longest period allowed.
    expect((await report('?from=2024-01-01&to=2024-12-31')).to).toBe('2025-01-01T00:00:00.000Z')
  })

  it.each([
    ['a start after the end', '?from=2021-03-04&to=2021-03-03', 'query.from'],
    ['more than 366 days', '?from=2023-01-01&to=2024-01-02', 'query.from'],
    ['a start over a year before today', '?from=2000-01-01', 'query.from'],
    ['a month 13', '?from=2021-13-01&to=2021-03-03', 'query.from'],
    ['a German date', '?to=03.03.2021', 'query.to'],
    ['a time of day', '?from=2021-03-01T10:00:00Z', 'query.from'],
    ['an unknown parameter', '?days=7', 'query.days'],
  ])('refuses %s with 400 naming the field', async (_, query, field) => {
    const response = await (await asAdmin()).request(`/api/admin/search-analytics${query}`)
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(field)
  })
})
