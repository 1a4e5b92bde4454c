import type { JSX } from 'solid-js'
import { For } from 'solid-js'
import { localeNameId } from '../../shared/i18n/locales.ts'
import { useChooseLocale } from '../account/account-locale-sync.tsx'
import { isLocale, locales, useI18n } from './i18n.tsx'

/** The footer's language choice; server/pages/page-layout.ts renders the same markup. */
export function LocaleSwitcher(): JSX.Element {
  const { t, locale } = useI18n()
  // Switches, and keeps the pick on the account when signed in (decision 0027).
  const choose = useChooseLocale()
  const onChange = (value: string) => {
    if (isLocale(value)) choose(value).catch((error: unknown) => console.error('switching locale failed', error))
  }
  return (
    <label class="footer-setting">
      <span class="footer-setting__label">{t('nav.language')}</span>
      <select onChange={(event) => onChange(event.currentTarget.value)}>
        <For each={locales}>
          {(code) => (
            <option value={code} lang={code} selected={code === locale()}>
              {t(localeNameId(code))}
            </option>
          )}
        </For>
      </select>
    </label>
  )
}
