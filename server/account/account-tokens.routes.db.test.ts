import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { SessionInfo } from '../../shared/account/user.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { accountTokens, emailOutbox, users } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { ensureAdmin } from './account.service.ts'
import { deleteExpiredAccountTokens } from './account-tokens.repository.ts'
import { hashAccountToken } from './account-tokens.ts'
import { passwordResetAnswerFloorMs } from './password-reset.service.ts'

const newPassword = 'a brand new passphrase'

describe.each(await databaseTargets())('emailed account links on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const config = testConfig({ TRUST_PROXY: 'true' })
  let now = Date.now()
  let built: ReturnType<typeof createApp> | undefined
  // One app (one in-process rate limiter) with a clock the tests move forward.
  const app = () => {
    built ??= createApp({ config, db: db(), logger: createLogger('silent'), clock: () => new Date(now) })
    return built
  }
  const browser = () => createTestBrowser(app())

  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }
  const post = async (who: TestBrowser, path: string, json: unknown) => {
    if (!who.csrfToken) await who.session()
    return who.request(`/api/auth${path}`, { method: 'POST', json })
  }
  const put = async (who: TestBrowser, path: string, json: unknown) => {
    if (!who.csrfToken) await who.session()
    return who.request(`/api/auth${path}`, { method: 'PUT', json })
  }
  const emailsTo = (to: string, template?: string) =>
    db()
      .select({ template: emailOutbox.template, data: emailOutbox.data, locale: emailOutbox.locale })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, to), template ? eq(emailOutbox.template, template) : undefined))
      .orderBy(desc(emailOutbox.id))
  /** The token of the newest email of `template` to `to`, as its link carries it. */
  const tokenMailedTo = async (to: string, template: string) => {
    const [email] = await emailsTo(to, template)
    const token = email?.data.token
    if (typeof token !== 'string') throw new Error(`no ${template} email to ${to}`)
    return token
  }
  const signedUp = async (email = uniqueEmail()) => {
    const shopper = browser()
    expect((await shopper.signUp({ email, password: testPassword, name: 'Ada' })).status).toBe(201)
    return { shopper, email }
  }
  const userOf = async (who: TestBrowser) => (await who.session()).user
  const requestReset = (who: TestBrowser, email: string) => post(who, '/password-reset', { email })

  describe('password reset', () => {
    it('answers an unknown address exactly as a known one, and emails only the known one', async () => {
      const { email } = await signedUp()
      const unknown = uniqueEmail()
      const timed = async (address: string) => {
        const started = performance.now()
        const response = await requestReset(browser(), address)
        return { response, ms: performance.now() - started }
      }
      const { response: known, ms: knownMs } = await timed(email)
      const { response: missing, ms: missingMs } = await timed(unknown)
      // Both wait out the same floor, which hides the known address's extra transaction.
      expect(knownMs).toBeGreaterThanOrEqual(passwordResetAnswerFloorMs - 1)
      expect(missingMs).toBeGreaterThanOrEqual(passwordResetAnswerFloorMs - 1)
      expect(known.status).toBe(202)
      expect(missing.status).toBe(202)
      expect(await missing.text()).toBe(await known.text())
      expect(await emailsTo(email, 'account_password_reset')).toHaveLength(1)
      expect(await emailsTo(unknown)).toEqual([])
      const tokenRows = await db().select().from(accountTokens).innerJoin(users, eq(users.id, accountTokens.userId))
      expect(tokenRows.filter((r) => r.users.email === unknown)).toEqual([])
    })

    it('keeps a link until it expires, then the pruning deletes it and no other', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const reset = hashAccountToken(await tokenMailedTo(email, 'account_password_reset'))
      const verify = hashAccountToken(await tokenMailedTo(email, 'account_verify_email'))
      const stored = async () =>
        (
          await db()
            .select()
            .from(accountTokens)
            .where(inArray(accountTokens.idHash, [reset, verify]))
        ).map((row) => row.purpose)
      expect(await deleteExpiredAccountTokens(db(), new Date(now + 29 * 60_000))).toBe(0)
      expect((await stored()).sort()).toEqual(['password_reset', 'verify_email'])
      await deleteExpiredAccountTokens(db(), new Date(now + 31 * 60_000))
      expect(await stored()).toEqual(['verify_email'])
    })

    it('stores only the sha256 of the token the email links to, expiring in 30 minutes', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const token = await tokenMailedTo(email, 'account_password_reset')
      expect(token).toMatch(/^[\w-]{43}$/)
      const [row] = await db()
        .select()
        .from(accountTokens)
        .where(eq(accountTokens.idHash, hashAccountToken(token)))
      expect(row?.purpose).toBe('password_reset')
      expect(row?.usedAt).toBeNull()
      expect(row!.expiresAt.getTime() - now).toBe(30 * 60_000)
      const all = rowsOf(await db().execute(sql`select * from account_tokens`)).map((r) => JSON.stringify(r))
      expect(all.join()).not.toContain(token)
    })

    it('writes the email in the account language, with a link to the reset page in that language', async () => {
      const { shopper, email } = await signedUp()
      expect((await put(shopper, '/me/locale', { locale: 'de' })).status).toBe(200)
      await requestReset(browser(), email)
      const [mail] = await emailsTo(email, 'account_password_reset')
      expect(mail?.locale).toBe('de')
    })

    it('sets the new password once: the old one and a second use of the link stop working', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const token = await tokenMailedTo(email, 'account_password_reset')
      const visitor = browser()
      expect((await post(visitor, '/password-reset/check', { token })).status).toBe(204)
      expect((await post(visitor, '/password-reset/confirm', { token, password: newPassword })).status).toBe(204)

      expect((await browser().signIn({ email, password: testPassword })).status).toBe(401)
      expect((await browser().signIn({ email, password: newPassword })).status).toBe(200)
      const again = await post(visitor, '/password-reset/confirm', { token, password: 'yet another passphrase' })
      expect(again.status).toBe(410)
      const problem = await problemOf(again)
      expect(problem.code).toBe('TOKEN_INVALID')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.token'])
      expect((await post(visitor, '/password-reset/check', { token })).status).toBe(410)
      expect((await browser().signIn({ email, password: newPassword })).status).toBe(200)
    })

    it('lets exactly one of two concurrent uses of a link through', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const token = await tokenMailedTo(email, 'account_password_reset')
      const statuses = await Promise.all(
        ['first concurrent passphrase', 'second concurrent passphrase'].map(
          async (password) => (await post(browser(), '/password-reset/confirm', { token, password })).status,
        ),
      )
      expect(statuses.sort()).toEqual([204, 410])
    })

    it('refuses a link after 30 minutes and accepts it just before', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const late = await tokenMailedTo(email, 'account_password_reset')
      now += 30 * 60_000
      const refused = await post(browser(), '/password-reset/confirm', { token: late, password: newPassword })
      expect(refused.status).toBe(410)
      expect((await problemOf(refused)).code).toBe('TOKEN_INVALID')

      await requestReset(browser(), email)
      const fresh = await tokenMailedTo(email, 'account_password_reset')
      now += 30 * 60_000 - 1
      expect((await post(browser(), '/password-reset/confirm', { token: fresh, password: newPassword })).status).toBe(
        204,
      )
    })

    it('signs the account out on every device', async () => {
      const { shopper, email } = await signedUp()
      const laptop = browser()
      expect((await laptop.signIn({ email, password: testPassword })).status).toBe(200)
      await requestReset(browser(), email)
      const token = await tokenMailedTo(email, 'account_password_reset')
      expect((await post(browser(), '/password-reset/confirm', { token, password: newPassword })).status).toBe(204)
      expect(await userOf(shopper)).toBeNull()
      expect(await userOf(laptop)).toBeNull()
    })

    it('refuses a common password with 422 naming password, and the link still works after', async () => {
      const { email } = await signedUp()
      await requestReset(browser(), email)
      const token = await tokenMailedTo(email, 'account_password_reset')
      const weak = await post(browser(), '/password-reset/confirm', { token, password: 'password12' })
      expect(weak.status).toBe(422)
      const problem = await problemOf(weak)
      expect(problem.code).toBe('WEAK_PASSWORD')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.password'])
      expect((await browser().signIn({ email, password: testPassword })).status).toBe(200)
      expect((await post(browser(), '/password-reset/confirm', { token, password: newPassword })).status).toBe(204)
    })

    it('answers an unknown token with 410 naming token', async () => {
      const response = await post(browser(), '/password-reset/confirm', {
        token: 'A'.repeat(43),
        password: newPassword,
      })
      expect(response.status).toBe(410)
      expect((await problemOf(response)).errors?.map((e) => e.path)).toEqual(['json.token'])
    })

    it('limits requests per address whether or not it has an account', async () => {
      for (const email of [(await signedUp()).email, uniqueEmail()]) {
        for (let i = 0; i < 3; i++) expect((await requestReset(browser(), email)).status).toBe(202)
        const limited = await requestReset(browser(), email)
        expect(limited.status).toBe(429)
        expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      }
    })

    it('limits requests per client address', async () => {
      const shopper = browser()
      for (let i = 0; i < 5; i++) expect((await requestReset(shopper, uniqueEmail())).status).toBe(202)
      expect((await requestReset(shopper, uniqueEmail())).status).toBe(429)
    })
  })

  describe('email verification', () => {
    it('sends a link at sign-up; following it marks the address verified, once', async () => {
      const { shopper, email } = await signedUp()
      expect((await userOf(shopper))?.emailVerified).toBe(false)
      const token = await tokenMailedTo(email, 'account_verify_email')
      // Opened on another device: no session needed.
      expect((await post(browser(), '/verify-email', { token })).status).toBe(204)
      expect((await userOf(shopper))?.emailVerified).toBe(true)
      const again = await post(browser(), '/verify-email', { token })
      expect(again.status).toBe(410)
      expect((await problemOf(again)).code).toBe('TOKEN_INVALID')
    })

    it('resends a link to a signed-in unverified account only, within a limit', async () => {
      const guest = await post(browser(), '/verify-email/resend', {})
      expect(guest.status).toBe(401)
      const { shopper, email } = await signedUp()
      expect(await (await post(shopper, '/verify-email/resend', {})).json()).toEqual({ sent: true })
      expect(await emailsTo(email, 'account_verify_email')).toHaveLength(2)
      expect((await post(shopper, '/verify-email/resend', {})).status).toBe(202)
      expect((await post(shopper, '/verify-email/resend', {})).status).toBe(202)
      expect((await post(shopper, '/verify-email/resend', {})).status).toBe(429)
    })

    it('sends nothing when the address is verified already', async () => {
      const { shopper, email } = await signedUp()
      await post(browser(), '/verify-email', { token: await tokenMailedTo(email, 'account_verify_email') })
      expect(await (await post(shopper, '/verify-email/resend', {})).json()).toEqual({ sent: false })
      expect(await emailsTo(email, 'account_verify_email')).toHaveLength(1)
    })

    it('counts the admin named in the env as verified', async () => {
      const admin = { email: uniqueEmail(), password: 'the admin password' }
      const adminConfig = testConfig({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
      await ensureAdmin({ db: db(), config: adminConfig, logger: createLogger('silent') })
      const signedIn = browser()
      expect((await signedIn.signIn(admin)).status).toBe(200)
      expect((await userOf(signedIn))?.emailVerified).toBe(true)
    })
  })

  describe('changing the password', () => {
    it('needs the current password, naming the field when it is wrong', async () => {
      const { shopper, email } = await signedUp()
      const wrong = await put(shopper, '/me/password', { currentPassword: 'not my password', newPassword })
      expect(wrong.status).toBe(403)
      const problem = await problemOf(wrong)
      expect(problem.code).toBe('CURRENT_PASSWORD_WRONG')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.currentPassword'])
      expect((await browser().signIn({ email, password: testPassword })).status).toBe(200)
      expect((await put(browser(), '/me/password', { currentPassword: testPassword, newPassword })).status).toBe(401)
    })

    it('refuses a common new password with 422 naming newPassword', async () => {
      const { shopper } = await signedUp()
      const weak = await put(shopper, '/me/password', { currentPassword: testPassword, newPassword: 'Password12' })
      expect(weak.status).toBe(422)
      const problem = await problemOf(weak)
      expect(problem.code).toBe('WEAK_PASSWORD')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.newPassword'])
    })

    it('sets the new password and signs out the other devices, keeping this one', async () => {
      const { shopper, email } = await signedUp()
      const phone = browser()
      await phone.signIn({ email, password: testPassword })
      const response = await put(shopper, '/me/password', { currentPassword: testPassword, newPassword })
      expect(response.status).toBe(200)
      expect(((await response.json()) as SessionInfo).user?.email).toBe(email)
      expect((await userOf(shopper))?.email).toBe(email)
      expect(await userOf(phone)).toBeNull()
      expect((await browser().signIn({ email, password: testPassword })).status).toBe(401)
      expect((await browser().signIn({ email, password: newPassword })).status).toBe(200)
    })

    it('limits re-authentication attempts per account', async () => {
      const { shopper } = await signedUp()
      for (let i = 0; i < 5; i++)
        expect((await put(shopper, '/me/password', { currentPassword: `guess number ${i}`, newPassword })).status).toBe(
          403,
        )
      const limited = await put(shopper, '/me/password', { currentPassword: testPassword, newPassword })
      expect(limited.status).toBe(429)
    })
  })

  describe('changing the email', () => {
    const changeEmail = (who: TestBrowser, email: string, password = testPassword) =>
      put(who, '/me/email', { password, email })

    it('needs the current password, naming the field when it is wrong', async () => {
      const { shopper } = await signedUp()
      const wrong = await changeEmail(shopper, uniqueEmail(), 'not my password')
      expect(wrong.status).toBe(403)
      expect((await problemOf(wrong)).errors?.map((e) => e.path)).toEqual(['json.password'])
    })

    it('refuses an address another account has with 409 naming email', async () => {
      const { shopper } = await signedUp()
      const { email: taken } = await signedUp()
      const response = await changeEmail(shopper, taken)
      expect(response.status).toBe(409)
      const problem = await problemOf(response)
      expect(problem.code).toBe('EMAIL_TAKEN')
      expect(problem.errors?.map((e) => e.path)).toEqual(['json.email'])
      expect(await emailsTo(taken, 'account_email_change_confirm')).toEqual([])
    })

    it('asks the new address to confirm and tells the old one; the link sets the address, verified', async () => {
      const { shopper, email } = await signedUp()
      const next = uniqueEmail()
      const response = await changeEmail(shopper, next.toUpperCase())
      expect(response.status).toBe(202)
      expect((await emailsTo(email, 'account_email_change_notice'))[0]?.data).toEqual({ newEmail: next })
      const token = await tokenMailedTo(next, 'account_email_change_confirm')
      expect((await userOf(shopper))?.email).toBe(email)

      expect((await post(browser(), '/email-change/confirm', { token })).status).toBe(204)
      expect(await userOf(shopper)).toMatchObject({ email: next, emailVerified: true })
      expect((await browser().signIn({ email: next, password: testPassword })).status).toBe(200)
      expect((await browser().signIn({ email, password: testPassword })).status).toBe(401)
      expect((await post(browser(), '/email-change/confirm', { token })).status).toBe(410)
    })

    it('answers 409 naming email when another account took the address before the link was followed', async () => {
      const { shopper, email } = await signedUp()
      const next = uniqueEmail()
      expect((await changeEmail(shopper, next)).status).toBe(202)
      const token = await tokenMailedTo(next, 'account_email_change_confirm')
      await signedUp(next)
      const response = await post(browser(), '/email-change/confirm', { token })
      expect(response.status).toBe(409)
      expect((await problemOf(response)).errors?.map((e) => e.path)).toEqual(['json.email'])
      expect((await userOf(shopper))?.email).toBe(email)
      const [row] = await db()
        .select()
        .from(accountTokens)
        .where(eq(accountTokens.idHash, hashAccountToken(token)))
      expect(row?.usedAt).toBeNull()
    })

    it('makes the old address’s verification link verify nothing', async () => {
      const { shopper, email } = await signedUp()
      const oldLink = await tokenMailedTo(email, 'account_verify_email')
      const next = uniqueEmail()
      await changeEmail(shopper, next)
      await post(browser(), '/email-change/confirm', {
        token: await tokenMailedTo(next, 'account_email_change_confirm'),
      })
      expect((await post(browser(), '/verify-email', { token: oldLink })).status).toBe(410)
    })
  })
})
