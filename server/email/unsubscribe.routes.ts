/**
 * `/email/unsubscribe?t=<token>` (outside /api: a mail client's one-click POST carries no session
 * and no CSRF token; the signed token is the proof). GET shows a small page with a button, so a link
 * scanner that follows every URL unsubscribes nobody; POST (the button, or RFC 8058's one-click
 * `List-Unsubscribe=One-Click`) records the address. Every text on the page is escaped (hono/html).
 * A bad token: GET shows a "link does not work" page (404); POST, which only a client sends, is a
 * 400 problem naming `query.t`.
 */
import { Hono } from 'hono'
import { html } from 'hono/html'
import { ErrorCode } from '../../shared/errors.ts'
import { type PageIntl, pageIntl, requestLocale } from '../pages/page-intl.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { emailLinkKey, readUnsubscribeToken, recordUnsubscribe, type Unsubscription } from './unsubscribe.ts'

function page(intl: PageIntl, title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="${intl.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}<p><a href="/">${intl.t('emailUnsubscribe.backToShop', { shop: intl.t('app.name') })}</a></p></main></body>
</html>`
}

async function targetOf(c: { var: AppEnv['Variables']; req: { query: (name: string) => string | undefined } }) {
  const token = c.req.query('t') ?? ''
  return { token, target: readUnsubscribeToken(await emailLinkKey(c.var.deps.db), token) }
}

const invalid = (intl: PageIntl) =>
  page(intl, intl.t('emailUnsubscribe.invalidTitle'), html`<p>${intl.t('emailUnsubscribe.invalid')}</p>`)

const done = (intl: PageIntl, target: Unsubscription) =>
  page(
    intl,
    intl.t('emailUnsubscribe.doneTitle'),
    html`<p role="status">${intl.t('emailUnsubscribe.done', { email: target.email })}</p>`,
  )

export const unsubscribeRoutes = new Hono<AppEnv>()
  .get('/unsubscribe', async (c) => {
    const intl = pageIntl(requestLocale(c))
    const { token, target } = await targetOf(c)
    c.header('Cache-Control', 'no-store')
    // Not found, like any page that is not there: the token names no subscription this shop signed.
    if (!target) return c.html(invalid(intl), 404)
    return c.html(
      page(
        intl,
        intl.t('emailUnsubscribe.title'),
        html`<p>${intl.t('emailUnsubscribe.confirm', { email: target.email })}</p>
<form method="post" action="/email/unsubscribe?t=${encodeURIComponent(token)}"><button type="submit">${intl.t('emailUnsubscribe.button')}</button></form>`,
      ),
    )
  })
  .post('/unsubscribe', async (c) => {
    const intl = pageIntl(requestLocale(c))
    const { target } = await targetOf(c)
    c.header('Cache-Control', 'no-store')
    if (!target)
      throw new AppError(ErrorCode.InvalidInput, 'The unsubscribe link is not valid.', [
        { path: 'query.t', message: 'is not a valid unsubscribe token' },
      ])
    await recordUnsubscribe(c.var.deps.db, target)
    return c.html(done(intl, target))
  })
