/**
 * The shop's frame as the client's App renders it (client/app.tsx): skip link, header with the search
 * form and category bar, main, footer. Device state the server cannot know (cart and wishlist counts,
 * the signed-in name, online status) is rendered in its guest, empty state; the client fills it in.
 * Keep the markup and classes in step with the client components, so the swap to the app is invisible.
 */
import { html } from 'hono/html'
import type { Category } from '../../shared/catalog/product.ts'
import type { Market } from '../../shared/markets/market.ts'
import type { Html } from './html.ts'
import type { PageIntl } from './page-intl.ts'
import { shownCountry } from './page-market.ts'
import { siteFooter } from './shop-views.ts'

/**
 * `market`: the page's (page-market.ts), named in the header link and the footer's selector.
 * `searchText`: what the header's search box holds (a search page's query, as the app shows it).
 */
export function pageLayout(
  intl: PageIntl,
  market: Market,
  categories: readonly Category[],
  main: Html,
  searchText = '',
): Html {
  const { t } = intl
  return html`<a class="skip-link" href="#main">${t('nav.skipToContent')}</a>
<header class="site-header"><div class="site-header__bar"><a class="site-header__brand" href="/">${t('app.name')}</a>${searchForm(intl, searchText)}<div class="offline-indicator" role="status" aria-live="polite"></div><p class="sync-status" role="status" aria-live="polite"></p><nav class="header-links" aria-label="${t('nav.shopper')}">${shopperLinks(intl, market)}</nav></div>${categoryNav(intl, categories)}</header>
<main id="main" class="site-main" tabindex="-1">${main}</main>
${siteFooter(intl, market)}
<section class="toast-region" aria-label="${t('toast.region')}" aria-live="polite"></section>`
}

/** The header's search: a plain GET form, which works before (and without) the app's JavaScript. */
function searchForm({ t }: PageIntl, text: string): Html {
  return html`<form class="search-box" role="search" action="/search"><label class="visually-hidden" for="site-search">${t('search.label')}</label><input id="site-search" class="search-box__input" name="q" type="search" maxlength="200" placeholder="${t('search.placeholder')}"${text ? html` value="${text}"` : ''}><button type="submit" class="button search-box__submit">${t('search.submit')}</button></form>`
}

function shopperLinks(intl: PageIntl, market: Market): Html {
  const { t } = intl
  return html`${marketLink(intl, market)}<a class="header-link" href="/sign-in">${t('nav.signIn')}</a>${countLink('/wishlist', t('nav.wishlistWithCount', { count: 0 }), t('nav.wishlist'))}${countLink('/cart', t('nav.cartWithCount', { count: 0 }), t('nav.cart'))}`
}

/**
 * The header's way to the market selector (client/markets/market-selector.tsx `MarketLink`), for
 * the page's market: the cookie names the market, not the country, so its country is a guess.
 */
function marketLink({ t, locale }: PageIntl, market: Market): Html {
  const country = shownCountry(market, locale)
  const currency = market.currency
  const name = new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country
  return html`<a class="header-link market-link" href="#market-select" aria-label="${t('market.headerLink', { country: name, currency })}">${currency}</a>`
}

function countLink(href: string, accessibleName: string, label: string): Html {
  return html`<a class="header-link" href="${href}"><span class="visually-hidden">${accessibleName}</span><span aria-hidden="true">${label}</span><span class="header-link__count" aria-hidden="true">0</span></a>`
}

function categoryNav({ t }: PageIntl, categories: readonly Category[]): Html {
  const items = categories.map((category) => html`<li><a href="/c/${category.slug}">${category.name}</a></li>`)
  // The scroll buttons start hidden: only the app can measure whether the list overflows.
  return html`<nav class="category-nav" aria-label="${t('nav.categories')}"><ul>${items}</ul><button type="button" class="category-nav__scroll category-nav__scroll--before" tabindex="-1" aria-label="${t('nav.categoriesBack')}" hidden><span aria-hidden="true">‹</span></button><button type="button" class="category-nav__scroll category-nav__scroll--after" tabindex="-1" aria-label="${t('nav.categoriesMore')}" hidden><span aria-hidden="true">›</span></button></nav>`
}
