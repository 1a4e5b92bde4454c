import { describe, expect, it } from 'vitest'
import {
  type CheckoutForm,
  checkFormProblems,
  initialCheckoutForm,
  toCheckoutRequest,
  withNewAddress,
  withSavedAddress,
} from './checkout-form.ts'

const valid: CheckoutForm = {
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  line2: '',
  postalCode: '10115',
  city: 'Berlin',
  region: '',
  country: 'DE',
  phone: '',
  shippingMethod: 'standard',
}

const american: CheckoutForm = {
  ...valid,
  line1: '1 Market Street',
  postalCode: '94105',
  city: 'San Francisco',
  region: 'CA',
  country: 'US',
}

describe('checkFormProblems', () => {
  it.each([
    ['a complete guest form', valid, true, {}],
    ['a guest without an email', { ...valid, email: ' ' }, true, { email: 'required' }],
    ['an account without an email (its own is used)', { ...valid, email: '' }, false, {}],
    ['a malformed email', { ...valid, email: 'ada@' }, false, { email: 'email' }],
    [
      'blank address fields',
      { ...valid, name: '', line1: ' ', city: '' },
      true,
      {
        name: 'required',
        line1: 'required',
        city: 'required',
      },
    ],
    ['a too long postal code', { ...valid, postalCode: '1'.repeat(21) }, true, { postalCode: 'tooLong' }],
    ['a country name instead of a code', { ...valid, country: 'Germany' }, true, { country: 'country' }],
    ['a German postal code of four digits', { ...valid, postalCode: '1011' }, true, { postalCode: 'postalCode' }],
    ['a complete US form', american, true, {}],
    ['a US form without a state', { ...american, region: '' }, true, { region: 'required' }],
    ['a US form with a German postal code', { ...american, postalCode: 'D-10115' }, true, { postalCode: 'postalCode' }],
    ['a Berlin phone number typed nationally', { ...valid, phone: '030 1234567' }, true, {}],
    ['a UK mobile with its + code on a German address', { ...valid, phone: '+44 7911 123456' }, true, {}],
    ['a US number without its area code', { ...american, phone: '555-0100' }, true, { phone: 'phone' }],
    ['a phone number far too long', { ...valid, phone: '0'.repeat(33) }, true, { phone: 'tooLong' }],
  ] as const)('%s', (_name, form, guest, problems) => {
    expect(checkFormProblems(form, { guest })).toEqual(problems)
  })
})

describe('initialCheckoutForm', () => {
  it('shows the last checkout’s phone as the shopper writes it in that country', () => {
    const defaults = {
      email: 'old@example.com',
      shippingAddress: { name: 'A', line1: 'L', postalCode: '10115', city: 'C', country: 'DE', phone: '+49301234567' },
      shippingMethod: 'standard' as const,
    }
    expect(initialCheckoutForm(defaults, null, 'DE').phone).toBe('030 1234567')
    expect(initialCheckoutForm(null, null, 'DE').phone).toBe('')
  })

  it('starts an account from its last checkout’s address, else from its email and the fallback country', () => {
    const defaults = {
      email: 'old@example.com',
      shippingAddress: { name: 'A', line1: 'L', postalCode: 'P', city: 'C', country: 'AT' },
      shippingMethod: 'express' as const,
    }
    expect(initialCheckoutForm(defaults, 'me@example.com', 'DE')).toMatchObject({
      email: 'old@example.com',
      line2: '',
      country: 'AT',
    })
    expect(initialCheckoutForm(null, 'me@example.com', 'DE')).toMatchObject({
      email: 'me@example.com',
      name: '',
      country: 'DE',
      shippingMethod: 'standard',
    })
  })

  it('starts at standard shipping even when the last checkout chose express', () => {
    const defaults = {
      email: 'old@example.com',
      shippingAddress: { name: 'A', line1: 'L', postalCode: 'P', city: 'C', country: 'AT' },
      shippingMethod: 'express' as const,
    }
    expect(initialCheckoutForm(defaults, null, 'DE').shippingMethod).toBe('standard')
  })
})

describe('toCheckoutRequest', () => {
  it('sends the state of a US address, and no region for a country without regions', () => {
    expect(toCheckoutRequest(american).shippingAddress.region).toBe('CA')
    expect(toCheckoutRequest({ ...valid, region: 'CA' }).shippingAddress).not.toHaveProperty('region')
  })

  it('trims, upper-cases the country and leaves out empty optional fields', () => {
    expect(toCheckoutRequest({ ...valid, email: ' ', name: ' Ada ', country: 'de ', line2: '  ' })).toEqual({
      shippingAddress: { name: 'Ada', line1: valid.line1, postalCode: '10115', city: 'Berlin', country: 'DE' },
      shippingMethod: 'standard',
    })
  })

  it('sends the phone as typed when there is one (the server stores it in E.164), and no phone key otherwise', () => {
    expect(toCheckoutRequest({ ...valid, phone: ' 030 1234567 ' }).shippingAddress.phone).toBe('030 1234567')
    expect(toCheckoutRequest(valid).shippingAddress).not.toHaveProperty('phone')
  })
})

describe('saved addresses in the form', () => {
  const saved = {
    id: 'a1',
    address: {
      name: 'Grace Hopper',
      line1: '1 Market Street',
      postalCode: '94105',
      city: 'San Francisco',
      region: 'CA',
      country: 'US',
      phone: '+14155552671',
    },
    isDefaultShipping: true,
    isDefaultBilling: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('fills the fields from a picked address, keeps the email and method, and never asks to save it again', () => {
    const picked = withSavedAddress({ ...valid, shippingMethod: 'express', saveAddress: true }, saved)
    expect(picked).toMatchObject({ email: 'ada@example.com', shippingMethod: 'express', savedAddressId: 'a1' })
    expect(toCheckoutRequest(picked)).toEqual({
      email: 'ada@example.com',
      shippingAddress: { ...saved.address, phone: '(415) 555-2671' },
      shippingMethod: 'express',
    })
  })

  it('asks to save a new address only when the box is ticked', () => {
    const fresh = withNewAddress(withSavedAddress(valid, saved), 'DE')
    expect(fresh).toMatchObject({ email: 'ada@example.com', name: '', country: 'DE', savedAddressId: null })
    expect(toCheckoutRequest({ ...valid, saveAddress: true }).saveAddress).toBe(true)
    expect(toCheckoutRequest({ ...valid, saveAddress: false })).not.toHaveProperty('saveAddress')
  })
})
