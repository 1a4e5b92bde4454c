/**
 * Registers the service worker (production builds only: dev mode does not represent offline
 * behaviour, DESIGN §8) and exposes the "new version waiting" state for the update prompt. The new
 * worker takes over only when the shopper agrees, so a page never runs against mismatched assets.
 */
import { type Accessor, createSignal } from 'solid-js'

export type ServiceWorkerUpdate = {
  /** A new worker is installed and waits for the shopper's go-ahead. */
  readonly isWaiting: Accessor<boolean>
  /** Activate the waiting worker, then reload once it controls this page. */
  readonly applyUpdate: () => void
  readonly dismiss: () => void
}

const updateCheckMs = 60 * 60_000

export function registerServiceWorker(): ServiceWorkerUpdate {
  const [isWaiting, setWaiting] = createSignal(false)
  let activate: (() => void) | null = null

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    // Register after load so the worker's precaching does not compete with the first render.
    const start = () =>
      startWorkbox(setWaiting, (skip) => {
        activate = skip
      }).catch((error: unknown) => console.error('service worker registration failed', error))
    if (document.readyState === 'complete') void start()
    else window.addEventListener('load', () => void start(), { once: true })
  }

  return {
    isWaiting,
    applyUpdate: () => activate?.(),
    dismiss: () => setWaiting(false),
  }
}

async function startWorkbox(
  setWaiting: (waiting: boolean) => void,
  setActivate: (activate: () => void) => void,
): Promise<void> {
  const { Workbox } = await import('workbox-window')
  const workbox = new Workbox('/sw.js', { scope: '/' })
  let accepted = false
  workbox.addEventListener('waiting', () => setWaiting(true))
  // 'controlling' also fires on the very first install (clientsClaim); reload only after consent.
  workbox.addEventListener('controlling', () => {
    if (accepted) window.location.reload()
  })
  setActivate(() => {
    accepted = true
    workbox.messageSkipWaiting()
  })
  await workbox.register()
  setInterval(() => {
    if (document.visibilityState === 'visible') void workbox.update()
  }, updateCheckMs)
}
