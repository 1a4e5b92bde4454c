import { eq, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { asProductId } from '../../shared/ids.ts'
import { createApp } from '../app.ts'
import { products, sessions, users } from '../db/schema.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { onError } from '../platform/http-errors.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { deleteExpiredSessions } from './account.repository.ts'
import { ensureAdmin } from './account.service.ts'
import { requireUser, withSession } from './session.middleware.ts'
import { hashSessionToken } from './session.service.ts'

describe.each(await databaseTargets())('accounts on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const browser = () => createTestBrowser(app())
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }
  const sessionRows = async () => (await database().db.select().from(sessions)).length

  it('gives a new browser a guest session in an httpOnly, SameSite=Lax cookie', async () => {
    const response = await app().request('/api/auth/session')
    expect(response.status).toBe(200)
    const info = (await response.json()) as SessionInfo
    expect(info.user).toBeNull()
    expect(info.csrfToken).toMatch(/^[\w-]{43}$/)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^sf_session=[\w-]{43};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    expect(cookie).toMatch(/Max-Age=259(1999|2000);/)
    expect(cookie).not.toContain('Secure')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('stores a guest session only on its first write, keeping the cookie and CSRF token the read gave', async () => {
    const before = await sessionRows()
    const guest = browser()
    const read = await guest.session()
    const cookie = guest.cookie!
    expect(await guest.request('/api/sync/pull?since=0').then((r) => r.status)).toBe(204)
    expect(await sessionRows()).toBe(before)
    await guest.push([{ kind: 'search.query', query: 'lamp', resultCount: 3 }])
    expect(guest.cookie).toBe(cookie)
    expect(await sessionRows()).toBe(before + 1)
    const again = (await (await guest.request('/api/auth/session')).json()) as SessionInfo
    expect(again.csrfToken).toBe(read.csrfToken)
    await guest.push([{ kind: 'search.query', query: 'desk', resultCount: 1 }])
    expect(await sessionRows()).toBe(before + 1)
  })

  it('creates no session rows for 500 cookie-less reads from one address', async () => {
    const before = await sessionRows()
    for (let i = 0; i < 500; i++) {
      const response = await app().request('/api/auth/session', { headers: { 'X-Forwarded-For': '203.0.113.50' } })
      expect(response.status).toBe(200)
    }
    expect((await sessionRows()) - before).toBeLessThanOrEqual(3)
  })

  it('stores only the hash of the session id', async () => {
    const guest = browser()
    await guest.session()
    await guest.push([{ kind: 'search.query', query: 'lamp', resultCount: 3 }])
    const token = guest.cookie!
    const rows = await database()
      .db.select()
      .from(sessions)
      .where(eq(sessions.idHash, hashSessionToken(token)))
    expect(rows).toHaveLength(1)
    const all = rowsOf(await database().db.execute(sql`select id_hash from sessions`)).map((r) => JSON.stringify(r))
    expect(all.join()).not.toContain(token)
  })

  it('keeps the same session for a browser that sends its cookie', async () => {
    const guest = browser()
    const first = await guest.session()
    const before = await sessionRows()
    const again = await guest.request('/api/auth/session')
    expect(again.headers.get('set-cookie')).toBeNull()
    expect(((await again.json()) as SessionInfo).csrfToken).toBe(first.csrfToken)
    expect(await sessionRows()).toBe(before)
  })

  it('slides the expiry forward when a session is used, and ends it after the lifetime unused', async () => {
    let now = Date.now()
    const clocked = createApp({ config, db: database().db, logger: createLogger('silent'), clock: () => new Date(now) })
    const shopper = createTestBrowser(clocked)
    await shopper.session()
    await shopper.push([{ kind: 'search.query', query: 'lamp', resultCount: 3 }])
    const cookie = shopper.cookie!
    const expiry = async () =>
      (
        await database()
          .db.select()
          .from(sessions)
          .where(eq(sessions.idHash, hashSessionToken(cookie)))
      )[0]?.expiresAt
    const firstExpiry = (await expiry())!.getTime()

    now += 2 * 24 * 60 * 60_000
    const used = await shopper.request('/api/auth/session')
    expect(used.headers.get('set-cookie')).toContain(`sf_session=${cookie}`)
    expect((await expiry())!.getTime()).toBe(firstExpiry + 2 * 24 * 60 * 60_000)

    now += 31 * 24 * 60 * 60_000
    await shopper.request('/api/auth/session')
    expect(shopper.cookie).not.toBe(cookie)
  })

  it('marks the cookie Secure in production', async () => {
    const production = createTestApp(database().db, testConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }))
    const cookie = (await production.request('/api/auth/session')).headers.get('set-cookie') ?? ''
    expect(cookie).toContain('Secure')
    expect(cookie).toContain('HttpOnly')
  })

  it('signs up, answering 201 with the user and a rotated session and CSRF token', async () => {
    const shopper = browser()
    const guest = await shopper.session()
    const guestCookie = shopper.cookie
    const email = uniqueEmail()
    const response = await shopper.signUp({ email: email.toUpperCase(), password: testPassword, name: 'Ada' })
    expect(response.status).toBe(201)
    const info = (await response.json()) as SessionInfo
    expect(info.user).toMatchObject({ email, name: 'Ada', role: 'customer' })
    expect(info.csrfToken).not.toBe(guest.csrfToken)
    expect(shopper.cookie).not.toBe(guestCookie)
    expect((await shopper.session()).user?.email).toBe(email)
    const [row] = await database().db.select().from(users).where(eq(users.email, email))
    expect(row?.passwordHash).toMatch(/^scrypt\$/)
    expect(row?.passwordHash).not.toContain(testPassword)
    // The old cookie is dead: it gets a new guest session, not the account.
    const stale = createTestApp(database().db, config)
    const old = await stale.request('/api/auth/session', { headers: { cookie: `sf_session=${guestCookie}` } })
    expect(((await old.json()) as SessionInfo).user).toBeNull()
  })

  it('refuses a second account with the same email with 409', async () => {
    const email = uniqueEmail()
    expect((await browser().signUp({ email, password: testPassword, name: 'One' })).status).toBe(201)
    const response = await browser().signUp({ email, password: testPassword, name: 'Two' })
    expect(response.status).toBe(409)
    expect((await problemOf(response)).code).toBe('EMAIL_TAKEN')
  })

  it.each([
    [{ email: 'not-an-email', password: testPassword, name: 'X' }, 'json.email'],
    [{ email: 'short@example.com', password: 'short', name: 'X' }, 'json.password'],
    [{ email: 'noname@example.com', password: testPassword, name: '' }, 'json.name'],
    [{ email: 'extra@example.com', password: testPassword, name: 'X', role: 'admin' }, 'json.role'],
    // Found by the route fuzz test: PostgreSQL text cannot hold NUL, and the insert answered 500.
    [{ email: 'nul@example.com', password: testPassword, name: 'A\u0000B' }, 'json.name'],
  ])('answers bad sign-up input with 400 naming the field (%#)', async (input, path) => {
    const shopper = browser()
    await shopper.session()
    const response = await shopper.request('/api/auth/sign-up', { method: 'POST', json: input })
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toEqual([path])
  })

  it.each([
    ['password12', 'is too common; choose a less guessable password'],
    ['Password12', 'is too common; choose a less guessable password'],
    ['1234567890', 'is too common; choose a less guessable password'],
    [' '.repeat(10), 'must not be only spaces'],
  ])('refuses the password %j at sign-up with 422 naming password, creating no account', async (password, message) => {
    const shopper = browser()
    await shopper.session()
    const email = uniqueEmail()
    const response = await shopper.request('/api/auth/sign-up', {
      method: 'POST',
      json: { email, password, name: 'W' },
    })
    expect(response.status).toBe(422)
    const problem = await problemOf(response)
    expect(problem.code).toBe('WEAK_PASSWORD')
    expect(problem.errors).toEqual([{ path: 'json.password', message }])
    expect(await database().db.select().from(users).where(eq(users.email, email))).toEqual([])
  })

  it('accepts a long passphrase (up to 256 characters) and refuses a longer one with 400', async () => {
    const passphrase = 'the quick brown fox jumps over the lazy dog '.repeat(6).slice(0, 256)
    const ok = await browser().signUp({ email: uniqueEmail(), password: passphrase, name: 'P' })
    expect(ok.status).toBe(201)
    const tooLong = await browser().signUp({ email: uniqueEmail(), password: `${passphrase}x`, name: 'P' })
    expect(tooLong.status).toBe(400)
    expect((await problemOf(tooLong)).errors?.map((e) => e.path)).toEqual(['json.password'])
  })

  it('signs in with the right password and rotates the session; refuses a wrong one with 401', async () => {
    const email = uniqueEmail()
    await browser().signUp({ email, password: testPassword, name: 'Grace' })
    const device = browser()
    const guest = await device.session()
    const guestCookie = device.cookie

    const wrong = await device.signIn({ email, password: 'not the password' })
    expect(wrong.status).toBe(401)
    expect((await problemOf(wrong)).code).toBe('INVALID_CREDENTIALS')
    const unknown = await device.signIn({ email: uniqueEmail(), password: testPassword })
    expect(unknown.status).toBe(401)
    expect((await problemOf(unknown)).code).toBe('INVALID_CREDENTIALS')
    expect(device.cookie).toBe(guestCookie)

    const right = await device.signIn({ email, password: testPassword })
    expect(right.status).toBe(200)
    const info = (await right.json()) as SessionInfo
    expect(info.user).toMatchObject({ email, role: 'customer' })
    expect(info.csrfToken).not.toBe(guest.csrfToken)
    expect(device.cookie).not.toBe(guestCookie)
    expect(
      await database()
        .db.select()
        .from(sessions)
        .where(eq(sessions.idHash, hashSessionToken(guestCookie!))),
    ).toEqual([])
  })

  it('signs out into a fresh guest session', async () => {
    const shopper = browser()
    await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Out' })
    const signedInCookie = shopper.cookie
    const response = await shopper.signOut()
    expect(response.status).toBe(200)
    expect(((await response.json()) as SessionInfo).user).toBeNull()
    expect(shopper.cookie).not.toBe(signedInCookie)
    expect((await shopper.session()).user).toBeNull()
    const rows = await database()
      .db.select()
      .from(sessions)
      .where(eq(sessions.idHash, hashSessionToken(signedInCookie!)))
    expect(rows).toEqual([])
  })

  describe('account language', () => {
    const putLocale = (shopper: ReturnType<typeof browser>, json: unknown, headers?: Record<string, string>) =>
      shopper.request('/api/auth/me/locale', { method: 'PUT', json, headers })

    it('keeps the language on the account: answered at once, in the session, and on another device', async () => {
      const email = uniqueEmail()
      const laptop = browser()
      const signedUp = (await (
        await laptop.signUp({ email, password: testPassword, name: 'Lang' })
      ).json()) as SessionInfo
      expect(signedUp.user?.locale).toBeNull()
      const response = await putLocale(laptop, { locale: 'de' })
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const answered = (await response.json()) as SessionInfo
      expect(answered.user).toMatchObject({ email, locale: 'de' })
      expect(answered.csrfToken).toBe(laptop.csrfToken)
      expect((await laptop.session()).user?.locale).toBe('de')
      expect((await putLocale(laptop, { locale: 'ar' })).status).toBe(200)
      const phone = browser()
      const signedIn = (await (await phone.signIn({ email, password: testPassword })).json()) as SessionInfo
      expect(signedIn.user?.locale).toBe('ar')
      expect((await phone.session()).user?.locale).toBe('ar')
    })

    it.each([
      [{ locale: 'pt' }, 'json.locale'],
      [{ locale: 'fr-CA' }, 'json.locale'],
      [{ locale: 'DE' }, 'json.locale'],
      [{ locale: null }, 'json.locale'],
      [{}, 'json.locale'],
      [{ locale: 'de', theme: 'dark' }, 'json.theme'],
    ])('answers %j with 400 naming the field, changing nothing', async (input, path) => {
      const email = uniqueEmail()
      const shopper = browser()
      await shopper.signUp({ email, password: testPassword, name: 'Bad' })
      expect((await putLocale(shopper, { locale: 'ja' })).status).toBe(200)
      const response = await putLocale(shopper, input)
      expect(response.status).toBe(400)
      const problem = await problemOf(response)
      expect(problem.code).toBe('INVALID_INPUT')
      expect(problem.errors?.map((e) => e.path)).toEqual([path])
      expect((await shopper.session()).user?.locale).toBe('ja')
    })

    it('refuses a guest with 401 and a write without the CSRF token with 403', async () => {
      const guest = browser()
      await guest.session()
      const refused = await putLocale(guest, { locale: 'fr' })
      expect(refused.status).toBe(401)
      expect((await problemOf(refused)).code).toBe('UNAUTHENTICATED')
      const shopper = browser()
      await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Csrf' })
      const forged = await putLocale(shopper, { locale: 'fr' }, { 'x-csrf-token': '' })
      expect(forged.status).toBe(403)
      expect((await problemOf(forged)).code).toBe('CSRF_FAILED')
      expect((await shopper.session()).user?.locale).toBeNull()
    })

    it('holds only a shop language in the column (check constraint)', async () => {
      const email = uniqueEmail()
      await browser().signUp({ email, password: testPassword, name: 'Db' })
      await expect(
        database().db.execute(sql`update ${users} set locale = 'pt' where email = ${email}`),
      ).rejects.toThrow()
      const [row] = await database().db.select({ locale: users.locale }).from(users).where(eq(users.email, email))
      expect(row?.locale).toBeNull()
    })
  })

  describe('CSRF', () => {
    it('refuses a cookie-authenticated write without the token, or with a wrong one, with 403', async () => {
      const shopper = browser()
      await shopper.session()
      const missing = await shopper.request('/api/auth/sign-out', { method: 'POST', headers: { 'x-csrf-token': '' } })
      expect(missing.status).toBe(403)
      expect((await problemOf(missing)).code).toBe('CSRF_FAILED')
      const wrong = await shopper.request('/api/auth/sign-out', {
        method: 'POST',
        headers: { 'x-csrf-token': 'x'.repeat(43) },
      })
      expect(wrong.status).toBe(403)
      expect((await problemOf(wrong)).code).toBe('CSRF_FAILED')
      expect((await shopper.signOut()).status).toBe(200)
    })

    it('refuses a write the browser marks as cross-site, even with the token', async () => {
      const shopper = browser()
      await shopper.session()
      const crossSite: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
      ]
      for (const headers of crossSite) {
        const response = await shopper.request('/api/auth/sign-out', { method: 'POST', headers })
        expect(response.status, JSON.stringify(headers)).toBe(403)
        expect((await problemOf(response)).code).toBe('CSRF_FAILED')
      }
      const sameOrigin = await shopper.request('/api/auth/sign-out', {
        method: 'POST',
        headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      })
      expect(sameOrigin.status).toBe(200)
    })

    it('lets reads through without a token', async () => {
      const shopper = browser()
      await shopper.session()
      const response = await shopper.request('/api/auth/session', { headers: { 'x-csrf-token': 'wrong' } })
      expect(response.status).toBe(200)
    })
  })

  describe('rate limits', () => {
    it('answers the 6th sign-in for one email from one address within a minute with 429 and Retry-After', async () => {
      const email = uniqueEmail()
      const device = browser()
      for (let i = 0; i < 5; i++) expect((await device.signIn({ email, password: 'wrong password' })).status).toBe(401)
      const limited = await device.signIn({ email, password: 'wrong password' })
      expect(limited.status).toBe(429)
      expect((await problemOf(limited)).code).toBe('RATE_LIMITED')
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      // Another email from the same address still has its own budget (up to 10 per address).
      expect((await device.signIn({ email: uniqueEmail(), password: 'wrong password' })).status).toBe(401)
    })

    it('answers the 11th sign-in from one address within a minute with 429', async () => {
      const device = browser()
      for (let i = 0; i < 10; i++)
        expect((await device.signIn({ email: uniqueEmail(), password: 'wrong password' })).status).toBe(401)
      expect((await device.signIn({ email: uniqueEmail(), password: 'wrong password' })).status).toBe(429)
    })

    it('answers the 6th sign-up from one address within a minute with 429', async () => {
      const device = browser()
      for (let i = 0; i < 5; i++) {
        await device.signOut()
        expect((await device.signUp({ email: uniqueEmail(), password: testPassword, name: 'N' })).status).toBe(201)
      }
      await device.signOut()
      const limited = await device.signUp({ email: uniqueEmail(), password: testPassword, name: 'N' })
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    })
  })

  describe('admin account and roles', () => {
    it('creates the admin once with a generated password, which then signs in as admin', async () => {
      const email = uniqueEmail()
      const adminConfig = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: email })
      const deps = { db: database().db, config: adminConfig, logger: createLogger('silent') }
      await database().db.update(users).set({ role: 'customer' }).where(eq(users.role, 'admin'))
      const first = await ensureAdmin(deps)
      expect(first.generatedPassword).toMatch(/^[\w-]{24}$/)
      expect(await ensureAdmin(deps)).toEqual({})
      const admin = createTestBrowser(createTestApp(database().db, adminConfig))
      const response = await admin.signIn({ email, password: first.generatedPassword! })
      expect(response.status).toBe(200)
      expect(((await response.json()) as SessionInfo).user?.role).toBe('admin')
    })

    it('honours ADMIN_PASSWORD, also resetting the password of an existing admin', async () => {
      const email = uniqueEmail()
      const make = (password: string) =>
        testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: email, ADMIN_PASSWORD: password })
      const logger = createLogger('silent')
      expect(await ensureAdmin({ db: database().db, config: make('first admin password'), logger })).toEqual({})
      expect(await ensureAdmin({ db: database().db, config: make('second admin password'), logger })).toEqual({})
      const admin = createTestBrowser(createTestApp(database().db, make('second admin password')))
      expect((await admin.signIn({ email, password: 'first admin password' })).status).toBe(401)
      const response = await admin.signIn({ email, password: 'second admin password' })
      expect(((await response.json()) as SessionInfo).user).toMatchObject({ email, role: 'admin' })
    })

    it('prints a generated admin password exactly once across restarts', async () => {
      await database().db.update(users).set({ role: 'customer' }).where(eq(users.role, 'admin'))
      const deps = {
        db: database().db,
        config: testConfig({ ADMIN_EMAIL: uniqueEmail() }),
        logger: createLogger('silent'),
      }
      const results = [await ensureAdmin(deps), await ensureAdmin(deps), await ensureAdmin(deps)]
      expect(results.filter((r) => r.generatedPassword)).toHaveLength(1)
    })

    it('keeps guests and customers out of admin-only routes and lets admins in', async () => {
      const email = uniqueEmail()
      const logger = createLogger('silent')
      const adminConfig = testConfig({ ADMIN_EMAIL: email, ADMIN_PASSWORD: 'the admin password' })
      await ensureAdmin({ db: database().db, config: adminConfig, logger })
      // Only what the session middleware reads; the rest of AppDeps plays no part in this probe.
      const sessionDeps: Pick<AppDeps, 'config' | 'db' | 'logger' | 'clock'> = {
        config,
        db: database().db,
        logger,
        clock: () => new Date(),
      }
      const deps = sessionDeps as AppDeps
      const probe = new Hono<AppEnv>()
        .use(async (c, next) => {
          c.set('deps', deps)
          c.set('logger', logger)
          await next()
        })
        .get('/admin-only', withSession, requireUser('admin'), (c) => c.json({ ok: true }))
        .onError(onError)
      const probeAs = (cookie: string | undefined) =>
        probe.request('/admin-only', { headers: cookie ? { cookie: `sf_session=${cookie}` } : {} })

      expect((await probeAs(undefined)).status).toBe(401)
      const customer = browser()
      await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })
      const denied = await probeAs(customer.cookie)
      expect(denied.status).toBe(403)
      expect((await problemOf(denied)).code).toBe('FORBIDDEN')
      const admin = browser()
      await admin.signIn({ email, password: 'the admin password' })
      expect((await probeAs(admin.cookie)).status).toBe(200)
    })
  })

  it('prunes an idle guest session that holds nothing early, and keeps one with a wishlist', async () => {
    const empty = browser()
    await empty.session()
    await empty.push([{ kind: 'search.query', query: 'lamp', resultCount: 3 }])
    const keeper = browser()
    await keeper.session()
    const [product] = await database().db.select({ id: products.id }).from(products).limit(1)
    await keeper.push([{ kind: 'wishlist.add', productId: asProductId(product!.id) }])
    const hashes = [hashSessionToken(empty.cookie!), hashSessionToken(keeper.cookie!)]
    // Both last used (their expiry last moved) three days ago.
    await database()
      .db.update(sessions)
      .set({ expiresAt: new Date(Date.now() + 27 * 24 * 60 * 60_000) })
      .where(sql`${sessions.idHash} in (${sql.join(hashes, sql`, `)})`)
    const idleGuestExpiresBefore = new Date(Date.now() + 28 * 24 * 60 * 60_000)
    expect(await deleteExpiredSessions(database().db, new Date(), { idleGuestExpiresBefore })).toBeGreaterThanOrEqual(1)
    const left = await database()
      .db.select({ idHash: sessions.idHash })
      .from(sessions)
      .where(sql`${sessions.idHash} in (${sql.join(hashes, sql`, `)})`)
    expect(left.map((r) => r.idHash)).toEqual([hashes[1]])
  })

  it('deletes expired sessions and the guest carts only they pointed to', async () => {
    const guest = browser()
    await guest.session()
    await guest.push([{ kind: 'search.query', query: 'lamp', resultCount: 3 }])
    const idHash = hashSessionToken(guest.cookie!)
    await database()
      .db.update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.idHash, idHash))
    expect(((await guest.request('/api/auth/session').then((r) => r.json())) as SessionInfo).user).toBeNull()
    const twoHoursLater = new Date(Date.now() + 2 * 60 * 60_000)
    expect(await deleteExpiredSessions(database().db, twoHoursLater)).toBeGreaterThanOrEqual(1)
    expect(await database().db.select().from(sessions).where(eq(sessions.idHash, idHash))).toEqual([])
  })
})
