/**
 * Solid binding for Dexie's liveQuery. `from(liveQuery(...))` neither re-subscribes when its inputs
 * change nor reports errors (DESIGN §8), so this helper reads the reactive inputs in an effect, opens
 * one subscription per run, closes it on cleanup, and keeps the last error visible to the caller.
 */
import { liveQuery } from 'dexie'
import { type Accessor, batch, createEffect, createSignal, onCleanup } from 'solid-js'

export type LiveQuery<T> = {
  /** The latest result; `initial` until the first result arrives. */
  readonly value: Accessor<T>
  /** The error of the current subscription, cleared by the next result. */
  readonly error: Accessor<unknown>
  /**
   * False until the first result or error. It stays true when the inputs change, so a view keeps the
   * previous result for the few milliseconds the next one takes instead of flashing a placeholder.
   */
  readonly ready: Accessor<boolean>
}

/**
 * @param source reactive: reads signals/props and returns the querier Dexie runs (untracked by Solid,
 *   tracked by Dexie). Any change of what `source` read starts a new subscription.
 */
export function createLiveQuery<T>(source: () => () => T | Promise<T>, initial: T): LiveQuery<T>
export function createLiveQuery<T>(source: () => () => T | Promise<T>): LiveQuery<T | undefined>
export function createLiveQuery<T>(source: () => () => T | Promise<T>, initial?: T): LiveQuery<T | undefined> {
  const [value, setValue] = createSignal<T | undefined>(initial)
  const [error, setError] = createSignal<unknown>()
  const [ready, setReady] = createSignal(false)

  createEffect(() => {
    const querier = source()
    const subscription = liveQuery(querier).subscribe({
      next: (result) =>
        batch(() => {
          setValue(() => result)
          setError(undefined)
          setReady(true)
        }),
      error: (cause: unknown) => {
        console.error('live query failed', cause)
        batch(() => {
          setError(() => cause)
          setReady(true)
        })
      },
    })
    onCleanup(() => subscription.unsubscribe())
  })

  return { value, error, ready }
}
