/**
 * Web Push: shows the order status notification the server pushed, and opens (or focuses) the
 * order's page when it is clicked. showNotification runs inside waitUntil, or the browser may stop
 * the worker first and show its own "site updated in the background" notice instead.
 */
/// <reference lib="webworker" />
import { isOrderStatus } from '../shared/orders/order-status.ts'
import type { OrderPushPayload } from '../shared/push/push-schema.ts'

declare const self: ServiceWorkerGlobalScope

const iconUrl = '/icons/icon-192.png'

export function registerPush(): void {
  self.addEventListener('push', (event) => {
    const payload = parseOrderPush(readJson(event.data))
    if (payload) event.waitUntil(showOrderNotification(payload))
  })
  self.addEventListener('notificationclick', (event) => {
    event.notification.close()
    const url = notificationUrl(event.notification.data)
    if (url) event.waitUntil(openPage(url))
  })
}

function showOrderNotification(payload: OrderPushPayload): Promise<void> {
  return self.registration.showNotification(payload.title, {
    body: payload.body,
    icon: iconUrl,
    // One notification per order: a newer status replaces the older one.
    tag: `order-${payload.orderId}`,
    data: { url: `/orders/${payload.orderId}` },
  })
}

/** Focuses a window already on the page, else navigates a window of ours, else opens one. */
async function openPage(path: string): Promise<void> {
  const url = new URL(path, self.location.origin).href
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const onPage = windows.find((client) => client.url === url)
  if (onPage) {
    await onPage.focus()
    return
  }
  const [first] = windows
  if (first) {
    const focused = await first.focus()
    await focused.navigate(url)
    return
  }
  await self.clients.openWindow(url)
}

function readJson(data: PushMessageData | null): unknown {
  try {
    return data?.json()
  } catch {
    return undefined // not JSON: not one of ours, nothing to show
  }
}

export function parseOrderPush(value: unknown): OrderPushPayload | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { orderId, status, number, title, body } = value as Record<string, unknown>
  if (typeof orderId !== 'string' || !/^[0-9a-f-]{36}$/i.test(orderId)) return undefined
  if (typeof status !== 'string' || !isOrderStatus(status)) return undefined
  if (typeof number !== 'string' || typeof title !== 'string' || typeof body !== 'string') return undefined
  return { orderId, status, number, title, body }
}

function notificationUrl(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const { url } = data as { url?: unknown }
  return typeof url === 'string' && url.startsWith('/orders/') ? url : undefined
}
