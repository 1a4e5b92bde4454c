import { describe, expect, it } from 'vitest'
import { escapeHtml } from './email-content.ts'
import { renderEmail } from './render-email.ts'

const orderId = '3f2a9c1b-0000-4000-8000-000000000001'
const confirmation = {
  orderId,
  orderNumber: 10042,
  currency: 'EUR',
  total: 123456,
  lines: [{ name: 'Mug <script>alert(1)</script> & "Co"', options: 'Colour <b>Red</b>', quantity: 2, lineTotal: 2000 }],
}

describe('email templates', () => {
  it('writes the order confirmation in English with the order number and prices', () => {
    const email = renderEmail('order_confirmation', 'en', confirmation)
    expect(email.subject).toBe('Order SF-10042 confirmed')
    expect(email.text).toContain('€1,234.56')
    expect(email.text).toContain('2 × Mug <script>alert(1)</script> & "Co" (Colour <b>Red</b>): €20.00')
    expect(email.html).toContain('<html lang="en">')
  })

  it('writes the order confirmation in German, informally, with German number formats', () => {
    const email = renderEmail('order_confirmation', 'de', confirmation)
    expect(email.subject).toBe('Bestellung SF-10042 bestätigt')
    expect(email.text).toContain('Danke für deine Bestellung')
    expect(email.text).toMatch(/1\.234,56\s€/)
    expect(email.html).toContain('<html lang="de">')
  })

  it('names an email queued before orders had numbers by the start of its id, as it did then', () => {
    const { orderNumber: _number, ...queuedEarlier } = confirmation
    expect(renderEmail('order_confirmation', 'en', queuedEarlier).subject).toBe('Order 3F2A9C1B confirmed')
  })

  it('escapes names in the HTML body so they cannot become markup', () => {
    const { html } = renderEmail('order_confirmation', 'en', confirmation)
    expect(html).not.toContain('<script>')
    expect(html).toContain('Mug &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;')
    expect(html).toContain('(Colour &lt;b&gt;Red&lt;/b&gt;)')
  })

  it('names a line without options by its product name alone (and reads emails queued before variants)', () => {
    const { options: _options, ...withoutOptions } = confirmation.lines[0]!
    const email = renderEmail('order_confirmation', 'en', { ...confirmation, lines: [withoutOptions] })
    expect(email.text).toContain('2 × Mug <script>alert(1)</script> & "Co": €20.00')
  })

  it.each([
    ['en', 'Your card was declined.'],
    ['de', 'Deine Karte wurde abgelehnt.'],
  ] as const)('explains a declined payment in %s', (locale, sentence) => {
    const email = renderEmail('payment_failed', locale, { orderId, reason: 'generic_decline' })
    expect(email.text).toContain(sentence)
  })

  it('names the carrier and tracking number of a shipped order, escaped', () => {
    const data = { orderId, carrier: 'DHL <b>', trackingNumber: '00340434' }
    const en = renderEmail('order_shipped', 'en', data)
    expect(en.text).toContain('Carrier: DHL <b>')
    expect(en.text).toContain('Tracking number: 00340434')
    expect(en.html).toContain('DHL &lt;b&gt;')
    expect(renderEmail('order_shipped', 'de', data).text).toContain('Sendungsnummer: 00340434')
  })

  it('tells the delivered order in both languages', () => {
    expect(renderEmail('order_delivered', 'en', { orderId }).subject).toBe('Order 3F2A9C1B was delivered')
    expect(renderEmail('order_delivered', 'de', { orderId }).subject).toBe('Bestellung 3F2A9C1B wurde zugestellt')
  })

  it('states the refunded amount and what was refunded in all', () => {
    const data = { orderId, currency: 'USD', amount: 500, refundedTotal: 1500, total: 4000 }
    const en = renderEmail('order_refunded', 'en', data)
    expect(en.text).toContain('We refunded $5.00 for order 3F2A9C1B')
    expect(en.text).toContain('Refunded in all: $15.00')
    expect(renderEmail('order_refunded', 'de', data).text).toMatch(/Insgesamt erstattet: 15,00\s\$/)
  })

  it('refuses data that does not fit the template', () => {
    expect(() => renderEmail('order_refunded', 'en', { orderId, amount: 1.5 })).toThrow()
  })

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
