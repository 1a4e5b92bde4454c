import { useLocation } from '@solidjs/router'
import { For, type JSX, onMount } from 'solid-js'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { helpQuestions, helpSections } from '../../shared/pages/help-sections.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'

/**
 * Help and policies (`/help`): one page with a section per footer link (contact, shipping, returns,
 * FAQ, privacy, terms). server/pages/shop-views.ts renders the same markup for a first visit.
 */
export function HelpPage(): JSX.Element {
  const { t } = useI18n()
  const location = useLocation()
  useDocumentTitle(() => t('help.title'))
  // A footer link names a section (/help#returns): the page loads after the router looked for it.
  onMount(() => {
    const id = location.hash.slice(1)
    if (id) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView())
  })
  return (
    <article class="help-page">
      <header class="page-header">
        <h1>{t('help.title')}</h1>
      </header>
      <For each={helpSections.slice(0, 3)}>{(section) => <HelpSection section={section} />}</For>
      <section id="faq" class="help-page__section" aria-labelledby="help-faq">
        <h2 id="help-faq">{t('footer.faq')}</h2>
        <dl class="help-page__faq">
          <For each={helpQuestions}>
            {(entry) => (
              <>
                <dt>{t(entry.question)}</dt>
                <dd>{t(entry.answer)}</dd>
              </>
            )}
          </For>
        </dl>
      </section>
      <For each={helpSections.slice(3)}>{(section) => <HelpSection section={section} />}</For>
    </article>
  )
}

function HelpSection(props: { readonly section: (typeof helpSections)[number] }): JSX.Element {
  const { t } = useI18n()
  return (
    <section id={props.section.id} class="help-page__section" aria-labelledby={`help-${props.section.id}`}>
      <h2 id={`help-${props.section.id}`}>{t(props.section.heading)}</h2>
      <For each={props.section.text}>{(text) => <p>{t(text, { count: shippingCountries.length })}</p>}</For>
    </section>
  )
}
