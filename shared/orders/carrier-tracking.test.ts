import { describe, expect, it } from 'vitest'
import { normalizeCarrier, offeredCarriers, trackingUrl } from './carrier-tracking.ts'

describe('trackingUrl', () => {
  it.each([
    [
      'DHL',
      '00340434161094042557',
      'https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=00340434161094042557',
    ],
    [
      'DHL Express',
      '1234567890',
      'https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=1234567890',
    ],
    [
      'Deutsche Post',
      'RR123456785DE',
      'https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=RR123456785DE',
    ],
    ['DPD', '01234567890123', 'https://tracking.dpd.de/status/en_US/parcel/01234567890123'],
    ['UPS', '1Z999AA10123456784', 'https://www.ups.com/track?tracknum=1Z999AA10123456784'],
    ['FedEx', '449044304137821', 'https://www.fedex.com/fedextrack/?trknbr=449044304137821'],
    ['USPS', '9400111899223100000000', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223100000000'],
    ['GLS', '12345678901', 'https://gls-group.com/track/12345678901'],
    [
      'Hermes',
      'H1001990000000000001',
      'https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#H1001990000000000001',
    ],
    ['Royal Mail', 'AB123456789GB', 'https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB'],
  ])('links %s parcel %s to its tracking page', (carrier, number, url) => {
    expect(trackingUrl(carrier, number)).toBe(url)
  })

  it.each([
    ['deutsche-post', 'Deutsche Post'],
    ['  ups ', 'UPS'],
    ['royalmail', 'Royal Mail'],
    ['FEDEX', 'FedEx'],
  ])('matches the carrier %j like %j', (typed, canonical) => {
    expect(trackingUrl(typed, 'X1')).toBe(trackingUrl(canonical, 'X1'))
    expect(trackingUrl(typed, 'X1')).not.toBeNull()
  })

  it('URL-encodes the tracking number, so it cannot add parameters or leave the path', () => {
    expect(trackingUrl('UPS', '1Z&tracknum=evil')).toBe('https://www.ups.com/track?tracknum=1Z%26tracknum%3Devil')
    expect(trackingUrl('DPD', '../../x?y#z')).toBe('https://tracking.dpd.de/status/en_US/parcel/..%2F..%2Fx%3Fy%23z')
    expect(trackingUrl('DHL', 'Ä<"é>')).toBe(
      'https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=%C3%84%3C%22%C3%A9%3E',
    )
  })

  it('drops the spaces a label prints between groups of digits', () => {
    expect(trackingUrl('UPS', ' 1Z 999 AA1\t0123 ')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123')
  })

  it.each([
    ['an unknown carrier', 'Pigeon Post', '123'],
    ['a blank carrier', '', '123'],
    ['a blank number', 'DHL', '   '],
  ])('gives no link for %s', (_case, carrier, number) => {
    expect(trackingUrl(carrier, number)).toBeNull()
  })

  it('knows every carrier the ship form offers', () => {
    for (const carrier of offeredCarriers) expect(trackingUrl(carrier, '1'), carrier).not.toBeNull()
  })

  it('normalizes names to lower-case letters and digits', () => {
    expect(normalizeCarrier(' Deutsche-Post ')).toBe('deutschepost')
  })
})
