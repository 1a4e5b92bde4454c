/**
 * The header search box's real form (search-box.tsx shows a plain one until this chunk loads): an
 * editable combobox with a list of suggestions (WAI-ARIA APG
 * "combobox with listbox popup", list autocomplete). Arrow keys move through the suggestions with
 * focus kept in the input (aria-activedescendant), Enter opens the chosen one or, with none chosen,
 * searches; Escape closes the list, a second Escape clears the box. Suggestions are asked for after
 * a short pause in typing; an answer for an older text is dropped.
 */
import { useLocation, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, For, type JSX, on, onCleanup, onMount, Show } from 'solid-js'
import { stripLocalePrefix } from '../../shared/i18n/locale-path.ts'
import type { Suggestion } from '../../shared/search/search-types.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { StarRating } from '../reviews/star-rating.tsx'
import { HighlightedText } from './highlighted-text.tsx'
import { useSearch } from './search-context.tsx'
import type { SearchService } from './search-service.ts'

const debounceMs = 120
const inputId = 'site-search'
const listboxId = 'site-search-listbox'
const optionId = (index: number) => `site-search-option-${index}`

export function SearchCombobox(): JSX.Element {
  const { t } = useI18n()
  const loadSearch = useSearch()
  const { network } = useOffline()
  const navigate = useNavigate()
  const location = useLocation()
  const [text, setText] = createSignal('')
  const [options, setOptions] = createSignal<readonly Suggestion[]>([])
  const [expanded, setExpanded] = createSignal(false)
  const [active, setActive] = createSignal(-1)
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))

  // Take over from the plain box, which is still on screen while this renders: its text, and focus.
  let input: HTMLInputElement | undefined
  const plain = document.getElementById(inputId)
  const handover =
    plain instanceof HTMLInputElement ? { text: plain.value, focused: document.activeElement === plain } : null
  if (handover?.text) setText(handover.text)
  // Suggestions only for a shopper typing in the box: a search page's own query opens no list over it.
  onMount(() => {
    if (!handover?.focused) return
    input?.focus()
    if (handover.text) suggest(handover.text)
  })

  // On the search page the box shows that page's query, also after back/forward.
  createEffect(
    on([() => location.pathname, () => location.search], ([path, search]) => {
      if (stripLocalePrefix(path) === '/search') setText(new URLSearchParams(search).get('q') ?? '')
    }),
  )
  // The list a shopper is looking at follows the device's index as it fills (the first sync, a
  // catalog change): otherwise a list asked of a half-built index would stay short, or closed.
  const [service, setService] = createSignal<SearchService>()
  createEffect(
    on(
      () => service()?.localStatus(),
      (status) => {
        if (status?.state === 'ready' && document.activeElement === input && text().trim()) suggest(text())
      },
      { defer: true },
    ),
  )
  createEffect(() => {
    if (active() >= 0) document.getElementById(optionId(active()))?.scrollIntoView({ block: 'nearest' })
  })

  const close = () => {
    setExpanded(false)
    setActive(-1)
  }

  function suggest(query: string): void {
    const asked = ++latest
    if (!query.trim()) {
      setOptions([])
      close()
      return
    }
    loadSearch()
      .then((search) => {
        setService(search)
        return search.suggest(query)
      })
      .then(
        (answer) => {
          if (asked !== latest) return
          // An option the shopper already moved to stays chosen if the new list still has it.
          const chosen = expanded() ? options()[active()] : undefined
          setOptions(answer.suggestions)
          setActive(chosen ? answer.suggestions.findIndex((s) => s.kind === chosen.kind && s.slug === chosen.slug) : -1)
          setExpanded(answer.suggestions.length > 0)
        },
        (error: unknown) => {
          if (asked !== latest) return
          console.error('search suggestions failed', error)
          setOptions([])
          close()
        },
      )
  }

  const onInput = (value: string) => {
    setText(value)
    clearTimeout(timer)
    timer = setTimeout(() => suggest(value), debounceMs)
  }

  const choose = (option: Suggestion) => {
    // Opening a product from the list is a click for search analytics, at its place in the list.
    if (option.kind === 'product') {
      const click = { query: text(), productId: option.productId, position: options().indexOf(option) + 1 }
      void loadSearch()
        .then((search) => search.reportClick({ ...click, searchId: null }))
        .catch((error: unknown) => console.warn('search click not recorded', error))
    }
    close()
    latest++
    navigate(option.kind === 'category' ? `/c/${option.slug}` : `/p/${option.slug}`)
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    clearTimeout(timer)
    latest++
    close()
    const query = text().trim()
    if (query) navigate(`/search?${new URLSearchParams({ q: query })}`)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const count = options().length
    // Down from nothing picks the first, up the last; both wrap around.
    const step = (delta: 1 | -1) => {
      if (count === 0) return
      event.preventDefault()
      const current = expanded() ? active() : -1
      setExpanded(true)
      if (delta === 1) setActive(current < 0 ? 0 : (current + 1) % count)
      else setActive(current <= 0 ? count - 1 : current - 1)
    }
    switch (event.key) {
      case 'ArrowDown':
        step(1)
        return
      case 'ArrowUp':
        step(-1)
        return
      case 'Enter': {
        const option = expanded() ? options()[active()] : undefined
        if (option) {
          event.preventDefault()
          choose(option)
        }
        return
      }
      case 'Escape':
        if (expanded()) close()
        else if (text()) onInput('')
        else return
        event.preventDefault()
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> landmark element is not in every supported browser yet
    <form
      class="search-box"
      role="search"
      action="/search"
      onSubmit={submit}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close()
      }}
    >
      <label class="visually-hidden" for={inputId}>
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={inputId}
        class="search-box__input"
        name="q"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded()}
        aria-controls={listboxId}
        aria-activedescendant={active() >= 0 ? optionId(active()) : undefined}
        value={text()}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={() => void loadSearch().catch((error: unknown) => console.error('loading search failed', error))}
      />
      <button type="submit" class="button search-box__submit">
        {t('search.submit')}
      </button>
      <div class="search-box__popup" hidden={!expanded()}>
        <div id={listboxId} class="search-box__list" role="listbox" aria-label={t('search.suggestions')}>
          <For each={options()}>
            {(option, index) => (
              // APG combobox: the keyboard stays in the input (onKeyDown there) and points at options
              // through aria-activedescendant, so options take no keys and no tab stop themselves.
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input (aria-activedescendant)
              <div
                id={optionId(index())}
                class="search-box__option"
                role="option"
                aria-selected={index() === active()}
                // Keep focus in the input while the pointer picks an option.
                onPointerDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span class="search-box__label">
                  <HighlightedText value={option.label} />
                </span>
                <Show when={option.kind === 'category'}>
                  <span class="search-box__kind">{t('search.category')}</span>
                </Show>
                <Show when={suggestionStars(option)}>
                  {(stars) => <StarRating average={stars().average} count={stars().count} />}
                </Show>
              </div>
            )}
          </For>
        </div>
        <Show when={!network.isOnline()}>
          <p class="search-box__note">{t('search.fromOfflineCatalog')}</p>
        </Show>
      </div>
      <p class="visually-hidden" role="status">
        {expanded() ? t('search.suggestionCount', { count: options().length }) : ''}
      </p>
    </form>
  )
}

/** A product suggestion's stars; null for a category or a product without reviews. */
function suggestionStars(option: Suggestion): { readonly average: number; readonly count: number } | null {
  return option.kind === 'product' && option.rating !== null
    ? { average: option.rating, count: option.reviewCount }
    : null
}
