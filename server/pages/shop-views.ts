/**
 * The shop's own pages and frame parts as the client renders them: the footer
 * (client/shop/site-footer.tsx, client/markets/market-selector.tsx, client/platform/locale-switcher.tsx) and the
 * help page (client/shop/help-page.tsx). Same elements, classes and strings.
 */
import { html, raw } from 'hono/html'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { localeNameId, locales } from '../../shared/i18n/locales.ts'
import type { Market } from '../../shared/markets/market.ts'
import { currencySymbol, marketsWithCountries } from '../../shared/markets/market-choice.ts'
import { footerLinks, helpQuestions, helpSections } from '../../shared/pages/help-sections.ts'
import { type Html, untilApp } from './html.ts'
import type { PageIntl } from './page-intl.ts'
import { shownCountry } from './page-market.ts'

export function siteFooter(intl: PageIntl, market: Market): Html {
  const { t } = intl
  return html`<footer class="site-footer"><section class="site-footer__group" aria-labelledby="footer-shop"><h2 id="footer-shop" class="site-footer__heading">${t('app.name')}</h2><p class="site-footer__about">${t('footer.about')}</p></section>${footerLinkGroup(intl, 'footer-help', t('footer.help'), footerLinks.help)}${footerLinkGroup(intl, 'footer-policies', t('footer.policies'), footerLinks.policies)}<section class="site-footer__group" aria-labelledby="footer-settings"><h2 id="footer-settings" class="site-footer__heading">${t('footer.settings')}</h2>${localeSwitcher(intl)}${countrySwitcher(intl, market)}</section></footer>`
}

function footerLinkGroup(
  { t }: PageIntl,
  id: string,
  heading: string,
  links: (typeof footerLinks)[keyof typeof footerLinks],
): Html {
  const items = links.map((link) => html`<li><a href="${link.href}">${t(link.label)}</a></li>`)
  return html`<nav class="site-footer__group" aria-labelledby="${id}"><h2 id="${id}" class="site-footer__heading">${heading}</h2><ul class="site-footer__links">${items}</ul></nav>`
}

function localeSwitcher({ t, locale }: PageIntl): Html {
  const options = locales.map(
    (code) =>
      html`<option value="${code}" lang="${code}"${code === locale ? html` selected` : ''}>${t(localeNameId(code))}</option>`,
  )
  return html`<label class="footer-setting"><span class="footer-setting__label">${t('nav.language')}</span><select${raw(untilApp)}>${options}</select></label>`
}

/**
 * The market selector (client/markets/market-selector.tsx): countries grouped by market with its
 * currency, showing the page's market. The cookie names a market, not the device's country: the
 * country shown is the language's own in that market, else its first (`shownCountry`).
 */
function countrySwitcher({ t, locale }: PageIntl, market: Market): Html {
  const names = new Intl.DisplayNames([locale], { type: 'region' })
  const selected = shownCountry(market, locale)
  const groups = marketsWithCountries(shippingCountries).map(({ market, countries }) => {
    const options = countries.map(
      (code) =>
        html`<option value="${code}"${code === selected ? html` selected` : ''}>${t('market.countryOption', { country: names.of(code) ?? code, currency: market.currency, symbol: currencySymbol(locale, market.currency) })}</option>`,
    )
    return html`<optgroup label="${t('market.group', { market: t(`market.name.${market.id}`), currency: market.currency })}">${options}</optgroup>`
  })
  return html`<div class="footer-setting"><label class="footer-setting__label" for="market-select">${t('footer.country')}</label><select id="market-select"${raw(untilApp)}>${groups}</select></div>`
}

export function helpMain({ t }: PageIntl): Html {
  const section = (entry: (typeof helpSections)[number]) =>
    html`<section id="${entry.id}" class="help-page__section" aria-labelledby="help-${entry.id}"><h2 id="help-${entry.id}">${t(entry.heading)}</h2>${entry.text.map((text) => html`<p>${t(text, { count: shippingCountries.length })}</p>`)}</section>`
  const faq = html`<section id="faq" class="help-page__section" aria-labelledby="help-faq"><h2 id="help-faq">${t('footer.faq')}</h2><dl class="help-page__faq">${helpQuestions.map((entry) => html`<dt>${t(entry.question)}</dt><dd>${t(entry.answer)}</dd>`)}</dl></section>`
  return html`<article class="help-page"><header class="page-header"><h1>${t('help.title')}</h1></header>${helpSections.slice(0, 3).map(section)}${faq}${helpSections.slice(3).map(section)}</article>`
}
