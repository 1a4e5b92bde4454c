/**
 * Work the app's first render still does after `render()` returns — a grid building its cards a few
 * per task, so no task is long on a phone. main.tsx swaps the app in for the server's HTML only when
 * it is done, so the swap shows the whole page at once (decision 0014).
 */
const pending = new Set<Promise<void>>()

/** Registers work of the first render; returns the function that marks it done (call it on cleanup too). */
export function holdFirstRender(): () => void {
  let done = () => {}
  const work = new Promise<void>((resolve) => {
    done = resolve
  })
  pending.add(work)
  void work.then(() => pending.delete(work))
  return done
}

/** Resolves when every registered piece of work is done, or after `timeoutMs` whatever is left. */
export async function firstRenderSettled(timeoutMs: number): Promise<void> {
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))
  const settled = (async () => {
    while (pending.size > 0) await Promise.all(pending)
  })()
  await Promise.race([settled, deadline])
}
