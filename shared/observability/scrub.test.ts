import { describe, expect, it } from 'vitest'
import { filtered, scrubReport, scrubText } from './scrub.ts'

describe('scrubText', () => {
  it.each([
    ['an email address', 'no order for ada@example.com', 'no order for [email]'],
    ['an email in a query string', '/api/x?email=a.b+shop@mail.example.co.uk&x=1', '/api/x?email=[email]&x=1'],
    ['a bare card number', 'card 4242424242424242 declined', 'card [card] declined'],
    ['a card number in groups of four', 'pan 4242 4242 4242 4242.', 'pan [card].'],
    ['a card number with dashes', '5555-5555-5555-4444', '[card]'],
    ['a 13-digit card number', '4000000000006', '[card]'],
    ['a 12-digit number (an order amount, not a card)', 'total 123456789012', 'total 123456789012'],
    ['a 20-digit number', '12345678901234567890', '12345678901234567890'],
    ['a hex trace id with a long digit run', '0af76519163784123456789012cd43dd', '0af76519163784123456789012cd43dd'],
    ['a uuid', '5f0c1e2a-1234-4abc-9def-0123456789ab', '5f0c1e2a-1234-4abc-9def-0123456789ab'],
    ['a DSN-like URL on an IP host', 'http://public@127.0.0.1:9/1', 'http://public@127.0.0.1:9/1'],
  ])('masks %s correctly', (_case, input, expected) => {
    expect(scrubText(input)).toBe(expected)
  })
})

describe('scrubReport', () => {
  it.each([
    [
      'request cookies and auth headers',
      {
        request: {
          url: 'https://shop.example/checkout',
          cookies: { sid: 'secret' },
          headers: { Cookie: 'sid=secret', Authorization: 'Bearer k', 'X-CSRF-Token': 't', Accept: 'text/html' },
        },
      },
      {
        request: {
          url: 'https://shop.example/checkout',
          cookies: filtered,
          headers: { Cookie: filtered, Authorization: filtered, 'X-CSRF-Token': filtered, Accept: 'text/html' },
        },
      },
    ],
    [
      "the user's email and IP address, keeping the id",
      { user: { id: 'u_1', email: 'ada@example.com', ip_address: '203.0.113.9' } },
      { user: { id: 'u_1', email: filtered, ip_address: filtered } },
    ],
    [
      "a shipping address's phone number",
      { extra: { shippingAddress: { city: 'Berlin', phone: '+49301234567' } } },
      { extra: { shippingAddress: { city: 'Berlin', phone: filtered } } },
    ],
    [
      'card fields and passwords at any depth',
      { extra: { body: { card_number: '4242', cvc: '123', CVV: '1', password: 'hunter22', qty: 2 } } },
      { extra: { body: { card_number: filtered, cvc: filtered, CVV: filtered, password: filtered, qty: 2 } } },
    ],
    [
      'emails in exception messages and breadcrumb URLs',
      {
        exception: { values: [{ type: 'Error', value: 'no user bob@example.org' }] },
        breadcrumbs: [{ category: 'fetch', data: { url: '/api/a?to=bob@example.org', status_code: 500 } }],
      },
      {
        exception: { values: [{ type: 'Error', value: 'no user [email]' }] },
        breadcrumbs: [{ category: 'fetch', data: { url: '/api/a?to=[email]', status_code: 500 } }],
      },
    ],
    [
      'nothing from a report without personal data',
      { tags: { trace_id: '0af7651916cd43dd8448eb211c80319c' }, level: 'error', timestamp: 1764384523.5 },
      { tags: { trace_id: '0af7651916cd43dd8448eb211c80319c' }, level: 'error', timestamp: 1764384523.5 },
    ],
  ])('removes %s', (_case, report, expected) => {
    expect(scrubReport(report)).toEqual(expected)
  })

  it('leaves the original report untouched', () => {
    const report = { user: { email: 'ada@example.com' } }
    scrubReport(report)
    expect(report.user.email).toBe('ada@example.com')
  })

  it('cuts a cyclic value instead of looping', () => {
    const cyclic: Record<string, unknown> = { message: 'loop' }
    cyclic.self = cyclic
    const scrubbed = JSON.stringify(scrubReport(cyclic))
    expect(scrubbed).toContain(filtered)
  })
})
