/**
 * When the page's background work (the catalog sync, the local search index) may start: never while
 * the first view is being rendered and painted (DESIGN §9: a first visit must not pay for offline).
 * After the next paint; on a first visit also after the `load` event (the page's own images and
 * scripts come first); then once the main thread is idle, or after a timeout at the latest, so a
 * busy page still gets its catalog.
 */

export type BackgroundStart = {
  /** Also wait for `load` (at most `loadTimeoutMs`: one stuck image must not hold the sync back). */
  readonly afterLoad: boolean
  /** Start by then even if the main thread never goes idle. */
  readonly idleTimeoutMs: number
}

/** A device without a catalog yet: it has the most to download, so it waits for the page to settle. */
export const firstVisitStart: BackgroundStart = { afterLoad: true, idleTimeoutMs: 2000 }
/** A device with a catalog: only changes to pull, a few rows; right after the first paint. */
export const laterVisitStart: BackgroundStart = { afterLoad: false, idleTimeoutMs: 500 }

const loadTimeoutMs = 10_000
/** A hidden tab paints nothing, and a tab hidden while waiting would never paint. */
const paintTimeoutMs = 1000

export async function whenBackgroundWorkMayStart(start: BackgroundStart): Promise<void> {
  await afterNextPaint()
  if (start.afterLoad) await afterLoad()
  await whenIdle(start.idleTimeoutMs)
}

/** A frame callback runs just before a paint; a task queued from it runs after that paint. */
function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, paintTimeoutMs)
    requestAnimationFrame(() => {
      clearTimeout(fallback)
      setTimeout(resolve, 0)
    })
  })
}

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      window.removeEventListener('load', done)
      resolve()
    }
    const timer = setTimeout(done, loadTimeoutMs)
    window.addEventListener('load', done)
  })
}

/** Safari has no requestIdleCallback: a short delay there instead. */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, Math.min(timeoutMs, 200))
  })
}
