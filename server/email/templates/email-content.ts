/**
 * One email as plain strings (heading, paragraphs, an order summary, facts, an address, links),
 * rendered twice: as HTML, where every string is escaped here and nowhere else, and as text with
 * the same content. Templates never write markup, so a name or address containing `<script>` cannot
 * become markup.
 *
 * The HTML is written for mail clients (decision 0020): tables for layout, inline styles, 600 px
 * wide at most, no image and nothing else fetched; a small `<style>` only for phones and dark mode,
 * which clients without it do without.
 */

import { emailLineName } from './email-data.ts'

export type EmailRow = { readonly label: string; readonly value: string; readonly strong?: boolean }
export type EmailLink = { readonly label: string; readonly href: string }

/** One order line: name and its variant options ("Size 42 · Black"), quantity, line total. */
export type EmailLine = {
  readonly name: string
  readonly options: string
  readonly quantity: number
  readonly total: string
}

export type EmailSummary = {
  readonly title: string
  readonly columns: { readonly item: string; readonly quantity: string; readonly total: string }
  readonly lines: readonly EmailLine[]
  /** Subtotal, shipping, tax, total, in that order; a discount is one more row. */
  readonly totals: readonly EmailRow[]
}

export type EmailContent = {
  readonly subject: string
  /** What inbox lists show after the subject; hidden in the body. */
  readonly preheader: string
  readonly heading: string
  readonly paragraphs: readonly string[]
  /** The one button (e.g. "View your order"), and an optional plain link under it. */
  readonly action: EmailLink
  readonly secondaryLink?: EmailLink
  readonly summary?: EmailSummary
  /** Label/value pairs with a title: tracking details, refunded amounts. */
  readonly facts?: { readonly title: string; readonly rows: readonly EmailRow[] }
  /** Address lines, already formatted (name first, country last). */
  readonly address?: { readonly title: string; readonly lines: readonly string[] }
  /** A titled list of links (the review request's "review this product" links). */
  readonly links?: { readonly title: string; readonly items: readonly EmailLink[] }
  readonly closing: string
  /** Replaces the locale's footer (why the recipient gets this email). */
  readonly footer?: string
  /** Shown under the footer; the sender also sets the List-Unsubscribe headers from it. */
  readonly unsubscribe?: EmailLink
}

/** What every email of a locale carries around its content: the wordmark and the footer. */
export type EmailFrame = {
  readonly lang: string
  /** The writing direction of `lang`: the document's, and which side columns of numbers align to. */
  readonly dir: 'ltr' | 'rtl'
  /** What joins a label to its value in the text part (`: `, French ` : `, Japanese `：`). */
  readonly colon: string
  readonly shopName: string
  /** The shop's public origin, linked from the wordmark and the footer. */
  readonly shopUrl: string
  readonly footer: string
}

export type RenderedEmail = {
  readonly subject: string
  readonly html: string
  readonly text: string
  /** The one-click unsubscribe URL (RFC 8058) of an email that has one. */
  readonly unsubscribeUrl?: string
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/** Links are built by the shop (its origin, a carrier's page); anything but http(s) is a bug. */
function href(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new Error(`an email link must be http(s): ${url}`)
  return escapeHtml(url)
}

export function renderContent(content: EmailContent, frame: EmailFrame): RenderedEmail {
  const framed = content.footer ? { ...frame, footer: content.footer } : frame
  return {
    subject: content.subject,
    html: toHtml(content, framed),
    text: toText(content, framed),
    ...(content.unsubscribe ? { unsubscribeUrl: content.unsubscribe.href } : {}),
  }
}

// Light colours, with dark ones in the media query; every pair has at least 4.5:1 contrast.
const color = {
  page: '#f3f4f6',
  card: '#ffffff',
  ink: '#1f2937',
  muted: '#4b5563',
  line: '#d1d5db',
  brand: '#1d4ed8',
  onBrand: '#ffffff',
}
const font = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
const text = `font-family:${font};font-size:16px;line-height:24px;color:${color.ink};`
const small = `font-family:${font};font-size:14px;line-height:20px;color:${color.muted};`
const cell = `${text}padding:8px 0;border-bottom:1px solid ${color.line};vertical-align:top;`

const head = (title: string) => `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
@media (max-width: 620px) {
  .sf-card { padding: 24px 16px !important; }
  .sf-heading { font-size: 22px !important; line-height: 28px !important; }
}
@media (prefers-color-scheme: dark) {
  .sf-page { background-color: #111318 !important; }
  .sf-card { background-color: #1c1f26 !important; }
  .sf-ink { color: #f3f4f6 !important; }
  .sf-muted { color: #b4bac4 !important; }
  .sf-line { border-color: #3a404c !important; }
  .sf-link { color: #93c5fd !important; }
}
</style>
</head>`

function toHtml(content: EmailContent, frame: EmailFrame): string {
  const e = escapeHtml
  const body = [
    `<h1 class="sf-heading sf-ink" style="margin:0 0 16px;font-family:${font};font-size:26px;line-height:32px;font-weight:700;color:${color.ink};">${e(content.heading)}</h1>`,
    ...content.paragraphs.map((p) => `<p class="sf-ink" style="margin:0 0 16px;${text}">${e(p)}</p>`),
    button(content.action),
    content.secondaryLink ? linkParagraph(content.secondaryLink) : '',
    content.summary ? summaryHtml(content.summary, frame.dir) : '',
    content.facts ? factsHtml(content.facts.title, content.facts.rows, frame.dir) : '',
    content.address ? addressHtml(content.address.title, content.address.lines) : '',
    content.links ? `${sectionTitle(content.links.title)}\n${content.links.items.map(itemLink).join('\n')}` : '',
    `<p class="sf-ink" style="margin:24px 0 0;${text}">${e(content.closing)}</p>`,
  ]
    .filter(Boolean)
    .join('\n')
  // The outer table repeats the direction: some clients (Gmail) drop the attributes of <html>.
  return `<!doctype html>
<html lang="${e(frame.lang)}" dir="${frame.dir}">
${head(content.subject)}
<body class="sf-page" style="margin:0;padding:0;width:100%;background-color:${color.page};">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;">${e(content.preheader)}</div>
<table role="presentation" class="sf-page" dir="${frame.dir}" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${color.page};">
<tr><td align="center" style="padding:24px 8px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">
<tr><td style="padding:0 0 16px;"><a class="sf-ink" href="${href(frame.shopUrl)}" style="font-family:${font};font-size:22px;line-height:28px;font-weight:700;letter-spacing:-0.5px;color:${color.ink};text-decoration:none;">${e(frame.shopName)}</a></td></tr>
<tr><td class="sf-card" style="padding:32px;background-color:${color.card};border-radius:8px;">
${body}
</td></tr>
<tr><td class="sf-muted" style="padding:16px 0 0;${small}text-align:center;">${e(frame.footer)}<br><a class="sf-link" href="${href(frame.shopUrl)}" style="color:${color.brand};text-decoration:underline;">${e(hostOf(frame.shopUrl))}</a>${
    content.unsubscribe
      ? `<br><a class="sf-link" href="${href(content.unsubscribe.href)}" style="color:${color.brand};text-decoration:underline;">${e(content.unsubscribe.label)}</a>`
      : ''
  }</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`
}

/**
 * A "bulletproof" button: the link's thick border is its background, which Outlook for Windows
 * draws too (it ignores padding on links); the whole button is the link.
 */
function button(link: EmailLink): string {
  const b = color.brand
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr><td style="border-radius:6px;background-color:${b};" bgcolor="${b}"><a href="${href(link.href)}" style="display:inline-block;font-family:${font};font-size:16px;line-height:20px;font-weight:700;color:${color.onBrand};text-decoration:none;border-radius:6px;background-color:${b};border-top:12px solid ${b};border-bottom:12px solid ${b};border-left:24px solid ${b};border-right:24px solid ${b};">${escapeHtml(link.label)}</a></td></tr></table>`
}

function linkParagraph(link: EmailLink): string {
  return `<p style="margin:-8px 0 24px;${text}"><a class="sf-link" href="${href(link.href)}" style="color:${color.brand};text-decoration:underline;">${escapeHtml(link.label)}</a></p>`
}

function itemLink(link: EmailLink): string {
  return `<p style="margin:0 0 8px;${text}"><a class="sf-link" href="${href(link.href)}" style="color:${color.brand};text-decoration:underline;">${escapeHtml(link.label)}</a></p>`
}

function sectionTitle(title: string): string {
  return `<h2 class="sf-ink" style="margin:24px 0 8px;font-family:${font};font-size:18px;line-height:24px;font-weight:700;color:${color.ink};">${escapeHtml(title)}</h2>`
}

/** HTML `align` is physical: the start and end sides of a direction. */
function sides(dir: EmailFrame['dir']) {
  return dir === 'rtl' ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' }
}

function summaryHtml(summary: EmailSummary, dir: EmailFrame['dir']): string {
  const e = escapeHtml
  const { start, end } = sides(dir)
  const th = `${small}font-weight:700;padding:0 0 8px;border-bottom:1px solid ${color.line};`
  const lines = summary.lines.map(
    (l) =>
      `<tr><td class="sf-ink sf-line" style="${cell}">${e(l.name)}${
        l.options ? `<br><span class="sf-muted" style="${small}">${e(l.options)}</span>` : ''
      }</td><td class="sf-ink sf-line" align="center" style="${cell}padding-left:8px;padding-right:8px;white-space:nowrap;">${l.quantity}</td><td class="sf-ink sf-line" align="${end}" style="${cell}white-space:nowrap;">${e(l.total)}</td></tr>`,
  )
  const totals = summary.totals.map(
    (r) =>
      `<tr><td class="sf-ink" colspan="2" style="${text}padding:4px 0;${r.strong ? 'font-weight:700;' : ''}">${e(r.label)}</td><td class="sf-ink" align="${end}" style="${text}padding:4px 0;white-space:nowrap;${r.strong ? 'font-weight:700;' : ''}">${e(r.value)}</td></tr>`,
  )
  // A data table (no role="presentation"): its column headers name the cells for screen readers.
  return `${sectionTitle(summary.title)}
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><th class="sf-muted sf-line" align="${start}" style="${th}">${e(summary.columns.item)}</th><th class="sf-muted sf-line" align="center" style="${th}padding-left:8px;padding-right:8px;">${e(summary.columns.quantity)}</th><th class="sf-muted sf-line" align="${end}" style="${th}">${e(summary.columns.total)}</th></tr>
${lines.join('\n')}
<tr><td colspan="3" style="height:8px;font-size:0;line-height:0;">&nbsp;</td></tr>
${totals.join('\n')}
</table>`
}

function factsHtml(title: string, rows: readonly EmailRow[], dir: EmailFrame['dir']): string {
  const e = escapeHtml
  const { end } = sides(dir)
  return `${sectionTitle(title)}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${rows
  .map(
    (r) =>
      `<tr><td class="sf-muted sf-line" style="${cell}color:${color.muted};padding-${end}:16px;">${e(r.label)}</td><td class="sf-ink sf-line" align="${end}" style="${cell}${r.strong ? 'font-weight:700;' : ''}word-break:break-all;">${e(r.value)}</td></tr>`,
  )
  .join('\n')}
</table>`
}

function addressHtml(title: string, lines: readonly string[]): string {
  return `${sectionTitle(title)}
<p class="sf-ink" style="margin:0;${text}">${lines.map(escapeHtml).join('<br>')}</p>`
}

function hostOf(url: string): string {
  return new URL(url).host
}

function toText(content: EmailContent, frame: EmailFrame): string {
  const section = (title: string, lines: readonly string[]) => [title, ...lines, '']
  const c = frame.colon
  const summary = content.summary
  return [
    frame.shopName,
    '',
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    `${content.action.label}${c}${content.action.href}`,
    ...(content.secondaryLink ? [`${content.secondaryLink.label}${c}${content.secondaryLink.href}`] : []),
    '',
    ...(summary
      ? section(summary.title, [
          ...summary.lines.map((l) => `${l.quantity} × ${emailLineName(l)}${c}${l.total}`),
          '',
          ...summary.totals.map((r) => `${r.label}${c}${r.value}`),
        ])
      : []),
    ...(content.facts
      ? section(
          content.facts.title,
          content.facts.rows.map((r) => `${r.label}${c}${r.value}`),
        )
      : []),
    ...(content.address ? section(content.address.title, content.address.lines) : []),
    ...(content.links
      ? section(
          content.links.title,
          content.links.items.map((l) => `${l.label}${c}${l.href}`),
        )
      : []),
    content.closing,
    '',
    '-- ',
    frame.footer,
    frame.shopUrl,
    ...(content.unsubscribe ? [`${content.unsubscribe.label}${c}${content.unsubscribe.href}`] : []),
    '',
  ].join('\n')
}
