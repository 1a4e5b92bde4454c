import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'

export function NotFound(): JSX.Element {
  const { t } = useI18n()
  useDocumentTitle(() => t('errors.NOT_FOUND'))
  return (
    <section class="notice-page">
      <h1>{t('errors.NOT_FOUND')}</h1>
      <p>{t('notFound.hint')}</p>
      <A class="button button--primary" href="/">
        {t('notFound.home')}
      </A>
    </section>
  )
}
