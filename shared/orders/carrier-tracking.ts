/**
 * Where a shopper follows a parcel: each known carrier's public tracking page, the tracking number
 * URL-encoded into it. Pure, shared by the shipped email (server/email/templates) and the order
 * page (client/orders/order-sections.tsx). A carrier typed in by hand that is not listed gets no
 * link, only its name and number.
 */

/** The carriers the admin's ship form offers in its select (client/admin/admin-order-actions.tsx). */
export const offeredCarriers = ['DHL', 'DPD', 'UPS', 'GLS', 'Hermes', 'Deutsche Post'] as const

type UrlOf = (encodedNumber: string) => string

const dhl: UrlOf = (n) => `https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=${n}`

// Keys are normalized names (normalizeCarrier): lower case, letters and digits only.
const trackingPages: Readonly<Record<string, UrlOf>> = {
  dhl,
  dhlpaket: dhl,
  dhlexpress: dhl,
  deutschepost: (n) => `https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=${n}`,
  dpd: (n) => `https://tracking.dpd.de/status/en_US/parcel/${n}`,
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  gls: (n) => `https://gls-group.com/track/${n}`,
  hermes: (n) => `https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#${n}`,
  royalmail: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
}

/** "Deutsche Post", "deutsche-post" and "DEUTSCHEPOST" are one carrier. */
export function normalizeCarrier(carrier: string): string {
  return carrier.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * The carrier's tracking page for this parcel, or null for an unknown carrier or a blank number.
 * Whitespace inside the number is dropped (labels print "JD01 4600 …" in groups; the carriers'
 * pages want it in one piece); anything else is URL-encoded, so a number cannot add parameters.
 */
export function trackingUrl(carrier: string, trackingNumber: string): string | null {
  const page = trackingPages[normalizeCarrier(carrier)]
  const number = trackingNumber.replace(/\s+/g, '')
  if (!page || number === '') return null
  return page(encodeURIComponent(number))
}
