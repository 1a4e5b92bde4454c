import type { Accessor } from 'solid-js'
import type { SessionInfo } from '../../shared/account/user.ts'
import { readSession } from '../local-data/session-cache.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { createLiveQuery } from '../platform/live-query.ts'

/** The cached session (undefined before the first answer); follows sign-ins in other tabs too. */
export function useSession(): Accessor<SessionInfo | undefined> {
  const { db } = useOffline()
  return createLiveQuery(() => () => readSession(db)).value
}
