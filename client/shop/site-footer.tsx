import { A } from '@solidjs/router'
import { For, type JSX } from 'solid-js'
import { footerLinks } from '../../shared/pages/help-sections.ts'
import { ConsentLink } from '../analytics/consent-banner.tsx'
import { MarketSelector } from '../markets/market-selector.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { LocaleSwitcher } from '../platform/locale-switcher.tsx'

/**
 * The shop's footer: who we are, help and policy links (into the help page), language and
 * country (the market prices are shown in). server/pages/page-layout.ts renders the same markup for a first visit.
 */
export function SiteFooter(): JSX.Element {
  const { t } = useI18n()
  return (
    <footer class="site-footer">
      <section class="site-footer__group" aria-labelledby="footer-shop">
        <h2 id="footer-shop" class="site-footer__heading">
          {t('app.name')}
        </h2>
        <p class="site-footer__about">{t('footer.about')}</p>
      </section>
      <FooterLinks id="footer-help" heading={t('footer.help')} links={footerLinks.help} />
      <FooterLinks id="footer-policies" heading={t('footer.policies')} links={footerLinks.policies} />
      <section class="site-footer__group" aria-labelledby="footer-settings">
        <h2 id="footer-settings" class="site-footer__heading">
          {t('footer.settings')}
        </h2>
        <LocaleSwitcher />
        <MarketSelector />
        <ConsentLink />
      </section>
    </footer>
  )
}

function FooterLinks(props: {
  readonly id: string
  readonly heading: string
  readonly links: (typeof footerLinks)[keyof typeof footerLinks]
}): JSX.Element {
  const { t } = useI18n()
  return (
    <nav class="site-footer__group" aria-labelledby={props.id}>
      <h2 id={props.id} class="site-footer__heading">
        {props.heading}
      </h2>
      <ul class="site-footer__links">
        <For each={props.links}>
          {(link) => (
            <li>
              <A href={link.href}>{t(link.label)}</A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
