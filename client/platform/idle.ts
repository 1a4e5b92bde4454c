/** Run `work` when the main thread is idle (a short timeout where requestIdleCallback is missing). */
export function scheduleIdle(work: () => void, timeoutMs = 500): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work, { timeout: timeoutMs })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = setTimeout(work, 50)
  return () => clearTimeout(handle)
}
