/**
 * The order number people read, say and type: the first 8 characters of the order's uuid, upper
 * case (e.g. `3F2A9C1B`). Pages and emails show it; the API keeps using the full id.
 */
export function orderNumber(orderId: string): string {
  return orderId.slice(0, 8).toUpperCase()
}
