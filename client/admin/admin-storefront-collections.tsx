/**
 * The collections part of `/admin/storefront`: the list, and an editor to create one, edit it or
 * delete it (soft; after a confirmation). A failed save marks the fields the server names and moves
 * the focus to the first; a save or delete is announced in a polite status.
 */
import { A } from '@solidjs/router'
import { createSignal, For, type JSX, onMount, Show } from 'solid-js'
import { type Locale, localeDirection, locales } from '../../shared/i18n/locales.ts'
import { inputDecimalSeparator } from '../../shared/money-input.ts'
import type { AdminCollection } from '../../shared/storefront/storefront-schema.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, deleteJson, postJson, putJson } from '../platform/api-client.ts'
import {
  type CollectionDraft,
  type DraftField,
  type DraftProblems,
  draftOf,
  emptyDraft,
  type FieldProblem,
  firstProblemField,
  inputOfDraft,
  problemsOfIssues,
} from './admin-collection-draft.ts'
import { type AdminMessageId, useAdminI18n } from './admin-i18n.tsx'
import { languageName } from './admin-language-name.ts'

// The answer is the server's own document; the admin page checks its outline only.
const parseCollection = (body: unknown): AdminCollection => {
  if (typeof body !== 'object' || body === null || typeof (body as AdminCollection).id !== 'string')
    throw new TypeError('not a collection')
  return body as AdminCollection
}

/** Which collection the editor holds: none (closed), a new one, or an existing one. */
type Editing = { readonly collection: AdminCollection | null } | null

export function StorefrontCollections(props: {
  readonly collections: readonly AdminCollection[]
  readonly onChanged: () => Promise<void>
}): JSX.Element {
  const { t } = useAdminI18n()
  const [editing, setEditing] = createSignal<Editing>(null)
  const [status, setStatus] = createSignal('')
  let newButton: HTMLButtonElement | undefined

  const close = (message: string) => {
    setEditing(null)
    setStatus(message)
    newButton?.focus()
  }

  return (
    <section class="admin-storefront__collections-section" aria-labelledby="admin-storefront-collections">
      <h2 id="admin-storefront-collections">{t('admin.storefront.collections')}</h2>
      <ul class="admin-storefront__collections">
        <For each={props.collections}>
          {(collection) => (
            <li>
              <A href={`/collections/${collection.slug}`}>{collection.title.en}</A>{' '}
              <span>
                {t(collection.kind === 'manual' ? 'admin.storefront.kind.manual' : 'admin.storefront.kind.rule')}
                {' · '}
                {t(collection.published ? 'admin.storefront.published' : 'admin.storefront.draft')}
              </span>{' '}
              <button
                type="button"
                class="button button--small"
                aria-label={t('admin.storefront.collection.editNamed', { title: collection.title.en })}
                onClick={() => {
                  setStatus('')
                  setEditing({ collection })
                }}
              >
                {t('admin.storefront.collection.edit')}
              </button>
            </li>
          )}
        </For>
      </ul>
      <button
        ref={newButton}
        type="button"
        class="button"
        onClick={() => {
          setStatus('')
          setEditing({ collection: null })
        }}
      >
        {t('admin.storefront.collection.new')}
      </button>
      <p role="status" aria-live="polite">
        {status()}
      </p>
      <Show when={editing()} keyed>
        {(current) => (
          <CollectionEditor
            collection={current.collection}
            onSaved={async (saved) => {
              await props.onChanged()
              close(t('admin.storefront.collection.saved', { title: saved.title.en }))
            }}
            onDeleted={async (title) => {
              await props.onChanged()
              close(t('admin.storefront.collection.deleted', { title }))
            }}
            onCancel={() => close('')}
          />
        )}
      </Show>
    </section>
  )
}

const problemMessages: Record<FieldProblem['problem'], AdminMessageId> = {
  slug: 'admin.storefront.collection.invalid.slug',
  title: 'admin.storefront.collection.invalid.title',
  text: 'admin.storefront.collection.invalid.text',
  productSlugs: 'admin.storefront.collection.invalid.productSlugs',
  productSlug: 'admin.storefront.collection.invalid.productSlug',
  rule: 'admin.storefront.collection.invalid.rule',
  list: 'admin.storefront.collection.invalid.list',
  price: 'admin.storefront.collection.invalid.price',
  maxPrice: 'admin.storefront.collection.invalid.maxPrice',
}

const fieldId = (field: DraftField) => `collection-${field.replace('.', '-')}`
const errorId = (field: DraftField) => `${fieldId(field)}-error`

function CollectionEditor(props: {
  readonly collection: AdminCollection | null
  readonly onSaved: (saved: AdminCollection) => Promise<void>
  readonly onDeleted: (title: string) => Promise<void>
  readonly onCancel: () => void
}): JSX.Element {
  const { t, locale } = useAdminI18n()
  const { db } = useOffline()
  const initial = props.collection ? draftOf(props.collection, inputDecimalSeparator(locale())) : emptyDraft
  const [draft, setDraft] = createSignal<CollectionDraft>(initial)
  const [problems, setProblems] = createSignal<DraftProblems>({})
  const [alert, setAlert] = createSignal('')
  const [pending, setPending] = createSignal(false)
  const [confirming, setConfirming] = createSignal(false)
  let confirmButton: HTMLButtonElement | undefined
  let deleteButton: HTMLButtonElement | undefined
  let heading: HTMLHeadingElement | undefined
  // Opened from a button above: the focus moves to the editor's heading, which names what it edits.
  onMount(() => heading?.focus())

  const edit = (change: Partial<CollectionDraft>) => setDraft({ ...draft(), ...change })
  const problemText = (field: DraftField) => {
    const problem = problems()[field]
    return problem ? t(problemMessages[problem.problem], { value: problem.value ?? '' }) : ''
  }
  const showProblems = (next: DraftProblems, unplaced: boolean) => {
    setProblems(next)
    setAlert(unplaced ? t('errors.INVALID_INPUT') : t('admin.storefront.collection.fixErrors'))
    const first = firstProblemField(next)
    // The rule as a whole (no criterion) is marked on its fieldset; its first field takes the focus.
    if (first) document.getElementById(fieldId(first === 'rule' ? 'rule.tags' : first))?.focus()
  }

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    setAlert('')
    const checked = inputOfDraft(draft())
    if (!checked.ok) return showProblems(checked.problems, false)
    setProblems({})
    setPending(true)
    try {
      const id = props.collection?.id
      const saved = await withCsrfToken(db, (token) =>
        id
          ? putJson(`/api/admin/storefront/collections/${id}`, checked.input, token, parseCollection)
          : postJson('/api/admin/storefront/collections', checked.input, token, parseCollection),
      )
      await props.onSaved(saved)
    } catch (error) {
      const placed = error instanceof ApiError ? problemsOfIssues(error.issues, draft()) : null
      if (placed && firstProblemField(placed.problems)) showProblems(placed.problems, placed.unplaced > 0)
      else setAlert(t(`errors.${error instanceof ApiError ? error.code : 'INTERNAL'}`))
    } finally {
      setPending(false)
    }
  }

  const remove = async () => {
    const collection = props.collection
    if (!collection || pending()) return
    setPending(true)
    try {
      await withCsrfToken(db, (token) => deleteJson(`/api/admin/storefront/collections/${collection.id}`, token))
      await props.onDeleted(collection.title.en)
    } catch (error) {
      setConfirming(false)
      setAlert(t(`errors.${error instanceof ApiError ? error.code : 'INTERNAL'}`))
      deleteButton?.focus()
    } finally {
      setPending(false)
    }
  }

  const field = (
    name: DraftField,
    label: string,
    value: () => string,
    onInput: (value: string) => void,
    lang?: Locale,
  ) => (
    <EditorField
      lang={lang}
      id={fieldId(name)}
      errorId={errorId(name)}
      label={label}
      value={value()}
      error={problemText(name)}
      onInput={onInput}
    />
  )

  return (
    <form
      class="admin-storefront__form admin-storefront__collection-editor"
      aria-labelledby="collection-editor-title"
      novalidate
      onSubmit={(event) => void save(event)}
    >
      <h3 id="collection-editor-title" ref={heading} tabIndex={-1}>
        {props.collection
          ? t('admin.storefront.collection.editing', { title: props.collection.title.en })
          : t('admin.storefront.collection.new')}
      </h3>
      {field(
        'slug',
        t('admin.storefront.collection.slug'),
        () => draft().slug,
        (slug) => edit({ slug }),
      )}
      <For each={['title', 'description'] as const}>
        {(text) => {
          const fieldName = t(
            text === 'title' ? 'admin.storefront.field.title' : 'admin.storefront.collection.description',
          )
          const label = (language: Locale) =>
            language === 'en'
              ? t('admin.storefront.inEnglish', { field: fieldName })
              : t('admin.storefront.inLanguage', { field: fieldName, language: languageName(language, locale()) })
          const setText = (language: Locale, value: string) =>
            text === 'title'
              ? edit({ title: { ...draft().title, [language]: value } })
              : edit({ description: { ...draft().description, [language]: value } })
          return (
            <div class="admin-storefront__pair">
              <For each={locales}>
                {(language) =>
                  field(
                    `${text}.${language}`,
                    label(language),
                    () => draft()[text][language] ?? '',
                    (value) => setText(language, value),
                    language,
                  )
                }
              </For>
            </div>
          )
        }}
      </For>
      <fieldset class="admin-storefront__choices">
        <legend>{t('admin.storefront.collection.kind')}</legend>
        <label>
          <input
            type="radio"
            name="collection-kind"
            value="rule"
            checked={draft().kind === 'rule'}
            onChange={() => edit({ kind: 'rule' })}
          />
          {t('admin.storefront.kind.rule')}
        </label>
        <label>
          <input
            type="radio"
            name="collection-kind"
            value="manual"
            checked={draft().kind === 'manual'}
            onChange={() => edit({ kind: 'manual' })}
          />
          {t('admin.storefront.kind.manual')}
        </label>
      </fieldset>
      <Show when={draft().kind === 'manual'}>
        <EditorField
          id={fieldId('productSlugs')}
          errorId={errorId('productSlugs')}
          label={t('admin.storefront.collection.productSlugs')}
          value={draft().productSlugs}
          error={problemText('productSlugs')}
          multiline
          onInput={(productSlugs) => edit({ productSlugs })}
        />
      </Show>
      <Show when={draft().kind === 'rule'}>
        <fieldset
          class="admin-storefront__rule"
          aria-describedby={problems().rule ? errorId('rule') : undefined}
          aria-invalid={problems().rule ? 'true' : undefined}
        >
          <legend>{t('admin.storefront.collection.rule')}</legend>
          <Show when={problems().rule}>
            <p id={errorId('rule')} class="admin-storefront__error">
              {problemText('rule')}
            </p>
          </Show>
          {field(
            'rule.tags',
            t('admin.storefront.collection.tags'),
            () => draft().tags,
            (tags) => edit({ tags }),
          )}
          {field(
            'rule.brands',
            t('admin.storefront.collection.brands'),
            () => draft().brands,
            (brands) => edit({ brands }),
          )}
          <div class="admin-storefront__pair">
            <EditorField
              id={fieldId('rule.minPrice')}
              errorId={errorId('rule.minPrice')}
              label={t('admin.storefront.collection.minPrice')}
              value={draft().minPrice}
              error={problemText('rule.minPrice')}
              inputMode="decimal"
              onInput={(minPrice) => edit({ minPrice })}
            />
            <EditorField
              id={fieldId('rule.maxPrice')}
              errorId={errorId('rule.maxPrice')}
              label={t('admin.storefront.collection.maxPrice')}
              value={draft().maxPrice}
              error={problemText('rule.maxPrice')}
              inputMode="decimal"
              onInput={(maxPrice) => edit({ maxPrice })}
            />
          </div>
          <label class="admin-storefront__check">
            <input
              type="checkbox"
              checked={draft().onSale}
              onChange={(event) => edit({ onSale: event.currentTarget.checked })}
            />
            {t('admin.storefront.collection.onSale')}
          </label>
        </fieldset>
      </Show>
      <label class="admin-storefront__check">
        <input
          type="checkbox"
          checked={draft().published}
          onChange={(event) => edit({ published: event.currentTarget.checked })}
        />
        {t('admin.storefront.collection.publishedField')}
      </label>
      <p role="alert" class="admin-storefront__error">
        {alert()}
      </p>
      <div class="admin-storefront__actions">
        <button type="submit" class="button button--primary" disabled={pending()}>
          {t('admin.storefront.collection.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('admin.storefront.collection.cancel')}
        </button>
        <Show when={props.collection && !confirming()}>
          <button
            ref={deleteButton}
            type="button"
            class="button"
            onClick={() => {
              setConfirming(true)
              confirmButton?.focus()
            }}
          >
            {t('admin.storefront.collection.delete')}
          </button>
        </Show>
      </div>
      <Show when={props.collection && confirming()}>
        <div class="admin-storefront__confirm">
          <p id="collection-confirm-delete">
            {t('admin.storefront.collection.confirmDelete', { title: props.collection?.title.en ?? '' })}
          </p>
          <div class="admin-storefront__actions">
            <button
              ref={confirmButton}
              type="button"
              aria-describedby="collection-confirm-delete"
              class="button button--primary"
              disabled={pending()}
              onClick={() => void remove()}
            >
              {t('admin.storefront.collection.confirmDeleteButton')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setConfirming(false)
                deleteButton?.focus()
              }}
            >
              {t('admin.storefront.collection.keep')}
            </button>
          </div>
        </div>
      </Show>
    </form>
  )
}

function EditorField(props: {
  readonly id: string
  readonly errorId: string
  readonly label: string
  readonly value: string
  readonly error: string
  readonly multiline?: boolean
  readonly inputMode?: 'decimal'
  /** The shop language the text is written in: its `dir` follows (Arabic is typed right to left). */
  readonly lang?: Locale
  readonly onInput: (value: string) => void
}): JSX.Element {
  const direction = () => (props.lang ? localeDirection(props.lang) : undefined)
  const described = () => (props.error ? props.errorId : undefined)
  const invalid = () => (props.error ? 'true' : undefined)
  return (
    <div class="admin-storefront__field">
      <label for={props.id}>{props.label}</label>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            type="text"
            inputMode={props.inputMode}
            lang={props.lang}
            dir={direction()}
            value={props.value}
            aria-invalid={invalid()}
            aria-describedby={described()}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea
          id={props.id}
          rows="4"
          lang={props.lang}
          dir={direction()}
          value={props.value}
          aria-invalid={invalid()}
          aria-describedby={described()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Show>
      <Show when={props.error}>
        <p id={props.errorId} class="admin-storefront__error">
          {props.error}
        </p>
      </Show>
    </div>
  )
}
