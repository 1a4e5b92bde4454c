/**
 * Fetch-and-store for an order page: runs when the page opens, when its inputs (the order id)
 * change and whenever the connection comes back. The page renders from Dexie; this only reports
 * how the last fetch went, so the page can tell "not on this device yet" from "does not exist".
 */
import { type Accessor, createEffect, createSignal, on } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, type ClientErrorCode } from '../platform/api-client.ts'

export type RefreshState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly code: ClientErrorCode }

/**
 * @param source reactive, like createLiveQuery's: reads signals/props and returns the task to run.
 *   A change of what it read runs the new task; an older task's late answer is then ignored.
 */
export function useRefresh<T>(source: () => () => Promise<T>): Accessor<RefreshState<T>> {
  const { network } = useOffline()
  const [state, setState] = createSignal<RefreshState<T>>({ status: 'loading' })
  let latest = 0

  async function attempt(task: () => Promise<T>): Promise<void> {
    const attemptId = ++latest
    setState({ status: 'loading' })
    try {
      const value = await task()
      network.reportReachable()
      if (attemptId === latest) setState({ status: 'done', value })
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'INTERNAL'
      if (code === 'NETWORK') network.reportUnreachable()
      else console.error('refreshing orders failed', error)
      if (attemptId === latest) setState({ status: 'failed', code })
    }
  }

  createEffect(on(source, (task) => void attempt(task)))
  createEffect(
    on(
      network.isOnline,
      (online) => {
        if (online) void attempt(source())
      },
      { defer: true },
    ),
  )
  return state
}

/** The error code of a failed refresh, else undefined (for `<Match when={…}>`). */
export function failureOf(state: RefreshState<unknown>): ClientErrorCode | undefined {
  return state.status === 'failed' ? state.code : undefined
}
