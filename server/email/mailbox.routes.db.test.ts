import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { MailboxEmail, MailboxPage } from '../../shared/email/mailbox.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { emailOutbox } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { deliverLocally, enqueueEmail } from './email-outbox.repository.ts'

describe.each(await databaseTargets())('admin mailbox on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  let built: { app: ReturnType<typeof createApp>; admin: TestBrowser } | undefined
  const shop = async () => {
    if (built) return built
    const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
    const app = createApp({ config, db: db(), logger: createLogger('silent') })
    await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
    const browser = createTestBrowser(app)
    expect((await browser.signIn(admin)).status).toBe(200)
    built = { app, admin: browser }
    return built
  }
  const deliver = async (subject: string) => {
    const dedupeKey = `order:${randomUUID()}:order_delivered`
    await enqueueEmail(db(), {
      dedupeKey,
      template: 'order_delivered',
      to: 'a@example.com',
      locale: 'en',
      data: { orderId: randomUUID() },
    })
    const [row] = await db()
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(eq(emailOutbox.dedupeKey, dedupeKey))
    if (!row) throw new Error('not enqueued')
    return deliverLocally(db(), {
      outboxId: row.id,
      to: 'a@example.com',
      subject,
      html: `<p>${subject}</p>`,
      text: subject,
    })
  }
  const get = async <T>(path: string) => {
    const response = await (await shop()).admin.request(path)
    return { status: response.status, body: (await response.json()) as T }
  }

  it('lists the mailbox newest first, in pages, and opens one email with both bodies', async () => {
    const ids = []
    for (const subject of ['first', 'second', 'third']) ids.push(await deliver(subject))
    const page1 = await get<MailboxPage>('/api/admin/mailbox?limit=2')
    expect(page1.status).toBe(200)
    expect(page1.body.emails.map((e) => e.subject)).toEqual(['third', 'second'])
    expect(page1.body.nextCursor).not.toBeNull()
    const page2 = await get<MailboxPage>(`/api/admin/mailbox?limit=2&cursor=${page1.body.nextCursor}`)
    expect(page2.body.emails.map((e) => e.subject)).toEqual(['first'])
    expect(page2.body.nextCursor).toBeNull()

    const one = await get<MailboxEmail>(`/api/admin/mailbox/${ids[1]}`)
    expect(one.body).toMatchObject({
      id: ids[1],
      to: 'a@example.com',
      subject: 'second',
      html: '<p>second</p>',
      text: 'second',
    })
  })

  it('serves the HTML body as a framable document of its own, with a CSP that lets only its inline styles apply', async () => {
    const id = await deliver('framed')
    const response = await (await shop()).admin.request(`/api/admin/mailbox/${id}/html`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<p>framed</p>')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        "frame-ancestors 'self'",
        "base-uri 'none'",
        'sandbox',
      ]),
    )
    expect(csp).not.toContain('script-src')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect((await (await shop()).admin.request('/api/admin/mailbox/999999999/html')).status).toBe(404)
  })

  it('answers 404 for an unknown email and 400 for a bad id or cursor', async () => {
    expect((await get('/api/admin/mailbox/999999999')).status).toBe(404)
    expect((await get('/api/admin/mailbox/abc')).status).toBe(400)
    expect((await get('/api/admin/mailbox?cursor=bogus')).status).toBe(400)
  })

  it('is for admins only', async () => {
    const { app } = await shop()
    const guest = createTestBrowser(app)
    expect((await guest.request('/api/admin/mailbox')).status).toBe(401)
    const customer = createTestBrowser(app)
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'Customer' })).status).toBe(201)
    expect((await customer.request('/api/admin/mailbox')).status).toBe(403)
    expect((await guest.request('/api/admin/mailbox/1/html')).status).toBe(401)
    expect((await customer.request('/api/admin/mailbox/1/html')).status).toBe(403)
  })
})
