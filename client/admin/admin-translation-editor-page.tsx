/**
 * `/admin/translations/products/:id` and `/admin/translations/categories/:id` (`?locale=fr`): the
 * English texts beside one language's, field by field — name, description, each option's name and
 * value labels. Inputs carry the language's `lang` and `dir` (Arabic right to left); the English is
 * marked `lang="en"`. Drafts are kept per language while switching; saving sends the languages edited
 * (each replaces that language's texts on the server; blank falls back to English in the shop).
 */
import { A, useParams, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { isTranslatedLocale, translatedLocales } from '../../shared/catalog/translation-gaps.ts'
import type {
  CategoryTranslationDocument,
  ProductTranslationDocument,
} from '../../shared/catalog/translation-schema.ts'
import { localeDirection } from '../../shared/i18n/locales.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, getJson, patchJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { languageName } from './admin-language-name.ts'
import { AdminNav } from './admin-nav.tsx'
import { Badges } from './admin-translation-badges.tsx'
import {
  type FlatTranslation,
  fieldKeyOf,
  flatten,
  issueOf,
  issuesByField,
  type SourceField,
  sourceGroups,
  unflatten,
} from './admin-translation-drafts.ts'
import { parseCategoryDocument, parseProductDocument } from './admin-translation-parsers.ts'
import './admin-translations.css'

type Kind = 'products' | 'categories'
type TranslationDocument = ProductTranslationDocument | CategoryTranslationDocument
type Outcome = { readonly kind: 'saved' | 'error'; readonly message: string } | null

export function AdminTranslationEditorPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <TranslationEditor />
    </AdminI18nProvider>
  )
}

const parserOf = (kind: Kind) => (kind === 'products' ? parseProductDocument : parseCategoryDocument)

function TranslationEditor(): JSX.Element {
  const { t } = useAdminI18n()
  const params = useParams<{ kind: string; id: string }>()
  const kind = (): Kind => (params.kind === 'categories' ? 'categories' : 'products')
  const path = () => `/api/admin/translations/${kind()}/${params.id}`
  const [document, { mutate }] = createResource(path, (url) => getJson(url, parserOf(kind())))
  useDocumentTitle(() =>
    t('admin.translations.editTitle', { name: document.latest?.source.name ?? t('admin.translations.title') }),
  )
  return (
    <section class="admin-translations" aria-labelledby="admin-translation-editor-title">
      <AdminNav />
      <p>
        <A href="/admin/translations">{t('admin.translations.back')}</A>
      </p>
      <Show
        when={document.latest}
        fallback={
          <Show when={document.error} fallback={<p role="status">{t('admin.translations.loading')}</p>}>
            <p class="notice" role="alert">
              {t(document.error instanceof ApiError ? `errors.${document.error.code}` : 'errors.INTERNAL')}
            </p>
          </Show>
        }
      >
        {(loaded) => <EditorForm document={loaded()} path={path()} kind={kind()} onSaved={mutate} />}
      </Show>
    </section>
  )
}

function EditorForm(props: {
  readonly document: TranslationDocument
  readonly path: string
  readonly kind: Kind
  readonly onSaved: (document: TranslationDocument) => void
}): JSX.Element {
  const { t, locale: uiLocale } = useAdminI18n()
  const { db } = useOffline()
  const [params, setParams] = useSearchParams<{ locale?: string }>()
  const locale = (): TranslatedLocale => (isTranslatedLocale(params.locale) ? params.locale : 'de')
  const language = () => languageName(locale(), uiLocale())
  const groups = () => sourceGroups(props.document.source)
  const initialDrafts = (document: TranslationDocument) =>
    Object.fromEntries(translatedLocales.map((code) => [code, flatten(document.translations[code])])) as Record<
      TranslatedLocale,
      FlatTranslation
    >
  const [drafts, setDrafts] = createStore(initialDrafts(props.document))
  const [edited, setEdited] = createSignal<ReadonlySet<TranslatedLocale>>(new Set())
  const [errors, setErrors] = createSignal<Map<string, string>>(new Map())
  const [outcome, setOutcome] = createSignal<Outcome>(null)
  const [pending, setPending] = createSignal(false)

  const edit = (key: string, text: string) => {
    setDrafts(locale(), (draft) => ({ ...draft, [key]: text }))
    setEdited((before) => new Set([...before, locale()]))
  }

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    const locales = edited().size > 0 ? [...edited()] : [locale()]
    const translations = Object.fromEntries(locales.map((code) => [code, unflatten(drafts[code], groups())]))
    setPending(true)
    setOutcome(null)
    setErrors(new Map())
    try {
      const saved = await withCsrfToken(db, (token) =>
        patchJson(props.path, { translations }, token, parserOf(props.kind)),
      )
      setDrafts(initialDrafts(saved))
      setEdited(new Set<TranslatedLocale>())
      props.onSaved(saved)
      setOutcome({
        kind: 'saved',
        message: t('admin.translations.saved', {
          languages: locales.map((code) => languageName(code, uiLocale())).join(', '),
        }),
      })
    } catch (failure) {
      if (!(failure instanceof ApiError)) console.error('saving translations failed', failure)
      const byField = failure instanceof ApiError ? issuesByField(failure.issues) : new Map<string, string>()
      setErrors(byField)
      // A refused field of another language than the one shown: show that language, so it is seen.
      const refusedLocale = [...byField.keys()].map((key) => key.split('.')[0]).find(isTranslatedLocale)
      if (refusedLocale && ![...byField.keys()].some((key) => key.startsWith(`${locale()}.`)))
        setParams({ locale: refusedLocale })
      setOutcome({
        kind: 'error',
        message:
          byField.size > 0
            ? t('admin.translations.fixFields', { count: byField.size })
            : t(failure instanceof ApiError ? `errors.${failure.code}` : 'errors.INTERNAL'),
      })
    } finally {
      setPending(false)
    }
  }

  return (
    <>
      <h1 id="admin-translation-editor-title">
        {t('admin.translations.editTitle', { name: props.document.source.name })}
      </h1>
      <Badges gaps={props.document.gaps} />
      <div class="field admin-translations__language">
        <label for="admin-translation-locale">{t('admin.translations.targetLanguage')}</label>
        <select
          id="admin-translation-locale"
          value={locale()}
          onChange={(event) => setParams({ locale: event.currentTarget.value })}
        >
          <For each={translatedLocales}>
            {(code) => (
              <option value={code} selected={code === locale()}>
                {languageName(code, uiLocale())}
              </option>
            )}
          </For>
        </select>
      </div>
      <form class="admin-translations__editor" onSubmit={save} novalidate>
        <p class="admin-translations__hint">{t('admin.translations.hint', { language: language() })}</p>
        <For each={groups()}>
          {(group) => (
            <fieldset class="admin-translations__group">
              <legend>
                {group.option === undefined
                  ? t('admin.translations.ownTexts')
                  : t('admin.translations.option', { option: group.option })}
              </legend>
              <For each={group.fields}>
                {(field) => (
                  <FieldRow
                    field={field}
                    locale={locale()}
                    value={drafts[locale()][field.key] ?? ''}
                    error={issueOf(errors(), fieldKeyOf(locale(), field.key))}
                    onInput={(text) => edit(field.key, text)}
                  />
                )}
              </For>
            </fieldset>
          )}
        </For>
        <div class="admin-translations__actions">
          <button type="submit" class="button button--primary" disabled={pending()}>
            {t('admin.translations.save')}
          </button>
          <Show when={outcome()}>
            {(current) => (
              <p
                class={current().kind === 'error' ? 'notice' : 'admin-translations__saved'}
                role={current().kind === 'error' ? 'alert' : 'status'}
              >
                {current().message}
              </p>
            )}
          </Show>
        </div>
      </form>
    </>
  )
}

/** One text: the English on the start side, the translation's input beside it (below it on a phone). */
function FieldRow(props: {
  readonly field: SourceField
  readonly locale: TranslatedLocale
  readonly value: string
  readonly error: string | undefined
  readonly onInput: (text: string) => void
}): JSX.Element {
  const { t, locale: uiLocale } = useAdminI18n()
  const id = () => `translation-${props.field.key.replaceAll('.', '-')}`
  const label = () => fieldLabel(props.field.key)
  const inputProps = () => ({
    id: id(),
    lang: props.locale,
    dir: localeDirection(props.locale),
    maxlength: props.field.max,
    value: props.value,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': `${id()}-source${props.error ? ` ${id()}-error` : ''}`,
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      props.onInput(event.currentTarget.value),
  })
  // The server's reasons are English: each is told in the admin's language instead.
  const errorText = () => {
    const reason = props.error
    if (reason === undefined) return undefined
    if (reason.startsWith('names no')) return t('admin.translations.error.gone')
    if (props.value.trim().length > props.field.max)
      return t('admin.translations.error.tooLong', { max: props.field.max })
    return t('admin.translations.error.refused')
  }
  function fieldLabel(key: string): string {
    if (key === 'name') return t('admin.translations.field.name')
    if (key === 'description') return t('admin.translations.field.description')
    if (key.endsWith('.name')) return t('admin.translations.field.optionName')
    return t('admin.translations.field.value', { value: props.field.source })
  }
  return (
    <div class="admin-translations__pair">
      <div class="admin-translations__source">
        <span class="admin-translations__source-label">{t('admin.translations.inEnglish', { field: label() })}</span>
        <p id={`${id()}-source`} lang="en" dir="ltr">
          {props.field.source || t('admin.translations.emptySource')}
        </p>
      </div>
      <div class="field admin-translations__target">
        <label for={id()}>
          {t('admin.translations.inLanguage', { field: label(), language: languageName(props.locale, uiLocale()) })}
        </label>
        <Show when={props.field.multiline} fallback={<input type="text" {...inputProps()} />}>
          <textarea rows="5" {...inputProps()} />
        </Show>
        <Show when={errorText()}>
          {(message) => (
            <p id={`${id()}-error`} class="field__error">
              {message()}
            </p>
          )}
        </Show>
      </div>
    </div>
  )
}
