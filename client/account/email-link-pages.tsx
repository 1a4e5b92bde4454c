/**
 * Where the verification and email-change links open (`/account/verify-email#token=…`,
 * `/account/confirm-email#token=…`): the link is followed as soon as the page opens, then the cached
 * session is refreshed so the account page and its banner show the new state.
 */
import { A, useLocation } from '@solidjs/router'
import { createResource, type JSX, Match, Switch } from 'solid-js'
import type { LocalDb } from '../local-data/local-db.ts'
import { fetchSession } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { type MessageId, useI18n } from '../platform/i18n.tsx'
import { confirmEmailChange, tokenOfHash, verifyEmail } from './account-security-api.ts'

type Copy = { readonly title: MessageId; readonly pending: MessageId; readonly done: MessageId }

export function VerifyEmailPage(): JSX.Element {
  return (
    <EmailLinkPage
      follow={verifyEmail}
      copy={{
        title: 'accountSecurity.verifyTitle',
        pending: 'accountSecurity.verifyPending',
        done: 'accountSecurity.verifyDone',
      }}
    />
  )
}

export function ConfirmEmailPage(): JSX.Element {
  return (
    <EmailLinkPage
      follow={confirmEmailChange}
      copy={{
        title: 'accountSecurity.confirmEmailTitle',
        pending: 'accountSecurity.confirmEmailPending',
        done: 'accountSecurity.confirmEmailDone',
      }}
    />
  )
}

type Outcome = 'done' | 'invalid' | { readonly failed: string }

function EmailLinkPage(props: {
  readonly follow: (db: LocalDb, token: string) => Promise<void>
  readonly copy: Copy
}): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const token = tokenOfHash(useLocation().hash)
  useDocumentTitle(() => t(props.copy.title))

  const [outcome] = createResource(async (): Promise<Outcome> => {
    if (!token) return 'invalid'
    try {
      await props.follow(db, token)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOKEN_INVALID') return 'invalid'
      if (!(error instanceof ApiError)) console.error('following the emailed link failed', error)
      return { failed: t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL') }
    }
    await fetchSession(db)
    return 'done'
  })

  return (
    <section class="auth" aria-labelledby="email-link-title">
      <h1 id="email-link-title">{t(props.copy.title)}</h1>
      <div role="status">
        <Switch fallback={<p>{t(props.copy.pending)}</p>}>
          <Match when={outcome() === 'done'}>
            <p class="notice">{t(props.copy.done)}</p>
          </Match>
          <Match when={outcome() === 'invalid'}>
            <p class="notice">{t('errors.TOKEN_INVALID')}</p>
          </Match>
          <Match when={failure(outcome())}>{(message) => <p class="notice">{message()}</p>}</Match>
        </Switch>
      </div>
      <p class="account__actions">
        <A class="button" href="/account">
          {t('accountSecurity.goToAccount')}
        </A>
      </p>
    </section>
  )
}

function failure(outcome: Outcome | undefined): string | undefined {
  return typeof outcome === 'object' ? outcome.failed : undefined
}
