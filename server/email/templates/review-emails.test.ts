import { describe, expect, it } from 'vitest'
import { locales } from '../../../shared/i18n/locales.ts'
import { renderEmail } from './render-email.ts'

const shop = { url: 'https://shop.example.com' }
const reviewId = '3f2a9c1b-0000-4000-8000-000000000002'
const review = { reviewId, productName: 'Trail Runner', productSlug: 'trail-runner', title: 'Light and comfy' }

const samples = {
  review_published: review,
  review_rejected: { ...review, reason: 'Please keep to the product: no shipping complaints.' },
  review_replied: { ...review, reply: 'Thank you! The wide fit comes in March.' },
  review_request: {
    orderId: '3f2a9c1b-0000-4000-8000-000000000001',
    orderNumber: 10042,
    products: [
      { name: 'Trail Runner', slug: 'trail-runner' },
      { name: 'Enamel Mug', slug: 'enamel-mug' },
    ],
    unsubscribeToken: 'token-123',
  },
} as const

const templates = Object.keys(samples) as (keyof typeof samples)[]
const everyEmail = templates.flatMap((template) => locales.map((locale) => [template, locale] as const))

describe('review emails', () => {
  it.each(everyEmail)('renders %s in %s as in its snapshots (HTML and text)', async (template, locale) => {
    const email = renderEmail(template, locale, samples[template], shop)
    await expect(email.html).toMatchFileSnapshot(`__snapshots__/${template}.${locale}.html`)
    await expect(`Subject: ${email.subject}\n\n${email.text}`).toMatchFileSnapshot(
      `__snapshots__/${template}.${locale}.txt`,
    )
  })

  it('escapes the review title, reason and reply in the HTML and keeps them as typed in the text', () => {
    const hostile = '<script>alert(1)</script> & "Co"'
    const email = renderEmail(
      'review_rejected',
      'en',
      { ...review, title: hostile, productName: `<b>Mug</b>`, reason: `<img src=x onerror=alert(1)>` },
      shop,
    )
    expect(email.html).not.toMatch(/<(script|img|b)\b/i)
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;')
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(email.text).toContain(hostile)
  })

  it('links the request to each product review form and to its unsubscribe page', () => {
    for (const locale of locales) {
      const email = renderEmail('review_request', locale, samples.review_request, shop)
      expect(email.html).toContain(`href="https://shop.example.com/${locale}/p/trail-runner/review"`)
      expect(email.html).toContain(`href="https://shop.example.com/${locale}/p/enamel-mug/review"`)
      expect(email.text).toContain(`https://shop.example.com/${locale}/p/enamel-mug/review`)
      expect(email.unsubscribeUrl).toBe('https://shop.example.com/email/unsubscribe?t=token-123')
      expect(email.html).toContain('href="https://shop.example.com/email/unsubscribe?t=token-123"')
    }
    expect(renderEmail('review_published', 'en', review, shop).unsubscribeUrl).toBeUndefined()
  })

  it('writes to the author in the review locale', () => {
    expect(renderEmail('review_replied', 'de', samples.review_replied, shop).subject).toBe(
      'Wir haben auf deine Bewertung von Trail Runner geantwortet',
    )
    expect(renderEmail('review_published', 'en', review, shop).subject).toBe('Your review of Trail Runner is online')
  })
})
