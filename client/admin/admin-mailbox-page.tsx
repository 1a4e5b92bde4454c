/**
 * `/admin/mailbox`: the local mailbox (no RESEND_API_KEY) — every email the shop "sent", newest
 * first, one page at a time. Opening one shows its headers, its HTML in a sandboxed iframe and its
 * text body. The frame loads the HTML from `/api/admin/mailbox/:id/html`, served with a CSP of its
 * own (its inline styles apply, nothing else: no scripts, no requests, no same-origin access; the
 * HTML is the shop's own template output, but it carries shopper-supplied names; decision 0020).
 * Online only; rendered for admins by require-admin.tsx.
 */
import { batch, createSignal, For, type JSX, onMount, Show } from 'solid-js'
import type { MailboxEmail, MailboxSummary } from '../../shared/email/mailbox.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { parseMailboxEmail, parseMailboxPage } from './admin-mailbox-parsers.ts'
import { AdminNav } from './admin-nav.tsx'
import './admin-mailbox.css'

export function AdminMailboxPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <Mailbox />
    </AdminI18nProvider>
  )
}

function Mailbox(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.mailbox.title'))
  const list = createMailboxList()
  const opened = createOpenedEmail()
  onMount(() => void list.loadMore())

  return (
    <section class="admin-mailbox" aria-labelledby="admin-mailbox-title" aria-busy={list.loading()}>
      <AdminNav />
      <h1 id="admin-mailbox-title">{t('admin.mailbox.title')}</h1>
      <p>{t('admin.mailbox.intro')}</p>
      <ErrorNotice message={list.error()} />
      <div class="admin-mailbox__layout">
        <div>
          <Show when={list.loaded()} fallback={<Status text={t('admin.mailbox.loading')} />}>
            <Show
              when={list.emails().length > 0}
              fallback={<Show when={!list.error()}>{t('admin.mailbox.empty')}</Show>}
            >
              <ul class="admin-mailbox__list" aria-labelledby="admin-mailbox-title">
                <For each={list.emails()}>
                  {(email) => (
                    <li>
                      <EmailItem
                        email={email}
                        current={opened.id() === email.id}
                        onOpen={() => void opened.open(email.id)}
                      />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={list.nextCursor()}>
              <p class="load-more">
                <button type="button" class="button" disabled={list.loading()} onClick={() => void list.loadMore()}>
                  {list.loading() ? t('admin.mailbox.loading') : t('admin.mailbox.loadMore')}
                </button>
              </p>
            </Show>
          </Show>
        </div>
        <div aria-live="polite">
          <ErrorNotice message={opened.error()} />
          <Show when={opened.email()}>{(email) => <OpenedEmail email={email()} />}</Show>
        </div>
      </div>
    </section>
  )
}

function EmailItem(props: {
  readonly email: MailboxSummary
  readonly current: boolean
  readonly onOpen: () => void
}): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  return (
    <button
      type="button"
      class="admin-mailbox__item"
      aria-current={props.current ? 'true' : undefined}
      onClick={props.onOpen}
    >
      <span class="admin-mailbox__subject">{props.email.subject}</span>
      <span class="admin-mailbox__meta">
        {t('admin.mailbox.toLine', { to: props.email.to })} ·{' '}
        <time datetime={props.email.sentAt}>{formatDate(props.email.sentAt)}</time>
      </span>
    </button>
  )
}

function OpenedEmail(props: { readonly email: MailboxEmail }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  let heading: HTMLHeadingElement | undefined
  // Keyboard and screen reader users land on the email they opened.
  onMount(() => heading?.focus())
  return (
    <article class="admin-mailbox__email" aria-labelledby="admin-mailbox-subject">
      <h2 id="admin-mailbox-subject" tabindex="-1" ref={heading}>
        {props.email.subject}
      </h2>
      <dl class="admin-mailbox__headers">
        <dt>{t('admin.mailbox.to')}</dt>
        <dd>{props.email.to}</dd>
        <dt>{t('admin.mailbox.sentAt')}</dt>
        <dd>
          <time datetime={props.email.sentAt}>{formatDate(props.email.sentAt)}</time>
        </dd>
      </dl>
      <h3>{t('admin.mailbox.htmlBody')}</h3>
      <iframe
        class="admin-mailbox__html"
        title={t('admin.mailbox.htmlFrame')}
        sandbox=""
        src={`/api/admin/mailbox/${props.email.id}/html`}
      />
      <h3>{t('admin.mailbox.textBody')}</h3>
      <pre class="admin-mailbox__text">{props.email.text}</pre>
    </article>
  )
}

function ErrorNotice(props: { readonly message: string | null }): JSX.Element {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="notice" role="alert">
          {message()}
        </p>
      )}
    </Show>
  )
}

function Status(props: { readonly text: string }): JSX.Element {
  return (
    <p class="notice" role="status">
      {props.text}
    </p>
  )
}

function useErrorText() {
  const { t } = useAdminI18n()
  return (failure: unknown, what: string) => {
    if (!(failure instanceof ApiError)) console.error(`${what} failed`, failure)
    return t(failure instanceof ApiError ? `errors.${failure.code}` : 'errors.INTERNAL')
  }
}

/** The pages loaded so far, newest first. */
function createMailboxList() {
  const errorText = useErrorText()
  const [emails, setEmails] = createSignal<readonly MailboxSummary[]>([])
  const [nextCursor, setNextCursor] = createSignal<string | null>(null)
  const [loaded, setLoaded] = createSignal(false)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  const loadMore = async () => {
    setLoading(true)
    setError(null)
    const cursor = nextCursor()
    try {
      const page = await getJson(
        `/api/admin/mailbox${cursor ? `?${new URLSearchParams({ cursor })}` : ''}`,
        parseMailboxPage,
      )
      batch(() => {
        setEmails((before) => [...before, ...page.emails])
        setNextCursor(page.nextCursor)
      })
    } catch (failure) {
      setError(errorText(failure, 'loading the mailbox'))
    } finally {
      batch(() => {
        setLoaded(true)
        setLoading(false)
      })
    }
  }
  return { emails, nextCursor, loaded, loading, error, loadMore }
}

/** The email shown beside the list; an answer for an email no longer wanted is dropped. */
function createOpenedEmail() {
  const errorText = useErrorText()
  const [id, setId] = createSignal<number | null>(null)
  const [email, setEmail] = createSignal<MailboxEmail | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const open = async (wanted: number) => {
    batch(() => {
      setId(wanted)
      setError(null)
    })
    try {
      const answer = await getJson(`/api/admin/mailbox/${wanted}`, parseMailboxEmail)
      if (id() === wanted) setEmail(answer)
    } catch (failure) {
      if (id() === wanted) setError(errorText(failure, 'opening the email'))
    }
  }
  return { id, email, error, open }
}
