/**
 * `/p/:slug/review`: write a review, or edit your own (issue 15). Guests are sent to sign in and
 * back. A new review works offline (a draft sent later); an edit needs the network.
 */
import { A, useNavigate, useParams } from '@solidjs/router'
import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import type { OwnReview } from '../../shared/reviews/review.ts'
import { useSession } from '../account/use-session.ts'
import { findProductBySlug } from '../catalog/catalog-queries.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { isServerNotFound, preferLocal } from '../platform/page-data.ts'
import { NotFound } from '../ui/not-found.tsx'
import { defaultReviewQuery, fetchReviewPage } from './review-api.ts'
import { type ReviewDraft, readDraftFor } from './review-draft.ts'
import { ReviewForm } from './review-form.tsx'
import { signInPath } from './review-paths.ts'
import './reviews.css'

export function ReviewFormPage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  const params = useParams<{ slug: string }>()
  const session = useSession()
  const local = createLiveQuery(() => {
    const [slug, language] = [params.slug, locale()]
    return () => findProductBySlug(db, slug, language)
  })
  // The server answers this path with the product page's HTML: its data island names `/p/:slug`.
  const productPath = () => `/p/${params.slug}`
  const product = (): Product | undefined =>
    preferLocal(sync, productPath(), local.value(), (data) => (data.page === 'product' ? data.product : undefined)) ??
    local.value()
  const missing = () =>
    !product() && (isServerNotFound(`${productPath()}/review`) || (local.ready() && !isCatalogPending(sync)))
  useDocumentTitle(() => {
    const name = product()?.name
    return name ? t('reviews.form.pageTitle', { product: name }) : missing() ? t('errors.NOT_FOUND') : undefined
  })
  return (
    <Switch fallback={<p role="status">{t('reviews.loading')}</p>}>
      <Match when={missing()}>
        <NotFound />
      </Match>
      <Match when={product() && session() && !session()?.user && product()}>
        {(shown) => (
          <section class="review-form-page">
            <h1>{t('reviews.form.title', { product: shown().name })}</h1>
            <A class="button button--primary" href={signInPath(`/p/${shown().slug}/review`)}>
              {t('reviews.signInToWrite')}
            </A>
          </section>
        )}
      </Match>
      <Match when={product() && session()?.user && product()}>
        {(shown) => <WriteOrEdit product={shown()} userId={session()?.user?.id ?? ''} />}
      </Match>
    </Switch>
  )
}

/** Waits for what prefills the form: this device's draft, else the shopper's review on the server. */
function WriteOrEdit(props: { readonly product: Product; readonly userId: string }): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const navigate = useNavigate()
  // Not a resource: reading one would suspend the page's Suspense boundary, blanking the header.
  const [start, setStart] = createSignal<{ draft: ReviewDraft | null; own: OwnReview | null }>()
  onMount(async () => {
    const draft = (await readDraftFor(db, props.product.id)) ?? null
    // Offline or failing, the form still opens: a new review becomes a draft.
    const own =
      draft || !navigator.onLine
        ? null
        : await fetchReviewPage(props.product.slug, defaultReviewQuery).then(
            (page) => page.own,
            () => null,
          )
    setStart({ draft, own })
  })
  return (
    <section class="review-form-page">
      <p>
        <A href={`/p/${props.product.slug}`}>{t('reviews.form.back', { product: props.product.name })}</A>
      </p>
      <Show when={start()} fallback={<p role="status">{t('reviews.loading')}</p>}>
        {(loaded) => (
          <ReviewForm
            product={props.product}
            userId={props.userId}
            draft={loaded().draft}
            own={loaded().own}
            onDone={() => navigate(`/p/${props.product.slug}#reviews`)}
          />
        )}
      </Show>
    </section>
  )
}
