/**
 * The order number people read, say and type: `SF-` and the order's sequential number per shop
 * (`SF-10042`, from the `order_number_seq` sequence). Pages, emails, push notifications and payment
 * descriptions show it; the API keeps using the uuid as the order's id.
 */
export const orderNumberPrefix = 'SF-'

export function formatOrderNumber(number: number): string {
  return `${orderNumberPrefix}${number}`
}

/**
 * The number in what an admin typed into the search box: `SF-10042`, `sf 10042`, `#10042` or
 * `10042`; null for anything else (then the search is by email or id).
 */
export function parseOrderNumber(text: string): number | null {
  const match = /^#?\s*(?:sf\s*-?\s*)?(\d{1,15})$/i.exec(text.trim())
  if (!match?.[1]) return null
  const number = Number(match[1])
  return Number.isSafeInteger(number) && number > 0 ? number : null
}

/**
 * How an order is shown: `SF-10042`. Orders a device stored before orders had numbers have none
 * (the field is missing at run time): they show the start of their id until they are refreshed.
 */
export function orderNumberOf(order: { readonly id: string; readonly number?: number | undefined }): string {
  return order.number === undefined ? legacyOrderNumber(order.id) : formatOrderNumber(order.number)
}

/**
 * What emails queued before orders had numbers say instead: the first 8 characters of the uuid,
 * upper case, as they did then.
 */
export function legacyOrderNumber(orderId: string): string {
  return orderId.slice(0, 8).toUpperCase()
}
