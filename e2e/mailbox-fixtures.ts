/**
 * Reading the shop's emails in e2e: without an email provider they land in the local mailbox, which
 * an admin reads through `/api/admin/mailbox` (the worker delivers within a few seconds).
 */
import type { APIRequestContext } from '@playwright/test'
import { expect } from './fixtures.ts'

type MailboxList = { readonly emails: readonly { id: number; to: string; subject: string }[] }

/**
 * Waits for the newest email to `to` whose subject is `subject` and returns its text part. Newer
 * than `afterId` when given, so a second email of the same kind is told from the first.
 */
export async function waitForEmail(
  admin: APIRequestContext,
  to: string,
  subject: string,
  afterId = 0,
): Promise<{ readonly id: number; readonly text: string }> {
  let found: { id: number } | undefined
  await expect(async () => {
    const response = await admin.get('/api/admin/mailbox?limit=50')
    expect(response.status()).toBe(200)
    const list = (await response.json()) as MailboxList
    found = list.emails.find((e) => e.to === to && e.subject === subject && e.id > afterId)
    expect(found, `an email "${subject}" to ${to}`).toBeDefined()
  }).toPass({ timeout: 30_000 })
  if (!found) throw new Error('unreachable: toPass would have thrown')
  const email = (await (await admin.get(`/api/admin/mailbox/${found.id}`)).json()) as { text: string }
  return { id: found.id, text: email.text }
}

/**
 * The account link in an email's text (`…/en/account/reset-password#token=…`) as a path on the
 * test's own origin: the email links to PUBLIC_URL (localhost), the browser uses 127.0.0.1.
 */
export function accountLinkIn(text: string): string {
  const match = /https?:\/\/\S+?(\/[a-z]{2}\/account\/[a-z-]+#token=[\w%-]+)/.exec(text)
  if (!match?.[1]) throw new Error(`no account link in:\n${text}`)
  return match[1]
}
