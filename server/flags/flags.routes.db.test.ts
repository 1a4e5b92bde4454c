import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type {
  AdminFlag,
  ExperimentResultsAnswer,
  FlagAuditEntry,
  FlagsAnswer,
} from '../../shared/experiments/flag-api.ts'
import type { FlagDefinition } from '../../shared/experiments/flags.ts'
import { analyzeExperiment, defaultSequentialTuningParameter } from '../../shared/experiments/statistics.ts'
import { experimentExposures } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { signedInAdmin } from '../test-support/test-api-keys.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { flagsChangedEvent } from './flags-changed.ts'

let nextKey = 0
const uniqueKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${nextKey++}`

/** A 50/50 experiment on a boolean flag, running since 2020. */
function experimentFlag(key: string, experimentKey = `${key}-exp`): FlagDefinition {
  return {
    key,
    defaultValue: false,
    rules: [
      {
        kind: 'experiment',
        when: [],
        experiment: {
          key: experimentKey,
          seed: experimentKey,
          variations: [
            { key: 'control', value: false, weight: 0.5 },
            { key: 'treatment', value: true, weight: 0.5 },
          ],
          coverage: 1,
          hashOn: 'anonymousId',
          status: 'running',
          startsAt: '2020-01-01T00:00:00.000Z',
        },
      },
    ],
  }
}

describe.each(await databaseTargets())('feature flags on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({
    TRUST_PROXY: 'true',
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'correct horse battery staple',
  })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  // One sign-in for the suite: sign-ins of one email are rate limited.
  let signedIn: Promise<TestBrowser> | undefined
  const admin = () => {
    signedIn ??= signedInAdmin(app(), database().db, config)
    return signedIn
  }
  const flagsOf = async (browser: TestBrowser, anonymousId: string) => {
    const response = await browser.request(`/api/flags?anonymousId=${anonymousId}`)
    expect(response.status).toBe(200)
    return (await response.json()) as FlagsAnswer
  }
  const createFlag = async (browser: TestBrowser, definition: FlagDefinition) => {
    const response = await browser.request('/api/admin/flags', { method: 'POST', json: { definition } })
    expect(response.status, await response.clone().text()).toBe(201)
    return (await response.json()) as AdminFlag
  }
  const signedUpShopper = async () => {
    const shopper = createTestBrowser(app())
    expect((await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Ada' })).status).toBe(201)
    return shopper
  }

  it('answers the same assignment for the same anonymous id on every call, and keeps it after sign-in', async () => {
    const browser = await admin()
    const key = uniqueKey('stable')
    await createFlag(browser, experimentFlag(key))
    const anonymousIds = Array.from({ length: 40 }, () => randomUUID())
    const guest = createTestBrowser(app())
    const first = await Promise.all(anonymousIds.map((id) => flagsOf(guest, id)))
    const variants = first.map((answer) => answer.experiments[`${key}-exp`]?.variant)
    // Both variations occur among 40 ids, and each id's flag value follows its variation.
    expect(new Set(variants)).toEqual(new Set(['control', 'treatment']))
    expect(first.map((answer) => answer.flags[key])).toEqual(variants.map((variant) => variant === 'treatment'))
    const again = await Promise.all(anonymousIds.map((id) => flagsOf(createTestBrowser(app()), id)))
    expect(again.map((answer) => answer.experiments[`${key}-exp`]?.variant)).toEqual(variants)
    const shopper = await signedUpShopper()
    const id = anonymousIds[0] ?? ''
    expect((await flagsOf(shopper, id)).experiments[`${key}-exp`]?.variant).toBe(variants[0])
  })

  it('revalidates with the ETag: an unchanged answer is a 304', async () => {
    const guest = createTestBrowser(app())
    const id = randomUUID()
    const first = await guest.request(`/api/flags?anonymousId=${id}`)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"f[0-9a-z]+"$/)
    expect(first.headers.get('cache-control')).toBe('private, no-cache')
    const second = await guest.request(`/api/flags?anonymousId=${id}`, { headers: { 'if-none-match': etag } })
    expect(second.status).toBe(304)
  })

  it('creates, updates with the read revision (409 on a stale one) and deletes a flag, auditing each change', async () => {
    const browser = await admin()
    const key = uniqueKey('crud')
    const created = await createFlag(browser, { key, defaultValue: 'blue', rules: [] })
    expect([created.revision, created.enabled]).toEqual([1, true])
    const taken = await browser.request('/api/admin/flags', {
      method: 'POST',
      json: { definition: { key, defaultValue: 'blue', rules: [] } },
    })
    expect(taken.status).toBe(409)
    const definition: FlagDefinition = {
      key,
      defaultValue: 'blue',
      rules: [{ kind: 'force', when: [{ kind: 'market', in: ['jp'] }], value: 'red' }],
    }
    const updated = await browser.request(`/api/admin/flags/${key}`, {
      method: 'PUT',
      json: { definition, revision: 1 },
    })
    expect(updated.status).toBe(200)
    expect(((await updated.json()) as AdminFlag).revision).toBe(2)
    const stale = await browser.request(`/api/admin/flags/${key}`, { method: 'PUT', json: { definition, revision: 1 } })
    expect(stale.status).toBe(409)
    const problem = (await stale.json()) as ProblemDetails & { current: AdminFlag }
    expect([problem.code, problem.current.revision, problem.errors?.[0]?.path]).toEqual([
      'EDIT_CONFLICT',
      2,
      'json.revision',
    ])
    const id = randomUUID()
    expect((await flagsOf(browser, id)).flags[key]).toBe('blue')
    const inJapan = await browser.request(`/api/flags?anonymousId=${id}&market=jp`)
    expect(((await inJapan.json()) as FlagsAnswer).flags[key]).toBe('red')
    expect((await browser.request(`/api/admin/flags/${key}?revision=1`, { method: 'DELETE' })).status).toBe(409)
    expect((await browser.request(`/api/admin/flags/${key}?revision=2`, { method: 'DELETE' })).status).toBe(204)
    expect((await browser.request(`/api/admin/flags/${key}`)).status).toBe(404)
    expect((await flagsOf(browser, id)).flags[key]).toBeUndefined()
    const audit = await browser.request(`/api/admin/flags/audit?flagKey=${key}`)
    const entries = ((await audit.json()) as { items: FlagAuditEntry[] }).items
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create'])
    const [deleted, update, create] = entries
    expect(create?.before).toBeNull()
    expect(update?.after).toMatchObject({ revision: 2, enabled: true })
    expect(deleted?.before).toMatchObject({ revision: 2 })
    expect(deleted?.after).toBeNull()
    expect(entries.every((entry) => entry.actorId !== null)).toBe(true)
  })

  it('kills a flag at once: everyone gets the default value and no experiment, until it is revived', async () => {
    const browser = await admin()
    const key = uniqueKey('kill')
    await createFlag(browser, { key, defaultValue: false, rules: [{ kind: 'force', when: [], value: true }] })
    const id = randomUUID()
    expect((await flagsOf(browser, id)).flags[key]).toBe(true)
    const killed = await browser.request(`/api/admin/flags/${key}/kill`, { method: 'POST' })
    expect(killed.status).toBe(200)
    expect(((await killed.json()) as AdminFlag).enabled).toBe(false)
    expect((await flagsOf(browser, id)).flags[key]).toBe(false)
    expect((await browser.request(`/api/admin/flags/${key}/revive`, { method: 'POST' })).status).toBe(200)
    expect((await flagsOf(browser, id)).flags[key]).toBe(true)
    const audit = await browser.request(`/api/admin/flags/audit?flagKey=${key}`)
    expect(((await audit.json()) as { items: FlagAuditEntry[] }).items.map((entry) => entry.action)).toEqual([
      'revive',
      'kill',
      'create',
    ])
    expect((await browser.request('/api/admin/flags/no-such-flag/kill', { method: 'POST' })).status).toBe(404)
  })

  it('records an exposure once per shopper and experiment, and refuses bad input naming the field', async () => {
    const browser = await admin()
    const key = uniqueKey('expose')
    await createFlag(browser, experimentFlag(key))
    const guest = createTestBrowser(app())
    const anonymousId = randomUUID()
    const expose = (json: unknown) => guest.request('/api/flags/exposures', { method: 'POST', json })
    const exposure = { experimentKey: `${key}-exp`, variant: 'treatment', anonymousId }
    expect((await expose(exposure)).status).toBe(201)
    const repeated = await expose(exposure)
    expect(repeated.status).toBe(200)
    expect(await repeated.json()).toEqual({ recorded: false })
    const rows = await database()
      .db.select()
      .from(experimentExposures)
      .where(eq(experimentExposures.experimentKey, `${key}-exp`))
    expect(rows.map((row) => [row.subjectId, row.variant])).toEqual([[anonymousId, 'treatment']])
    for (const [body, field] of [
      [{ ...exposure, experimentKey: 'no-such-experiment' }, 'json.experimentKey'],
      [{ ...exposure, variant: 'purple' }, 'json.variant'],
      [{ ...exposure, anonymousId: 'not-a-uuid' }, 'json.anonymousId'],
      [{ experimentKey: `${key}-exp`, anonymousId }, 'json.variant'],
    ] as const) {
      const response = await expose(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(field)
    }
    const noId = await guest.request('/api/flags')
    expect(noId.status).toBe(400)
    expect(((await noId.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain('query.anonymousId')
  })

  it('refuses a flag definition the shared schema refuses, naming the field', async () => {
    const browser = await admin()
    const key = uniqueKey('bad')
    const definition = experimentFlag(key) as unknown as {
      rules: { experiment: { variations: { weight: number }[] } }[]
    }
    const broken = structuredClone(definition)
    const variation = broken.rules[0]?.experiment.variations[0]
    if (variation) variation.weight = 0.9
    const response = await browser.request('/api/admin/flags', { method: 'POST', json: { definition: broken } })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(
      'json.definition.rules.0.experiment.variations',
    )
    const badKey = await browser.request('/api/admin/flags', {
      method: 'POST',
      json: { definition: { key: 'Not A Key', defaultValue: true, rules: [] } },
    })
    expect(((await badKey.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain('json.definition.key')
  })

  it('computes results from exposures and the exposed accounts’ later orders, as the shared statistics do', async () => {
    const browser = await admin()
    const key = uniqueKey('results')
    const experimentKey = `${key}-exp`
    await createFlag(browser, experimentFlag(key, experimentKey))
    const productId = await createTestProduct(database().db, { stock: 100, price: 1500 })
    // Two signed-in shoppers per variant; one treatment shopper buys after the exposure.
    const shoppers: { browser: TestBrowser; variant: string }[] = []
    for (const variant of ['control', 'control', 'treatment', 'treatment']) {
      const shopper = await signedUpShopper()
      const exposed = await shopper.request('/api/flags/exposures', {
        method: 'POST',
        json: { experimentKey, variant, anonymousId: randomUUID() },
      })
      expect(exposed.status).toBe(201)
      shoppers.push({ browser: shopper, variant })
    }
    const buyer = shoppers[2]?.browser
    if (!buyer) throw new Error('no buyer')
    await fillCart(buyer, [[productId, 1]])
    const placed = await orderOf(await postCheckout(buyer))
    await orderOf(await postPay(buyer, placed.id, testCards.succeeds))
    // An anonymous exposure counts as exposed, never as converted (no account to follow).
    await createTestBrowser(app()).request('/api/flags/exposures', {
      method: 'POST',
      json: { experimentKey, variant: 'control', anonymousId: randomUUID() },
    })
    const response = await browser.request(`/api/admin/experiments/${experimentKey}/results`)
    expect(response.status).toBe(200)
    const results = (await response.json()) as ExperimentResultsAnswer
    expect(results.variants.map((v) => [v.key, v.exposures, v.conversions])).toEqual([
      ['control', 3, 0],
      ['treatment', 2, 1],
    ])
    const expected = analyzeExperiment(
      [
        { exposures: 3, conversions: 0 },
        { exposures: 2, conversions: 1 },
      ],
      [0.5, 0.5],
      { sequential: { tuningParameter: defaultSequentialTuningParameter } },
    )
    const comparison = expected.variants[1]?.comparison
    expect(results.variants[1]?.rate).toBe(0.5)
    expect(results.variants[1]?.ciLow).toBeCloseTo(comparison?.absoluteLift.interval[0] ?? Number.NaN, 12)
    expect(results.variants[1]?.ciHigh).toBeCloseTo(comparison?.absoluteLift.interval[1] ?? Number.NaN, 12)
    expect(results.variants[0]?.ciLow).toBeNull()
    expect(results.pValue).toBeCloseTo(comparison?.pValue ?? Number.NaN, 12)
    expect(results.srmPValue).toBeCloseTo(expected.sampleRatio.pValue, 12)
    expect((await browser.request('/api/admin/experiments/no-such/results')).status).toBe(404)
    const list = await browser.request('/api/admin/experiments')
    expect(((await list.json()) as { items: { key: string }[] }).items.map((e) => e.key)).toContain(experimentKey)
  })

  it('is for admins only: guests 401, customers 403', async () => {
    const guest = createTestBrowser(app())
    await guest.session()
    expect((await guest.request('/api/admin/flags')).status).toBe(401)
    const customer = await signedUpShopper()
    expect((await customer.request('/api/admin/flags')).status).toBe(403)
    expect((await customer.request('/api/admin/experiments/x/results')).status).toBe(403)
    const write = await customer.request('/api/admin/flags', {
      method: 'POST',
      json: { definition: { key: uniqueKey('nope'), defaultValue: true, rules: [] } },
    })
    expect(write.status).toBe(403)
  })

  describe('live', () => {
    const servers: TestServer[] = []
    const streams: SseConnection[] = []
    afterAll(async () => {
      for (const stream of streams) stream.close()
      for (const server of servers) await server.close()
    })

    it('tells every open event stream that flags changed', async () => {
      const server = await startTestServer(app())
      servers.push(server)
      const watcher = createTestBrowser((path, init) => fetch(`${server.url}${path}`, init))
      await watcher.session()
      const stream = await connectSse(`${server.url}/api/events`, { cookie: `sf_session=${watcher.cookie}` })
      streams.push(stream)
      await waitFor(() => stream.fields.includes('retry: 3000'))
      const browser = await admin()
      await createFlag(browser, { key: uniqueKey('live'), defaultValue: true, rules: [] })
      const [event] = await stream.waitForEvents(1, 2000)
      expect(event).toEqual({ id: undefined, event: flagsChangedEvent, data: '{}' })
    })
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
