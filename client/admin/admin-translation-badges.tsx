/** A row's completeness per language, as compact badges: code and tick, or how many kinds of text it lacks. */
import { For, type JSX } from 'solid-js'
import {
  type TranslationField,
  type TranslationGaps,
  translatedLocales,
} from '../../shared/catalog/translation-gaps.ts'
import { type AdminMessageId, useAdminI18n } from './admin-i18n.tsx'
import { languageName } from './admin-language-name.ts'

const fieldIds: Record<TranslationField, AdminMessageId> = {
  name: 'admin.translations.field.name',
  description: 'admin.translations.field.description',
  options: 'admin.translations.field.options',
}

/** One badge per language: its code and a tick, or what it lacks; the full sentence for screen readers. */
export function Badges(props: { readonly gaps: TranslationGaps }): JSX.Element {
  const { t, locale: uiLocale } = useAdminI18n()
  return (
    <ul class="admin-translations__badges" aria-label={t('admin.translations.status')}>
      <For each={translatedLocales}>
        {(locale) => {
          const missing = () => props.gaps[locale]
          const language = () => languageName(locale, uiLocale())
          const sentence = () =>
            missing().length === 0
              ? t('admin.translations.badge.complete', { language: language() })
              : t('admin.translations.badge.missing', {
                  language: language(),
                  fields: missing()
                    .map((field) => t(fieldIds[field]))
                    .join(', '),
                })
          return (
            <li
              class="admin-translations__badge"
              classList={{ 'admin-translations__badge--missing': missing().length > 0 }}
              title={sentence()}
            >
              <span aria-hidden="true">
                {locale.toUpperCase()} {missing().length === 0 ? '✓' : `−${missing().length}`}
              </span>
              <span class="visually-hidden">{sentence()}</span>
            </li>
          )
        }}
      </For>
    </ul>
  )
}
