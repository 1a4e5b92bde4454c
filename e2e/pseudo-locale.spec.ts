/**
 * The shop in a pseudo-locale (shared/i18n/pseudo-locale.ts): every English message accented,
 * ~40% longer and in brackets, served in place of the French catalog chunk, on a 360 px phone.
 * Any text still in plain English was never a message (hard-coded), and any message cut off by its
 * box will be cut off by a long translation too.
 *
 * What counts as UI text: every visible text node in the header, main and footer, the options of
 * visible selects, and the aria-label, placeholder, title and alt of visible elements. A text fails
 * when two ASCII letters in a row are left after removing
 * - catalog data, read from the database: product, brand, tag, image alt, category, collection,
 *   home page, variant and review texts, and the catalog's translations (the shop shows them as
 *   entered; they are not messages);
 * - what Intl writes in the page's language: currency symbols (`$US`), month names (`oct.`) and
 *   country names (the shipping country select).
 * Pseudo text has no ASCII letters left, so whatever remains was not translated.
 *
 * The server renders the first view in real French; the app then swaps its own view in (main.tsx).
 * The footer's "Help" heading, pseudo only once the app is in, tells that the swap happened.
 */
import { readFileSync } from 'node:fs'
import { parse } from '@formatjs/icu-messageformat-parser'
import { createIntl } from '@formatjs/intl'
import type { Page } from '@playwright/test'
import type postgres from 'postgres'
import { tagLabel } from '../shared/catalog/tag-label.ts'
import { pseudoCatalog, pseudoElements } from '../shared/i18n/pseudo-locale.ts'
import { currencyCodes } from '../shared/money.ts'
import { expect, productsInStock, test } from './fixtures.ts'

type Sql = ReturnType<typeof postgres>

const english = JSON.parse(readFileSync(new URL('../locales/en.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>
const pseudoIntl = createIntl({ locale: 'fr', messages: pseudoCatalog(english) })

/** A message as the app shows it in the pseudo-locale, to find elements by. */
function pt(id: string, values?: Record<string, string | number>): string {
  if (!(id in english)) throw new Error(`no message ${id}`)
  return pseudoIntl.formatMessage({ id }, values)
}

/** The French catalog chunk's stand-in: the pseudo messages as the ICU ASTs the build compiles to. */
const pseudoModule = `export default ${JSON.stringify(
  Object.fromEntries(Object.entries(english).map(([id, message]) => [id, pseudoElements(parse(message))])),
)}`

// A request the service worker answers from its cache never reaches page.route.
test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' })

test('in a pseudo-locale every UI text is a message and none is cut off on a 360 px phone', async ({ page, sql }) => {
  await page.route(/\/assets\/fr-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: pseudoModule }),
  )
  const data = await catalogTexts(sql)
  const [inStock] = await productsInStock(sql, 1)
  if (!inStock) throw new Error('no product in stock')
  // The catalog reads in the page's language (issue 16): the product's French name.
  const [french] = await sql<{ name: string }[]>`
    select coalesce(translations -> 'fr' ->> 'name', name) as name from products where id = ${inStock.id}`
  const product = { ...inStock, name: french?.name ?? inStock.name }

  const visit = async (path: string, ready: () => Promise<void>) => {
    await page.goto(path)
    await expect(page.locator('#footer-help')).toHaveText(pt('footer.help'))
    await ready()
    expect.soft(await untranslatedTexts(page, data), `${path}: texts not from the catalog`).toEqual([])
    expect.soft(await cutOffTexts(page), `${path}: texts cut off by their box`).toEqual([])
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBe(360)
  }

  await test.step('home', () =>
    visit('/fr', () => expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached()))
  await test.step('a product page, then one in the cart', async () => {
    await visit(`/fr/p/${product.slug}`, () =>
      expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible(),
    )
    await page.getByRole('button', { name: pt('cart.add'), exact: true }).click()
    await expect(page.getByRole('link', { name: pt('nav.cartWithCount', { count: 1 }) })).toBeAttached()
  })
  await test.step('cart', () =>
    visit('/fr/cart', () => expect(page.getByRole('main').getByRole('link', { name: product.name })).toBeVisible()))
  await test.step('checkout, first step', () =>
    visit('/fr/checkout', () =>
      expect(page.getByRole('heading', { level: 1, name: pt('checkout.title') })).toBeVisible(),
    ))
  await test.step('sign-in', () =>
    visit('/fr/sign-in', () =>
      expect(page.getByRole('heading', { level: 1, name: pt('auth.signInTitle') })).toBeVisible(),
    ))
})

/**
 * Every text the shop shows as entered in its catalog. Identifiers (`featured_products`) and paths
 * in the home page's blocks are left out, so they cannot excuse an English word.
 */
async function catalogTexts(sql: Sql): Promise<string[]> {
  const strings = (column: string) => `jsonb_path_query(${column}, 'strict $.** ? (@.type() == "string")') #>> '{}'`
  const rows = await sql.unsafe<{ text: string }[]>(`
    select distinct text from (
      select name as text from products union all select brand from products
      union all select description from products
      union all select ${strings('options')} from products union all select ${strings('images')} from products
      union all select ${strings('option_values')} from product_variants
      union all select ${strings('translations')} from products
      union all select name from categories union all select description from categories
      union all select ${strings('translations')} from categories
      union all select ${strings('title')} from collections union all select ${strings('description')} from collections
      union all select ${strings('blocks')} from home_layout
      union all select title from reviews union all select body from reviews
      union all select author_name from reviews union all select variant_label from reviews
      union all select reply_body from reviews
      union all select title from discounts
    ) texts
    where text is not null and text !~ '^([a-z0-9_-]+|/.*)$'`)
  // Tags show as labels (shared/catalog/tag-label.ts), in the page's language: French here.
  const tags = await sql<{ tag: string }[]>`select distinct unnest(tags) as tag from products`
  return [...rows.map((row) => row.text), ...tags.map((row) => tagLabel(row.tag, 'fr'))]
}

/** The UI texts with English left in them (the rule at the top of this file). */
function untranslatedTexts(page: Page, data: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ data, currencies }) => {
      const lang = document.documentElement.lang
      const intlTexts = [
        ...currencies.map(
          (currency) =>
            new Intl.NumberFormat(lang, { style: 'currency', currency })
              .formatToParts(1)
              .find((part) => part.type === 'currency')?.value ?? '',
        ),
        ...(['long', 'short'] as const).flatMap((month) =>
          Array.from(
            { length: 12 },
            (_, index) =>
              new Intl.DateTimeFormat(lang, { month, day: 'numeric' })
                .formatToParts(new Date(2026, index, 15))
                .find((part) => part.type === 'month')?.value ?? '',
          ),
        ),
      ]
      const allowed = [...data, ...intlTexts].filter((text) => text.length > 0).sort((a, b) => b.length - a.length)
      const regions = new Intl.DisplayNames([lang], { type: 'region' })
      const found: string[] = []
      const check = (element: Element, text: string, extra: readonly string[] = []) => {
        let rest = text
        for (const known of [...extra, ...allowed]) if (rest.includes(known)) rest = rest.split(known).join(' ')
        if (/[A-Za-z]{2}/.test(rest)) found.push(`${tagOf(element)}: ${text.trim()}`)
      }
      const tagOf = (element: Element) =>
        `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`
      for (const region of document.querySelectorAll('header, main, footer')) {
        if (!region.checkVisibility({ visibilityProperty: true })) continue
        const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement
          if (!parent || !node.textContent?.trim() || parent.closest('script, style, template, select')) continue
          if (parent.checkVisibility({ visibilityProperty: true })) check(parent, node.textContent)
        }
        for (const element of region.querySelectorAll('*')) {
          if (!element.checkVisibility({ visibilityProperty: true })) continue
          for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
            const value = element.getAttribute(name)
            if (value) check(element, value)
          }
          if (element instanceof HTMLSelectElement) {
            for (const option of element.options) {
              const country = /^[a-z]{2}$/i.test(option.value) ? regions.of(option.value.toUpperCase()) : undefined
              check(option, option.text, country ? [country] : [])
            }
          }
        }
      }
      return found
    },
    { data, currencies: [...currencyCodes] },
  )
}

/**
 * Buttons, links, labels and headings (or a part of one) whose message is cut off: clipped or
 * ellipsed wider, or line-clamped taller, than their box. Catalog data cut on purpose (a long
 * product name clamped in a card) is not a message, so only boxes holding pseudo text count.
 */
function cutOffTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = 'a, button, label, summary, legend, h1, h2, h3, h4, h5, h6, [role="button"], [role="link"]'
    const found: string[] = []
    for (const control of document.querySelectorAll(`:is(header, main, footer) :is(${controls})`)) {
      for (const element of [control, ...control.querySelectorAll('*')]) {
        if (!(element instanceof HTMLElement) || !/~\]/.test(element.textContent ?? '')) continue
        if (element.closest('.visually-hidden') || !element.checkVisibility({ visibilityProperty: true })) continue
        const style = getComputedStyle(element)
        const clipsX = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip'
        const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== ''
        const wide = clipsX && element.scrollWidth > element.clientWidth + 1
        const tall = clamped && element.scrollHeight > element.clientHeight + 1
        if (wide || tall) {
          found.push(`<${element.localName} class="${element.className}">: ${element.textContent?.trim()}`)
        }
      }
    }
    return found
  })
}
