/**
 * The header's category bar: one row of fixed height at every width (a bar whose height follows the
 * list would shift the page when the app takes over), scrolling sideways when the categories do not
 * fit. A faded edge and a scroll button on each side that has more say so; the buttons are a mouse
 * and touch aid (keyboard users tab through the links, which scroll into view), so they are left out
 * of the tab order. server/pages/page-layout.ts renders the
 * same markup with both buttons hidden; they appear once the bar is measured, over the list, so
 * nothing moves. Right to left, the row starts at the right: the buttons sit at the row's start and
 * end (styles.css), and their ‹ and › are mirrored characters (Unicode Bidi_Mirrored), which show
 * turned round on such a page, so each still points the way its button scrolls.
 */
import { A } from '@solidjs/router'
import { createEffect, createSignal, Index, type JSX, on, onCleanup, onMount } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { serverCategories } from '../platform/page-data.ts'
import { listCategories } from './catalog-queries.ts'

/** Room (in rem) left for a scroll button and its fade beside the links a press brings into view. */
const edgeClearance = 3

export function CategoryNav(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  const local = createLiveQuery(() => {
    const language = locale()
    return () => listCategories(db, language)
  }, [])
  const categories = () => serverCategories(sync, local.value())
  const [moreBefore, setMoreBefore] = createSignal(false)
  const [moreAfter, setMoreAfter] = createSignal(false)
  let list: HTMLUListElement | undefined
  const measure = () => {
    if (!list) return
    const scrolled = scrolledFromStart(list)
    // Rounded: a zoomed page reports fractional scroll positions.
    setMoreBefore(scrolled > 1)
    setMoreAfter(scrolled + list.clientWidth < list.scrollWidth - 1)
  }
  onMount(() => {
    // Fires once the bar is in the document (the app renders detached first) and on every resize.
    const observer = new ResizeObserver(measure)
    if (list) observer.observe(list)
    onCleanup(() => observer.disconnect())
  })
  createEffect(
    on(
      () => categories().length,
      () => queueMicrotask(measure),
      { defer: true },
    ),
  )
  /**
   * A press brings the next links fully into view: the first link cut off on that side lines up just
   * inside the opposite edge, clear of that side's button and fade (`edgeClearance`).
   */
  const scroll = (direction: 1 | -1) => {
    if (!list) return
    const style = getComputedStyle(list)
    const edges = inlineEdges(style.direction === 'rtl')
    const view = edges(list)
    const items = [...list.children]
    const clearance = edgeClearance * Number.parseFloat(style.fontSize)
    let by = 0
    if (direction === 1) {
      const next = items.find((item) => edges(item).end > view.end + 1)
      if (next) by = edges(next).start - view.start - clearance
    } else {
      const previous = items.findLast((item) => edges(item).start < view.start - 1)
      if (previous) by = edges(previous).end - view.end + clearance
    }
    if (by !== 0) list.scrollBy({ left: edges.physical(by) })
  }

  return (
    <nav
      class="category-nav"
      classList={{ 'category-nav--more-before': moreBefore(), 'category-nav--more-after': moreAfter() }}
      aria-label={t('nav.categories')}
    >
      <ul ref={list} onScroll={measure}>
        {/* By position, not by object: when the device's own catalog replaces the server's list the
            links stay the same elements, so a focused link keeps its focus. */}
        <Index each={categories()}>
          {(category) => (
            <li>
              <A href={`/c/${category().slug}`}>{category().name}</A>
            </li>
          )}
        </Index>
      </ul>
      <button
        type="button"
        class="category-nav__scroll category-nav__scroll--before"
        tabindex="-1"
        aria-label={t('nav.categoriesBack')}
        hidden={!moreBefore()}
        onClick={() => scroll(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <button
        type="button"
        class="category-nav__scroll category-nav__scroll--after"
        tabindex="-1"
        aria-label={t('nav.categoriesMore')}
        hidden={!moreAfter()}
        onClick={() => scroll(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </nav>
  )
}

/**
 * How far the list is scrolled from its start. Right to left, `scrollLeft` is 0 at the start and
 * negative towards the end (as every current browser has it, following CSSOM View).
 */
function scrolledFromStart(list: HTMLElement): number {
  return getComputedStyle(list).direction === 'rtl' ? -list.scrollLeft : list.scrollLeft
}

type InlineEdges = { readonly start: number; readonly end: number }

/**
 * An element's start and end along the line, as distances that grow towards the line's end (so one
 * piece of arithmetic serves both directions); `physical` turns such a distance back into a
 * left-to-right one for `scrollBy`.
 */
function inlineEdges(rtl: boolean): ((element: Element) => InlineEdges) & { physical: (by: number) => number } {
  const edges = (element: Element): InlineEdges => {
    const box = element.getBoundingClientRect()
    return rtl ? { start: -box.right, end: -box.left } : { start: box.left, end: box.right }
  }
  return Object.assign(edges, { physical: (by: number) => (rtl ? -by : by) })
}
