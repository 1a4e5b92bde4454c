/**
 * One email as plain strings (heading, paragraphs, a table of rows), rendered twice: as HTML, where
 * every string is escaped here and nowhere else, and as text. Templates never write markup, so a
 * name or address containing `<script>` cannot become markup. No inline CSS either: the admin's
 * mailbox shows the HTML in a srcdoc iframe, which inherits the shop's CSP (no inline styles).
 */
export type EmailContent = {
  readonly subject: string
  readonly heading: string
  readonly paragraphs: readonly string[]
  /** Label/value pairs (order lines, totals, tracking), shown as a table. */
  readonly rows?: readonly (readonly [string, string])[]
  readonly closing: string
}

export type RenderedEmail = { readonly subject: string; readonly html: string; readonly text: string }

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

export function renderContent(content: EmailContent, lang: string): RenderedEmail {
  return { subject: content.subject, html: toHtml(content, lang), text: toText(content) }
}

function toHtml(content: EmailContent, lang: string): string {
  const e = escapeHtml
  const paragraphs = content.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')
  const rows = content.rows?.length
    ? `<table role="presentation" cellpadding="4">\n${content.rows
        .map(([label, value]) => `<tr><td>${e(label)}</td><td align="right">${e(value)}</td></tr>`)
        .join('\n')}\n</table>`
    : ''
  return `<!doctype html>
<html lang="${e(lang)}">
<head><meta charset="utf-8"><title>${e(content.subject)}</title></head>
<body>
<h1>${e(content.heading)}</h1>
${paragraphs}
${rows}
<p>${e(content.closing)}</p>
</body>
</html>
`
}

function toText(content: EmailContent): string {
  const rows = content.rows?.map(([label, value]) => `${label}: ${value}`) ?? []
  return [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...rows,
    ...(rows.length ? [''] : []),
    content.closing,
    '',
  ].join('\n')
}
