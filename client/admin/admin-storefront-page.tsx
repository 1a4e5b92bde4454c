/**
 * `/admin/storefront`: the home page's blocks — reorder them, edit their text in each language, pick
 * the featured collections, size the product rows — and which collections are published. Saving
 * writes the whole layout (PUT); shoppers' open pages pull it at once (docs/decisions/0023).
 * Collections are listed, created, edited and deleted below it (admin-storefront-collections.tsx).
 */
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import { createStore, produce, reconcile, unwrap } from 'solid-js/store'
import type { ProductImage } from '../../shared/catalog/product.ts'
import { translatedLocales } from '../../shared/catalog/translation-gaps.ts'
import { type Locale, localeDirection } from '../../shared/i18n/locales.ts'
import { type BannerTone, bannerTones, type HomeBlock, type HomeLayout } from '../../shared/storefront/home-blocks.ts'
import type { LocalizedText } from '../../shared/storefront/localized-text.ts'
import type { AdminCollection } from '../../shared/storefront/storefront-schema.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError, getJson, putJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { AdminI18nProvider, type AdminMessageId, useAdminI18n } from './admin-i18n.tsx'
import { languageName } from './admin-language-name.ts'
import { AdminNav } from './admin-nav.tsx'
import { StorefrontCollections } from './admin-storefront-collections.tsx'
import './admin-storefront.css'

export function AdminStorefrontPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <StorefrontEditor />
    </AdminI18nProvider>
  )
}

const blockNames: Record<HomeBlock['type'], AdminMessageId> = {
  hero: 'admin.storefront.block.hero',
  banner: 'admin.storefront.block.banner',
  featured_collections: 'admin.storefront.block.featured_collections',
  categories: 'admin.storefront.block.categories',
  featured_products: 'admin.storefront.block.featured_products',
  new_arrivals: 'admin.storefront.block.new_arrivals',
  best_sellers: 'admin.storefront.block.best_sellers',
}

const toneNames: Record<BannerTone, AdminMessageId> = {
  info: 'admin.storefront.tone.info',
  sale: 'admin.storefront.tone.sale',
}

type Outcome = { readonly kind: 'saved' | 'error'; readonly message: string } | null

// The answers are the server's own documents; the admin page checks their outline only.
const parseLayout = (body: unknown): HomeLayout => {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as HomeLayout).blocks))
    throw new TypeError('not a home layout')
  return body as HomeLayout
}
const parseCollections = (body: unknown): AdminCollection[] => {
  const items = (body as { items?: unknown }).items
  if (!Array.isArray(items)) throw new TypeError('not a collection list')
  return items as AdminCollection[]
}

function StorefrontEditor(): JSX.Element {
  const { t } = useAdminI18n()
  const { db } = useOffline()
  useDocumentTitle(() => t('admin.storefront.title'))
  const [blocks, setBlocks] = createStore<HomeBlock[]>([])
  const [collections, setCollections] = createSignal<AdminCollection[]>([])
  const [loaded, setLoaded] = createSignal(false)
  const [outcome, setOutcome] = createSignal<Outcome>(null)
  const [pending, setPending] = createSignal(false)

  const load = async () => {
    try {
      const [layout, items] = await Promise.all([
        getJson('/api/admin/storefront/home', parseLayout),
        getJson('/api/admin/storefront/collections', parseCollections),
      ])
      setBlocks(reconcile(structuredClone(layout.blocks) as HomeBlock[]))
      setCollections(items)
      setLoaded(true)
    } catch (error) {
      setOutcome({ kind: 'error', message: t(`errors.${error instanceof ApiError ? error.code : 'INTERNAL'}`) })
    }
  }
  onMount(() => void load())

  const move = (from: number, to: number) =>
    setBlocks(
      produce((list) => {
        const [block] = list.splice(from, 1)
        if (block) list.splice(to, 0, block)
      }),
    )

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    setPending(true)
    setOutcome(null)
    try {
      await withCsrfToken(db, (token) =>
        putJson('/api/admin/storefront/home', { blocks: unwrap(blocks) }, token, parseLayout),
      )
      setOutcome({ kind: 'saved', message: t('admin.storefront.saved') })
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues[0] : undefined
      const code = error instanceof ApiError ? error.code : 'INTERNAL'
      setOutcome({ kind: 'error', message: issue ? `${issue.path}: ${issue.message}` : t(`errors.${code}`) })
    } finally {
      setPending(false)
    }
  }

  return (
    <section class="admin-storefront" aria-labelledby="admin-storefront-title">
      <AdminNav />
      <h1 id="admin-storefront-title">{t('admin.storefront.title')}</h1>
      <p>{t('admin.storefront.intro')}</p>
      <Show when={loaded()} fallback={<p role="status">{t('admin.storefront.loading')}</p>}>
        <form class="admin-storefront__form" onSubmit={(event) => void save(event)}>
          <h2>{t('admin.storefront.home')}</h2>
          <ol class="admin-storefront__blocks">
            <For each={blocks}>
              {(block, index) => (
                <li class="admin-storefront__block">
                  <fieldset>
                    <legend>{t(blockNames[block.type])}</legend>
                    <BlockFields
                      block={block}
                      collections={collections()}
                      onChange={(next) => setBlocks(index(), reconcile(next))}
                    />
                    <div class="admin-storefront__actions">
                      <button
                        type="button"
                        class="button button--small"
                        disabled={index() === 0}
                        onClick={() => move(index(), index() - 1)}
                        aria-label={t('admin.storefront.moveUpNamed', { block: t(blockNames[block.type]) })}
                      >
                        {t('admin.storefront.moveUp')}
                      </button>
                      <button
                        type="button"
                        class="button button--small"
                        disabled={index() === blocks.length - 1}
                        onClick={() => move(index(), index() + 1)}
                        aria-label={t('admin.storefront.moveDownNamed', { block: t(blockNames[block.type]) })}
                      >
                        {t('admin.storefront.moveDown')}
                      </button>
                      <button
                        type="button"
                        class="button button--small"
                        onClick={() => setBlocks(produce((list) => list.splice(index(), 1)))}
                        aria-label={t('admin.storefront.removeNamed', { block: t(blockNames[block.type]) })}
                      >
                        {t('admin.storefront.remove')}
                      </button>
                    </div>
                  </fieldset>
                </li>
              )}
            </For>
          </ol>
          <AddBlock onAdd={(block) => setBlocks(blocks.length, block)} />
          <div class="admin-storefront__save">
            <button type="submit" class="button button--primary" disabled={pending()}>
              {t('admin.storefront.save')}
            </button>
            <p role="status" class={outcome()?.kind === 'error' ? 'admin-storefront__error' : undefined}>
              {outcome()?.message ?? ''}
            </p>
          </div>
        </form>
        <StorefrontCollections
          collections={collections()}
          onChanged={async () => {
            setCollections(await getJson('/api/admin/storefront/collections', parseCollections))
          }}
        />
      </Show>
    </section>
  )
}

function BlockFields(props: {
  readonly block: HomeBlock
  readonly collections: readonly AdminCollection[]
  readonly onChange: (block: HomeBlock) => void
}): JSX.Element {
  const { t } = useAdminI18n()
  return (
    <Switch>
      <Match when={props.block.type === 'hero' && props.block}>
        {(hero) => (
          <>
            <TextFields
              label={t('admin.storefront.field.title')}
              value={hero().title}
              onChange={(title) => props.onChange({ ...hero(), title })}
            />
            <TextFields
              label={t('admin.storefront.field.text')}
              value={hero().text}
              onChange={(text) => props.onChange({ ...hero(), text })}
            />
            <TextFields
              label={t('admin.storefront.field.ctaLabel')}
              value={hero().ctaLabel}
              onChange={(ctaLabel) => props.onChange({ ...hero(), ctaLabel })}
            />
            <Field
              label={t('admin.storefront.field.ctaHref')}
              value={hero().ctaHref}
              onChange={(ctaHref) => props.onChange({ ...hero(), ctaHref })}
            />
            <HeroImageFields image={hero().image} onChange={(image) => props.onChange({ ...hero(), image })} />
          </>
        )}
      </Match>
      <Match when={props.block.type === 'banner' && props.block}>
        {(banner) => (
          <>
            <TextFields
              label={t('admin.storefront.field.text')}
              value={banner().text}
              onChange={(text) => props.onChange({ ...banner(), text })}
            />
            <Field
              label={t('admin.storefront.field.href')}
              value={banner().href ?? ''}
              onChange={(href) => props.onChange({ ...banner(), href: href.trim() === '' ? null : href })}
            />
            <label class="admin-storefront__field">
              {t('admin.storefront.field.tone')}
              <select
                onChange={(event) => props.onChange({ ...banner(), tone: event.currentTarget.value as BannerTone })}
              >
                <For each={bannerTones}>
                  {(tone) => (
                    <option value={tone} selected={tone === banner().tone}>
                      {t(toneNames[tone])}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </>
        )}
      </Match>
      <Match when={props.block.type === 'featured_collections' && props.block}>
        {(row) => (
          <fieldset class="admin-storefront__choices">
            <legend>{t('admin.storefront.field.collections')}</legend>
            <For each={props.collections}>
              {(collection) => (
                <label>
                  <input
                    type="checkbox"
                    checked={row().slugs.includes(collection.slug)}
                    onChange={(event) =>
                      props.onChange({
                        ...row(),
                        slugs: event.currentTarget.checked
                          ? [...row().slugs, collection.slug]
                          : row().slugs.filter((slug) => slug !== collection.slug),
                      })
                    }
                  />
                  {collection.title.en}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Match>
      <Match when={'limit' in props.block && (props.block as Extract<HomeBlock, { limit: number }>)}>
        {(row) => (
          <label class="admin-storefront__field">
            {t('admin.storefront.field.limit')}
            <input
              type="number"
              min="1"
              max="12"
              value={row().limit}
              onChange={(event) => props.onChange({ ...row(), limit: Number(event.currentTarget.value) })}
            />
          </label>
        )}
      </Match>
    </Switch>
  )
}

/** One text in each shop language: English required, every other language falling back to it when blank. */
function TextFields(props: {
  readonly label: string
  readonly value: LocalizedText
  readonly onChange: (value: LocalizedText) => void
}): JSX.Element {
  const { t, locale } = useAdminI18n()
  return (
    <div class="admin-storefront__pair">
      <Field
        label={t('admin.storefront.inEnglish', { field: props.label })}
        value={props.value.en}
        lang="en"
        onChange={(en) => props.onChange({ ...props.value, en })}
      />
      <For each={translatedLocales}>
        {(language) => (
          <Field
            label={t('admin.storefront.inLanguage', { field: props.label, language: languageName(language, locale()) })}
            value={props.value[language] ?? ''}
            lang={language}
            onChange={(text) => props.onChange({ ...props.value, [language]: text })}
          />
        )}
      </For>
    </div>
  )
}

/**
 * The hero's picture: an empty address means none. Width and height are required so the browser
 * reserves the space before the image arrives (no layout shift; it is the page's largest paint).
 */
function HeroImageFields(props: {
  readonly image: ProductImage | null
  readonly onChange: (image: ProductImage | null) => void
}): JSX.Element {
  const { t } = useAdminI18n()
  // Kept while the address is blank, so clearing and retyping it does not lose the other fields.
  const [rest, setRest] = createSignal({
    alt: props.image?.alt ?? '',
    width: props.image?.width ?? 0,
    height: props.image?.height ?? 0,
  })
  const update = (change: Partial<ProductImage>) => {
    const { placeholder, ...current } = props.image ?? { src: '' }
    const next = { ...current, ...rest(), ...change }
    setRest({ alt: next.alt, width: next.width, height: next.height })
    // The blurred preview belongs to the old picture: it goes when the address changes.
    const kept = placeholder !== undefined && next.src === current.src ? { placeholder } : {}
    props.onChange(next.src.trim() === '' ? null : { ...next, ...kept })
  }
  const size = (value: string) => (value.trim() === '' ? 0 : Number(value))
  return (
    <fieldset class="admin-storefront__image">
      <legend>{t('admin.storefront.field.image')}</legend>
      <Field
        label={t('admin.storefront.field.imageSrc')}
        value={props.image?.src ?? ''}
        onChange={(src) => update({ src })}
      />
      <Field label={t('admin.storefront.field.imageAlt')} value={rest().alt} onChange={(alt) => update({ alt })} />
      <div class="admin-storefront__pair">
        <label class="admin-storefront__field">
          {t('admin.storefront.field.imageWidth')}
          <input
            type="number"
            min="1"
            max="10000"
            value={rest().width || ''}
            onInput={(event) => update({ width: size(event.currentTarget.value) })}
          />
        </label>
        <label class="admin-storefront__field">
          {t('admin.storefront.field.imageHeight')}
          <input
            type="number"
            min="1"
            max="10000"
            value={rest().height || ''}
            onInput={(event) => update({ height: size(event.currentTarget.value) })}
          />
        </label>
      </div>
    </fieldset>
  )
}

/** `lang` marks a text written in a shop language (its `dir` follows: Arabic is typed right to left). */
function Field(props: {
  readonly label: string
  readonly value: string
  readonly lang?: Locale
  readonly onChange: (value: string) => void
}) {
  return (
    <label class="admin-storefront__field">
      {props.label}
      <input
        type="text"
        value={props.value}
        lang={props.lang}
        dir={props.lang ? localeDirection(props.lang) : undefined}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
    </label>
  )
}

const newBlocks: Record<HomeBlock['type'], () => HomeBlock> = {
  hero: () => ({
    type: 'hero',
    title: { en: '', de: '' },
    text: { en: '', de: '' },
    image: null,
    ctaLabel: { en: '', de: '' },
    ctaHref: '/',
  }),
  banner: () => ({ type: 'banner', text: { en: '', de: '' }, href: null, tone: 'info' }),
  featured_collections: () => ({ type: 'featured_collections', slugs: [] }),
  categories: () => ({ type: 'categories' }),
  featured_products: () => ({ type: 'featured_products', limit: 8 }),
  new_arrivals: () => ({ type: 'new_arrivals', limit: 8 }),
  best_sellers: () => ({ type: 'best_sellers', limit: 8 }),
}

function AddBlock(props: { readonly onAdd: (block: HomeBlock) => void }): JSX.Element {
  const { t } = useAdminI18n()
  const [type, setType] = createSignal<HomeBlock['type']>('banner')
  return (
    <div class="admin-storefront__add">
      <label class="admin-storefront__field">
        {t('admin.storefront.blockType')}
        <select onChange={(event) => setType(event.currentTarget.value as HomeBlock['type'])}>
          <For each={Object.keys(blockNames) as HomeBlock['type'][]}>
            {(option) => (
              <option value={option} selected={option === type()}>
                {t(blockNames[option])}
              </option>
            )}
          </For>
        </select>
      </label>
      <button type="button" class="button" onClick={() => props.onAdd(newBlocks[type()]())}>
        {t('admin.storefront.add')}
      </button>
    </div>
  )
}
