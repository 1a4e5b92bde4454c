/**
 * Hostile input to every route of the app (issue 7): random and malicious paths, query strings,
 * headers and bodies, sent as a guest, a customer, an admin and (for /api/v1) an API key. Every
 * answer must be below 500, carry no stack trace, be problem+json when it is an error, and a
 * refused write must leave the database as it was. The routes come from the Hono app itself, so a
 * route added later is fuzzed without touching this file.
 *
 * Seeded: FUZZ_SEED=<n> replays a failure (fast-check prints the seed and path); FUZZ_RUNS sets the
 * runs per route and role.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiKeyScopes } from '../../shared/api-keys/api-key.ts'
import { writeReviewInput } from '../../shared/reviews/review-schema.ts'
import { findLiveSession } from '../account/account.repository.ts'
import { hashSessionToken, issueSession, startGuestSession } from '../account/session.service.ts'
import { createApp } from '../app.ts'
import { apiKeys, products, productVariants } from '../db/schema.ts'
import type { Config } from '../env.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { uploadReviewPhoto } from '../reviews/review-photos.service.ts'
import { writeReview } from '../reviews/reviews.service.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import {
  applicationTables,
  changedTables,
  type DatabaseDigest,
  digestDatabase,
} from '../test-support/fuzz-database-digest.ts'
import {
  type FuzzCase,
  type FuzzData,
  faultsOf,
  fuzzableRoutes,
  fuzzCase,
  type Route,
  requestOf,
} from '../test-support/fuzz-requests.ts'
import { sampleBodies } from '../test-support/fuzz-samples.ts'
import { type StripeStub, startStripeStub } from '../test-support/stripe-stub.ts'
import { issueApiKey, signedInAdmin } from '../test-support/test-api-keys.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createReviewers, reviewDeps } from '../test-support/test-reviews.ts'
import { stripeTestConfig } from '../test-support/test-stripe.ts'

// A fixed seed by default, so `npm test` (CI) is repeatable; FUZZ_SEED=random explores new inputs.
const seed =
  process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20_261_129)
const runsPerRouteAndRole = Number(process.env.FUZZ_RUNS ?? 30)

type App = ReturnType<typeof createApp>

/** Who sends the request: the headers that make it theirs, and a way back after a request replaced their session. */
type Identity = {
  readonly role: 'guest' | 'customer' | 'admin' | 'api key'
  headers(): Record<string, string>
  renew(): Promise<void>
}

type Deps = { readonly db: Db; readonly config: Config; readonly clock: () => Date }

/**
 * A cookie identity that never adopts the cookies answers set: sign-in, sign-up and sign-out
 * rotate the session, and the role must stay the same role for the next request.
 */
async function cookieIdentity(deps: Deps, role: Identity['role'], browser: TestBrowser): Promise<Identity> {
  const session = await findLiveSession(deps.db, hashSessionToken(browser.cookie ?? ''), deps.clock())
  if (!session || !browser.csrfToken) throw new Error(`the ${role} has no session`)
  let current = { token: browser.cookie ?? '', csrfToken: browser.csrfToken }
  return {
    role,
    headers: () => ({ cookie: `sf_session=${current.token}`, 'x-csrf-token': current.csrfToken }),
    async renew() {
      current = session.user
        ? await issueSession(deps, deps.db, session.shopperId, session.user)
        : await startGuestSession(deps)
    },
  }
}

function apiKeyIdentity(token: string): Identity {
  return { role: 'api key', headers: () => ({ authorization: `Bearer ${token}` }), renew: async () => {} }
}

type Fuzzer = FuzzData & {
  readonly app: App
  readonly db: Db
  readonly tables: readonly string[]
  readonly identities: readonly Identity[]
  /** The digest of the database as the last refused write left it, while nothing else ran since. */
  readonly unchangedSince: { digest: DatabaseDigest | undefined }
}

/**
 * One request: its faults, plus the tables it changed when it was a write the app refused. The
 * digest after a refused write is the one before the next (nothing ran in between), so it is kept.
 */
async function sendHostile(fuzzer: Fuzzer, route: Route, identity: Identity, input: FuzzCase): Promise<string[]> {
  const isWrite = route.method !== 'GET'
  const before = isWrite
    ? (fuzzer.unchangedSince.digest ?? (await digestDatabase(fuzzer.db, fuzzer.tables)))
    : undefined
  fuzzer.unchangedSince.digest = undefined
  const [path, init] = requestOf(route, identity.headers(), input)
  const response = await fuzzer.app.request(path, init)
  const isPage = route.method === 'GET' && !/^\/(api|media)\//.test(route.path)
  const faults = await faultsOf(response, isPage)
  if (before && response.status >= 400) {
    const after = await digestDatabase(fuzzer.db, fuzzer.tables)
    const changed = changedTables(before, after)
    if (changed.length > 0) faults.push(`refused with ${response.status} but changed ${changed.join(', ')}`)
    else fuzzer.unchangedSince.digest = after
  }
  if (response.headers.get('set-cookie')?.includes('sf_session=')) {
    await identity.renew()
    fuzzer.unchangedSince.digest = undefined
  }
  return faults.map((fault) => `${identity.role} ${init.method} ${path}: ${fault}`)
}

async function fuzzRoute(fuzzer: Fuzzer, route: Route, identity: Identity): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fuzzCase(fuzzer, route), async (input) => {
      const faults = await sendHostile(fuzzer, route, identity, input)
      if (faults.length > 0) throw new Error(faults.join('\n'))
    }),
    { numRuns: runsPerRouteAndRole, seed },
  )
}

async function categoryOf(db: Db, productId: string): Promise<string> {
  const [row] = await db.select({ categoryId: products.categoryId }).from(products).where(eq(products.id, productId))
  if (!row) throw new Error(`no product ${productId}`)
  return row.categoryId
}

describe.each(await databaseTargets())('hostile input to every route on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let stub: StripeStub
  let fuzzer: Fuzzer
  let routes: Route[]

  beforeAll(async () => {
    stub = await startStripeStub()
    const { db } = database()
    const admin = { email: uniqueEmail(), password: 'the admin password' }
    // Stripe (against the local stub) so the webhook route verifies signatures instead of answering 404.
    // A built app (its index.html) too, so the server-rendered pages are fuzzed like the API.
    const config = stripeTestConfig(stub, {
      DIST_DIR: writeFakeDist(),
      TRUST_PROXY: 'true',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      API_RATE_LIMIT_PER_MINUTE: '100000',
    })
    const deps: Deps = { db, config, clock: () => new Date() }
    const app = createApp({ config, db, logger: createLogger('silent') })
    routes = fuzzableRoutes(app)

    const adminBrowser = await signedInAdmin(app, db, config)
    const customer = createTestBrowser(app)
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'Fuzz' })).status).toBe(201)
    const guest = createTestBrowser(app)
    await guest.session()
    // A guest session is stored on its first write; the fuzzed guest is one that has written.
    await guest.push([{ kind: 'search.query', query: 'lamp', resultCount: 1 }])
    const productId = await createTestProduct(db, { stock: 50 })
    await fillCart(customer, [[productId, 1]])
    const order = await orderOf(await postCheckout(customer))
    const integrationKey = await issueApiKey(adminBrowser, { scopes: apiKeyScopes })
    // A key of its own for the :id of the key routes: revoking the integration key would end that role.
    const targetKey = await issueApiKey(adminBrowser, { scopes: ['orders:read'] })
    // A published review of another account, with a photo: votes, reports and the photo route get past 404.
    const [reviewer] = await createReviewers(db, 1)
    if (!reviewer) throw new Error('no reviewer')
    const photoId = randomUUID()
    const tinyJpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer()
    await uploadReviewPhoto({ db }, reviewer.id, photoId, tinyJpeg)
    const { review } = await writeReview(
      reviewDeps(db),
      reviewer,
      `p-${productId}`,
      writeReviewInput.parse({ mutationId: randomUUID(), rating: 4, title: 'Fuzz', photoIds: [photoId] }),
      'en',
    )

    fuzzer = {
      app,
      db,
      tables: await applicationTables(db),
      unchangedSince: { digest: undefined },
      identities: [
        await cookieIdentity(deps, 'guest', guest),
        await cookieIdentity(deps, 'customer', customer),
        await cookieIdentity(deps, 'admin', adminBrowser),
        apiKeyIdentity(integrationKey.token),
      ],
      // Real ids too, so a request gets past "not found" to the checks behind it.
      realParams: {
        id: [order.id, targetKey.key.id, productId, review.id],
        slug: [`p-${productId}`],
        file: [`p-${productId}-1.webp`, `${photoId}.webp`],
        photoId: [photoId],
      },
      samples: sampleBodies({ productId, categoryId: await categoryOf(db, productId) }),
    }
  })
  afterAll(async () => {
    await stub.close()
  })

  it('fuzzes the routes it finds in the app, the known ones among them', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`)
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/auth/sign-in',
        'GET /api/products/:slug',
        'POST /api/sync/push',
        'POST /api/checkout',
        'POST /api/orders/:id/pay',
        'POST /api/admin/orders/:id/refunds',
        'POST /api/admin/api-keys/:id/rotate',
        'PUT /api/v1/products/:id',
        'POST /api/v1/products:import',
        'POST /api/payments/stripe/webhook',
        'POST /api/csp-reports',
        'GET /media/products/:file',
        'GET /api/products/:slug/reviews',
        'POST /api/products/:slug/reviews',
        'PATCH /api/reviews/:id',
        'POST /api/reviews/:id/helpful',
        'PUT /api/reviews/photos/:photoId',
        'GET /media/reviews/:file',
        'GET /p/:slug',
        'GET /sitemaps/products/:number',
      ]),
    )
    expect(names).not.toContain('GET /api/events')
    expect(fuzzer.tables).toEqual(expect.arrayContaining(['orders', 'products', 'users', 'sessions']))
  })

  it('notices any changed row in its digest, but not the changes allowed on a refusal', async () => {
    const { db, tables } = fuzzer
    const before = await digestDatabase(db, tables)
    await db.update(apiKeys).set({ lastUsedAt: new Date() })
    expect(changedTables(before, await digestDatabase(db, tables))).toEqual([])
    const [variant] = await db.select().from(productVariants).limit(1)
    if (!variant) throw new Error('no variant')
    await db
      .update(productVariants)
      .set({ stock: variant.stock + 1 })
      .where(eq(productVariants.id, variant.id))
    expect(changedTables(before, await digestDatabase(db, tables))).toEqual(['product_variants', 'products'])
  })

  for (const role of ['guest', 'customer', 'admin', 'api key'] as const) {
    it(`answers a ${role}'s hostile requests below 500, without stack traces, changing nothing when refused`, async () => {
      const identity = fuzzer.identities.find((candidate) => candidate.role === role)
      if (!identity) throw new Error(`no ${role} identity`)
      // The API key is for the integration API only; elsewhere it is just an anonymous client.
      const mine = role === 'api key' ? routes.filter((route) => route.path.startsWith('/api/v1/')) : routes
      expect(mine.length).toBeGreaterThan(0)
      for (const route of mine) await fuzzRoute(fuzzer, route, identity)
    }, 300_000)
  }
})
