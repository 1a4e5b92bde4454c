import { createEffect } from 'solid-js'
import { useI18n } from './i18n.tsx'

/** Keeps `document.title` as "<page> · <shop>" while the calling page is mounted. */
export function useDocumentTitle(pageTitle: () => string | undefined): void {
  const { t } = useI18n()
  createEffect(() => {
    const page = pageTitle()
    document.title = page ? t('app.pageTitle', { page, shop: t('app.name') }) : t('app.name')
  })
}
