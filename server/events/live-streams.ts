/**
 * The open event streams of this instance, so a graceful shutdown can end them: an SSE response
 * never finishes by itself and would otherwise hold `server.close()` open until the timeout.
 */
export type LiveStreams = {
  /** How often each stream sends a heartbeat comment (and re-reads the log, in case a poke was lost). */
  readonly heartbeatMs: number
  /** Registers a stream's closer; returns the function that unregisters it. */
  add(close: () => void): () => void
  readonly size: number
  closeAll(): void
}

/** 25 s: under the ~30–60 s idle timeouts of common proxies and load balancers (DESIGN §8). */
export const defaultHeartbeatMs = 25_000

export function createLiveStreams(options: { heartbeatMs?: number } = {}): LiveStreams {
  const closers = new Set<() => void>()
  return {
    heartbeatMs: options.heartbeatMs ?? defaultHeartbeatMs,
    add: (close) => {
      closers.add(close)
      return () => void closers.delete(close)
    },
    get size() {
      return closers.size
    },
    closeAll: () => {
      for (const close of [...closers]) close()
      closers.clear()
    },
  }
}
