import { describe, expect, it } from 'vitest'
import { checkoutTotals } from '../../../shared/checkout/checkout-totals.ts'
import { localeDirection, locales } from '../../../shared/i18n/locales.ts'
import { escapeHtml } from './email-content.ts'
import { type EmailTemplate, emailDataSchemas } from './email-data.ts'
import { renderEmail } from './render-email.ts'

// Fixed ids and amounts: rendering reads no clock and no random, so the snapshots are stable.
const shop = { url: 'https://shop.example.com' }
const orderId = '3f2a9c1b-0000-4000-8000-000000000001'
/** The order's page in the email's language (decision 0027). */
const orderUrl = (locale: string) => `${shop.url}/${locale}/orders/${orderId}`

// The review emails link to products, not orders: review-emails.test.ts covers them, and
// account-emails.test.ts and account-deleted-email.test.ts the account emails.
type OrderTemplate = Exclude<EmailTemplate, `review_${string}` | `account_${string}`>

const samples: { readonly [T in OrderTemplate]: unknown } = {
  order_confirmation: {
    orderId,
    orderNumber: 10042,
    currency: 'EUR',
    total: 19_064,
    lines: [
      { name: 'Trail Runner', options: 'Size 42 · Black', quantity: 1, lineTotal: 12_900 },
      { name: 'Enamel Mug', options: '', quantity: 2, lineTotal: 2_000 },
      { name: 'Linen Apron', options: 'Sand', quantity: 1, lineTotal: 2_900 },
    ],
    // 10 % off the items; 19 % tax on what is left: 17,800 − 1,780 + 0 = 16,020, tax 3,044.
    breakdown: { items: 17_800, shipping: 0, tax: 3_044 },
    discount: { code: 'WELCOME10', title: 'Welcome 10 %', amount: 1_780 },
    shippingAddress: {
      name: 'Ada Lovelace',
      line1: 'Invalidenstraße 117',
      line2: '3rd floor',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    },
  },
  payment_failed: { orderId, orderNumber: 10042, reason: 'insufficient_funds' },
  order_shipped: { orderId, orderNumber: 10042, carrier: 'DHL', trackingNumber: 'JD0146 0000 1234' },
  order_delivered: { orderId, orderNumber: 10042 },
  order_refunded: { orderId, orderNumber: 10042, currency: 'EUR', amount: 2_000, refundedTotal: 2_000, total: 21_137 },
}

const templates = (Object.keys(emailDataSchemas) as EmailTemplate[]).filter(
  (t): t is OrderTemplate => !t.startsWith('review_') && !t.startsWith('account_'),
)
const everyEmail = templates.flatMap((template) => locales.map((locale) => [template, locale] as const))

const confirmation = {
  orderId,
  orderNumber: 10042,
  currency: 'EUR',
  total: 123456,
  lines: [{ name: 'Mug <script>alert(1)</script> & "Co"', options: 'Colour <b>Red</b>', quantity: 2, lineTotal: 2000 }],
}

describe('email templates', () => {
  it.each(everyEmail)('renders %s in %s as in its snapshots (HTML and text)', async (template, locale) => {
    const email = renderEmail(template, locale, samples[template], shop)
    await expect(email.html).toMatchFileSnapshot(`__snapshots__/${template}.${locale}.html`)
    await expect(`Subject: ${email.subject}\n\n${email.text}`).toMatchFileSnapshot(
      `__snapshots__/${template}.${locale}.txt`,
    )
  })

  it.each(everyEmail)('%s in %s loads nothing and links only to the shop and the carrier', (template, locale) => {
    const { html } = renderEmail(template, locale, samples[template], shop)
    expect(html).not.toMatch(/<(img|script|link|iframe|object|embed|form|base)\b/i)
    expect(html).not.toMatch(/\b(src|srcset|background|action|formaction)\s*=/i)
    expect(html).not.toMatch(/url\(|@import/i)
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    const allowed = [
      shop.url,
      orderUrl(locale),
      'https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&amp;tracking-id=JD014600001234',
    ]
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(allowed).toContain(link)
    expect(links).toContain(template === 'order_shipped' ? allowed[2] : orderUrl(locale))
  })

  it.each(locales)(
    'gives every email in %s a preheader, a button to the order and a text part with its link',
    (locale) => {
      for (const template of templates) {
        const email = renderEmail(template, locale, samples[template], shop)
        expect(email.html).toMatch(/<div style="display:none;[^"]*">[^<]+<\/div>/)
        expect(email.html).toContain(`href="${orderUrl(locale)}"`)
        expect(email.text).toContain(orderUrl(locale))
        expect(email.html).toContain(`<html lang="${locale}" dir="${localeDirection(locale)}">`)
      }
    },
  )

  it('writes the Arabic email right to left, with its table columns mirrored, and the English one left to right', () => {
    const ar = renderEmail('order_confirmation', 'ar', samples.order_confirmation, shop).html
    expect(ar).toContain('<html lang="ar" dir="rtl">')
    expect(ar).toContain('class="sf-page" dir="rtl"')
    expect(ar).toMatch(/<th [^>]*align="right"[^>]*>المنتج<\/th>/)
    const en = renderEmail('order_confirmation', 'en', samples.order_confirmation, shop).html
    expect(en).toContain('<html lang="en" dir="ltr">')
    expect(en).not.toContain('rtl')
  })

  it('isolates order numbers, prices and names inside Arabic sentences, in the HTML and the text', () => {
    const email = renderEmail('order_confirmation', 'ar', samples.order_confirmation, shop)
    expect(email.subject).toBe('تم تأكيد الطلب \u2068SF-10042\u2069')
    expect(email.text).toContain('استلمنا دفعتك للطلب \u2068SF-10042\u2069 ونعمل على تجهيزه.')
    expect(email.text).toContain('الخصم (\u2068WELCOME10\u2069):')
    const shipped = renderEmail('order_shipped', 'ar', samples.order_shipped, shop)
    expect(shipped.text).toContain('تتبّع الشحنة لدى \u2068DHL\u2069: https://www.dhl.com/')
  })

  it('puts the lines, every total, the order link and the address into the text part', () => {
    const en = renderEmail('order_confirmation', 'en', samples.order_confirmation, shop)
    expect(en.text).toContain('1 × Trail Runner (Size 42 · Black): €129.00')
    expect(en.text).toContain(
      'Subtotal: €178.00\nDiscount (WELCOME10): -€17.80\nShipping: €0.00\nTax: €30.44\nTotal: €190.64',
    )
    expect(en.text).toContain(`View your order: ${orderUrl('en')}`)
    expect(en.text).toContain('Ada Lovelace\nInvalidenstraße 117\n3rd floor\n10115 Berlin\nGermany')
    const de = renderEmail('order_confirmation', 'de', samples.order_confirmation, shop)
    expect(de.text).toMatch(/Rabatt \(WELCOME10\): -17,80\s€\nVersand: 0,00\s€/)
    expect(de.text).toMatch(/Gesamt: 190,64\s€/)
    expect(de.text).toContain(`Bestellung ansehen: ${orderUrl('de')}`)
    expect(de.text).toContain('10115 Berlin\nDeutschland')
  })

  it('writes the order confirmation in English with the order number and prices', () => {
    const email = renderEmail('order_confirmation', 'en', confirmation, shop)
    expect(email.subject).toBe('Order SF-10042 confirmed')
    expect(email.text).toContain('Total: €1,234.56')
    expect(email.text).toContain('2 × Mug <script>alert(1)</script> & "Co" (Colour <b>Red</b>): €20.00')
  })

  it('writes the order confirmation in German, informally, with German number formats', () => {
    const email = renderEmail('order_confirmation', 'de', confirmation, shop)
    expect(email.subject).toBe('Bestellung SF-10042 bestätigt')
    expect(email.text).toContain('Danke für deine Bestellung')
    expect(email.text).toMatch(/1\.234,56\s€/)
  })

  it('names an email queued before orders had numbers by the start of its id, as it did then', () => {
    const { orderNumber: _number, ...queuedEarlier } = confirmation
    expect(renderEmail('order_confirmation', 'en', queuedEarlier, shop).subject).toBe('Order 3F2A9C1B confirmed')
  })

  it('prints a US address as the post office reads it', () => {
    const address = {
      name: 'Grace Hopper',
      line1: '1 Market St',
      postalCode: '94105',
      city: 'San Francisco',
      region: 'CA',
      country: 'US',
    }
    const { text } = renderEmail(
      'order_confirmation',
      'en',
      { ...(samples.order_confirmation as object), shippingAddress: address },
      shop,
    )
    expect(text).toContain('Grace Hopper\n1 Market St\nSan Francisco, CA 94105\nUnited States')
  })

  it('prints the phone number under the address, nationally for the destination, internationally from abroad', () => {
    const render = (locale: 'en' | 'ar', address: object) =>
      renderEmail(
        'order_confirmation',
        locale,
        { ...(samples.order_confirmation as object), shippingAddress: address },
        shop,
      ).text
    const berlin = { name: 'Ada', line1: 'Unter den Linden 1', postalCode: '10117', city: 'Berlin', country: 'DE' }
    expect(render('en', { ...berlin, phone: '+49301234567' })).toContain('10117 Berlin\nGermany\n030 1234567')
    expect(render('en', { ...berlin, phone: '+447911123456' })).toContain('Germany\n+44 7911 123456')
    // Left to right inside Arabic text, so the "+" stays in front.
    expect(render('ar', { ...berlin, phone: '+447911123456' })).toContain('\u2066+44 7911 123456\u2069')
    expect(render('en', berlin)).toContain('10117 Berlin\nGermany\n')
  })

  it('shows the total alone for a confirmation queued before the breakdown and address were stored', () => {
    const { html, text } = renderEmail('order_confirmation', 'en', confirmation, shop)
    expect(text).not.toContain('Subtotal')
    expect(text).not.toContain('Shipping to')
    expect(html).toContain('€1,234.56')
  })

  describe('a discounted order', () => {
    // A promotion (no code) on an express order: shipping is charged, so every row counts.
    const lines = [
      { name: 'Trail Runner', options: 'Size 42 · Black', unitPrice: 12_900, quantity: 1 },
      { name: 'Enamel Mug', options: '', unitPrice: 1_000, quantity: 2 },
    ]
    const totals = checkoutTotals({
      lines,
      shippingMethod: 'express',
      country: 'DE',
      discount: { items: 2_235, freeShipping: false },
    })
    const data = {
      orderId,
      orderNumber: 10042,
      currency: 'EUR',
      total: totals.total,
      lines: lines.map((l) => ({
        name: l.name,
        options: l.options,
        quantity: l.quantity,
        lineTotal: l.unitPrice * l.quantity,
      })),
      breakdown: { items: totals.items, shipping: totals.shipping, tax: totals.tax },
      discount: { code: null, title: 'Summer sale', amount: totals.discount },
    }

    it('shows the discount as a negative row between subtotal and shipping, and the rows add up to the total', () => {
      expect(totals.total).toBe(totals.items - totals.discount + totals.shipping + totals.tax)
      const { text, html } = renderEmail('order_confirmation', 'en', data, shop)
      expect(text).toContain(
        'Subtotal: €149.00\nDiscount (Summer sale): -€22.35\nShipping: €14.95\nTax: €26.90\nTotal: €168.50',
      )
      expect(totals).toMatchObject({ items: 14_900, discount: 2_235, shipping: 1_495, tax: 2_690, total: 16_850 })
      const rows = [...html.matchAll(/colspan="2"[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]])
      expect(rows).toEqual([
        ['Subtotal', '€149.00'],
        ['Discount (Summer sale)', '-€22.35'],
        ['Shipping', '€14.95'],
        ['Tax', '€26.90'],
        ['Total', '€168.50'],
      ])
    })

    it('names the code when there is one, in German too', () => {
      const coded = { ...data, discount: { ...data.discount, code: 'SOMMER15' } }
      expect(renderEmail('order_confirmation', 'en', coded, shop).text).toContain('Discount (SOMMER15): -€22.35')
      expect(renderEmail('order_confirmation', 'de', coded, shop).text).toMatch(/Rabatt \(SOMMER15\): -22,35\s€/)
      expect(renderEmail('order_confirmation', 'de', data, shop).text).toMatch(/Rabatt \(Summer sale\): -22,35\s€/)
    })

    it('shows no discount row for an order without one (and for rows queued before discounts)', () => {
      const { discount: _discount, ...undiscounted } = data
      const en = renderEmail('order_confirmation', 'en', undiscounted, shop)
      expect(en.text).toContain('Subtotal: €149.00\nShipping: €14.95')
      expect(en.html).not.toContain('Discount')
      expect(renderEmail('order_confirmation', 'de', undiscounted, shop).text).not.toContain('Rabatt')
    })

    it("escapes the discount's title", () => {
      const { html } = renderEmail(
        'order_confirmation',
        'en',
        { ...data, discount: { ...data.discount, title: '<b>50%</b> & more' } },
        shop,
      )
      expect(html).toContain('Discount (&lt;b&gt;50%&lt;/b&gt; &amp; more)')
      expect(html).not.toContain('<b>50%')
    })
  })

  it('escapes names in the HTML body so they cannot become markup', () => {
    const { html } = renderEmail('order_confirmation', 'en', confirmation, shop)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>Red')
    expect(html).toContain('Mug &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;')
    expect(html).toContain('Colour &lt;b&gt;Red&lt;/b&gt;')
  })

  it('escapes the address and the carrier too', () => {
    const address = {
      name: '<img src=x onerror=alert(1)>',
      line1: 'a"b',
      postalCode: '1',
      city: "O'Town",
      country: 'DE',
    }
    const { html } = renderEmail('order_confirmation', 'en', { ...confirmation, shippingAddress: address }, shop)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;<br>a&quot;b<br>1 O&#39;Town')
    const shipped = renderEmail('order_shipped', 'en', { orderId, carrier: 'DHL <b>', trackingNumber: '1"><x' }, shop)
    expect(shipped.html).toContain('DHL &lt;b&gt;')
    expect(shipped.html).toContain('1&quot;&gt;&lt;x')
    expect(shipped.html).not.toMatch(/<(b|x)>/)
  })

  it('names a line without options by its product name alone (and reads emails queued before variants)', () => {
    const { options: _options, ...withoutOptions } = confirmation.lines[0]!
    const email = renderEmail('order_confirmation', 'en', { ...confirmation, lines: [withoutOptions] }, shop)
    expect(email.text).toContain('2 × Mug <script>alert(1)</script> & "Co": €20.00')
  })

  it.each([
    ['en', 'Your card was declined.'],
    ['de', 'Deine Karte wurde abgelehnt.'],
    ['fr', 'Votre carte a été refusée.'],
    ['es', 'Se ha rechazado tu tarjeta.'],
    ['ja', 'カードが承認されませんでした。'],
    ['ar', 'رُفضت بطاقتك.'],
  ] as const)('explains a declined payment in %s', (locale, sentence) => {
    const email = renderEmail('payment_failed', locale, { orderId, reason: 'generic_decline' }, shop)
    expect(email.text).toContain(sentence)
  })

  it("links a shipped order to the carrier's tracking page, with the number encoded", () => {
    const data = { orderId, carrier: 'UPS', trackingNumber: '1Z&x=1' }
    const en = renderEmail('order_shipped', 'en', data, shop)
    expect(en.text).toContain('Carrier: UPS')
    expect(en.text).toContain('Tracking number: 1Z&x=1')
    expect(en.text).toContain('Track the parcel at UPS: https://www.ups.com/track?tracknum=1Z%26x%3D1')
    expect(en.html).toContain('href="https://www.ups.com/track?tracknum=1Z%26x%3D1"')
    expect(renderEmail('order_shipped', 'de', data, shop).text).toContain(
      'Sendung bei UPS verfolgen: https://www.ups.com/',
    )
  })

  it('offers the order page alone when the carrier is unknown or the tracking is missing', () => {
    for (const data of [
      { orderId, carrier: 'Pigeon Post', trackingNumber: '42' },
      { orderId, carrier: null, trackingNumber: null },
    ]) {
      const email = renderEmail('order_shipped', 'en', data, shop)
      expect(email.text).not.toContain('Track the parcel')
      expect(email.text).toContain(`View your order: ${orderUrl('en')}`)
    }
    expect(renderEmail('order_shipped', 'de', { orderId, carrier: null, trackingNumber: null }, shop).text).toContain(
      'Sendungsnummer: –',
    )
  })

  it('tells the delivered order in both languages', () => {
    expect(renderEmail('order_delivered', 'en', { orderId }, shop).subject).toBe('Order 3F2A9C1B was delivered')
    expect(renderEmail('order_delivered', 'de', { orderId }, shop).subject).toBe('Bestellung 3F2A9C1B wurde zugestellt')
  })

  it('states the refunded amount and what was refunded in all', () => {
    const data = { orderId, currency: 'USD', amount: 500, refundedTotal: 1500, total: 4000 }
    const en = renderEmail('order_refunded', 'en', data, shop)
    expect(en.text).toContain('We refunded $5.00 for order 3F2A9C1B')
    expect(en.text).toContain('Refunded in all: $15.00')
    expect(renderEmail('order_refunded', 'de', data, shop).text).toMatch(/Insgesamt erstattet: 15,00\s\$/)
  })

  it('refuses data that does not fit the template', () => {
    expect(() => renderEmail('order_refunded', 'en', { orderId, amount: 1.5 }, shop)).toThrow()
  })

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})

describe('amounts in the order currency', () => {
  const address = { name: '山田 花子', line1: '千代田1-1', postalCode: '100-0001', city: '千代田区', country: 'JP' }
  const yenOrder = {
    orderId,
    orderNumber: 10043,
    currency: 'JPY',
    total: 3_580,
    lines: [{ name: 'Enamel Mug', options: '', quantity: 1, lineTotal: 2_980 }],
    // Tax included (Japan): ¥3,580 contains ¥325.
    breakdown: { items: 2_980, shipping: 600, tax: 325 },
    shippingAddress: address,
  }
  const euroOrder = {
    orderId,
    orderNumber: 10044,
    currency: 'EUR',
    total: 179_900,
    lines: [{ name: 'Trail Runner', options: '', quantity: 1, lineTotal: 179_900 }],
    breakdown: { items: 179_900, shipping: 0, tax: 28_723 },
    shippingAddress: { ...address, country: 'DE', city: 'Berlin', postalCode: '10115' },
  }
  /** The text part, spaces as the formatter writes them (no-break) made plain for reading. */
  const textOf = (email: { text: string; html: string }) => email.text.replace(/[\u00a0\u202f]/g, ' ')

  it('writes a yen order in whole yen: ¥2,980, never ¥29.80 or ¥2,980.00', () => {
    const email = renderEmail('order_confirmation', 'en', yenOrder, shop)
    const text = textOf(email)
    expect(text).toContain('¥2,980')
    expect(text).toContain('¥600')
    expect(text).toContain('¥3,580')
    expect(text).not.toMatch(/¥29\.80|¥2,980\.00|¥35\.80/)
    expect(email.html).toContain('¥3,580')
  })

  it('writes a yen order in Japanese with the yen sign and no decimals', () => {
    const text = textOf(renderEmail('order_confirmation', 'ja', yenOrder, shop))
    expect(text).toMatch(/[¥￥]2,980/)
    expect(text).toMatch(/[¥￥]3,580/)
    expect(text).not.toMatch(/[¥￥]\d[\d,]*\.\d/)
  })

  it('writes a euro order in German: 1.799,00 €', () => {
    const text = textOf(renderEmail('order_confirmation', 'de', euroOrder, shop))
    expect(text).toContain('1.799,00 €')
    expect(text).toContain('287,23 €')
  })

  it('names the VAT a euro order’s prices contained after its total, not as tax added before it', () => {
    const included = { ...euroOrder, breakdown: { ...euroOrder.breakdown, taxIncluded: true } }
    const text = textOf(renderEmail('order_confirmation', 'de', included, shop))
    expect(text).toMatch(/Gesamt[^\n]*1\.799,00 €[\s\S]*Enthaltene MwSt\.[^\n]*287,23 €/)
    expect(text).not.toMatch(/^MwSt\./m)
    const added = textOf(renderEmail('order_confirmation', 'de', euroOrder, shop))
    expect(added).toMatch(/MwSt\.[^\n]*287,23 €[\s\S]*1\.799,00 €/)
  })

  it('writes a yen refund in whole yen', () => {
    const refund = { orderId, orderNumber: 10043, currency: 'JPY', amount: 980, refundedTotal: 980, total: 3_580 }
    const text = textOf(renderEmail('order_refunded', 'en', refund, shop))
    expect(text).toContain('¥980')
    expect(text).toContain('¥3,580')
    expect(text).not.toContain('¥9.80')
  })
})
