/**
 * Web Push on this device: whether to offer order notifications, and turning them on. Permission is
 * asked only from the shopper's click (browsers ignore or penalize a prompt without a gesture).
 */
import type { LocalDb } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { localStorageKeys } from '../local-data/storage-keys.ts'
import { getJson, postJson } from './api-client.ts'

export type EnablePushOutcome = 'enabled' | 'blocked'

/** True when push works here, the shopper was never asked, and did not say "No thanks" before. */
export async function canOfferPush(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return false
  if (Notification.permission !== 'default' || isOfferDismissed()) return false
  // Without a registered worker (dev mode) there is nothing to subscribe with.
  return (await navigator.serviceWorker.getRegistration()) !== undefined
}

export function dismissPushOffer(): void {
  try {
    localStorage.setItem(localStorageKeys.pushOfferDismissed, '1')
  } catch (error) {
    console.warn('could not remember the dismissed push offer', error)
  }
}

/** Call from a click: asks permission, subscribes with the server's VAPID key and registers the device. */
export async function enablePush(db: LocalDb): Promise<EnablePushOutcome> {
  if ((await Notification.requestPermission()) !== 'granted') return 'blocked'
  const registration = await navigator.serviceWorker.ready
  const { publicKey } = await getJson('/api/push/public-key', parsePublicKey)
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: base64urlToBytes(publicKey),
  })
  await withCsrfToken(db, (token) => postJson('/api/push/subscriptions', subscription.toJSON(), token, () => undefined))
  return 'enabled'
}

function isOfferDismissed(): boolean {
  try {
    return localStorage.getItem(localStorageKeys.pushOfferDismissed) !== null
  } catch {
    return false // storage disabled: offering again is the lesser harm
  }
}

function parsePublicKey(body: unknown): { publicKey: string } {
  if (typeof body === 'object' && body !== null && 'publicKey' in body && typeof body.publicKey === 'string')
    return { publicKey: body.publicKey }
  throw new Error('not a push public key')
}

function base64urlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/')
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}
