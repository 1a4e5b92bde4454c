/**
 * Whether the shop can reach its server. `navigator.onLine` only knows about the network interface
 * (it stays true behind a dead Wi-Fi or when the server is down), so a failed fetch also counts as
 * offline until the browser reports `online` again or a later request succeeds.
 */
import { type Accessor, createSignal } from 'solid-js'

export type NetworkStatus = {
  readonly isOnline: Accessor<boolean>
  /** A request failed before any HTTP answer (TypeError from fetch, timeout). */
  readonly reportUnreachable: () => void
  /** A request got an HTTP answer, so the server is reachable again. */
  readonly reportReachable: () => void
  readonly dispose: () => void
}

export function createNetworkStatus(target: Window = window): NetworkStatus {
  const [isOnline, setOnline] = createSignal(target.navigator.onLine)
  const goOnline = () => setOnline(true)
  const goOffline = () => setOnline(false)
  target.addEventListener('online', goOnline)
  target.addEventListener('offline', goOffline)

  return {
    isOnline,
    reportUnreachable: goOffline,
    reportReachable: goOnline,
    dispose: () => {
      target.removeEventListener('online', goOnline)
      target.removeEventListener('offline', goOffline)
    },
  }
}
