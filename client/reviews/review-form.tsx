import { createSignal, For, type JSX, onCleanup, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { describeOptions, variantOptions } from '../../shared/catalog/variant.ts'
import type { OwnReview, ReviewRating } from '../../shared/reviews/review.ts'
import { reviewLimits } from '../../shared/reviews/review-limits.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import type { ReviewDraft } from './review-draft.ts'
import {
  checkPhotoFile,
  checkReviewForm,
  firstInvalidField,
  type ReviewFormErrors,
  type ReviewFormField,
  reviewFormFields,
} from './review-form-check.ts'
import { PhotoPicker, photoSizeLimit, StarInput } from './review-form-inputs.tsx'
import { refusalMessage } from './review-messages.ts'
import { refusedField } from './review-outbox.ts'
import { type FormPhoto, newPhotoId, submitEdit, submitNewReview } from './review-submit.ts'

const fieldIds: Record<ReviewFormField, string> = {
  rating: 'review-rating',
  title: 'review-title',
  body: 'review-body',
  photos: 'review-photos',
}

/** The form, prefilled from this device's draft (e.g. refused, to fix) or from the shopper's own review. */
export function ReviewForm(props: {
  readonly product: Product
  readonly userId: string
  readonly draft: ReviewDraft | null
  readonly own: OwnReview | null
  readonly onDone: () => void
}): JSX.Element {
  const { t, formatNumber } = useI18n()
  const { db, shopperSync } = useOffline()
  const start = props.draft ?? props.own
  const [rating, setRating] = createSignal<ReviewRating | null>(start?.rating ?? null)
  const [title, setTitle] = createSignal(start?.title ?? '')
  const [body, setBody] = createSignal(start?.body ?? '')
  const [variantId, setVariantId] = createSignal<string | null>(start?.variantId ?? null)
  const objectUrls: string[] = []
  const localUrl = (blob: Blob) => {
    const url = URL.createObjectURL(blob)
    objectUrls.push(url)
    return url
  }
  onCleanup(() => {
    for (const url of objectUrls) URL.revokeObjectURL(url)
  })
  const [photos, setPhotos] = createSignal<readonly FormPhoto[]>(
    props.draft
      ? props.draft.photos.map((p) => ({ id: p.id, blob: p.blob, url: localUrl(p.blob) }))
      : (props.own?.photos.map((p) => ({ id: p.id, blob: null, url: p.url })) ?? []),
  )
  const [errors, setErrors] = createSignal<ReviewFormErrors>({})
  const [serverErrors, setServerErrors] = createSignal<Partial<Record<ReviewFormField, string>>>(
    props.draft?.refusal ? refusalErrors(props.draft.refusal.field, refusalMessage(t, props.draft.refusal.code)) : {},
  )
  const [photoError, setPhotoError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [result, setResult] = createSignal<string | null>(null)
  const [formError, setFormError] = createSignal<string | null>(
    props.draft?.refusal && !props.draft.refusal.field ? refusalMessage(t, props.draft.refusal.code) : null,
  )

  const errorOf = (field: ReviewFormField) => {
    const own = errors()[field]
    return own ? t(own.id, own.values) : serverErrors()[field]
  }

  function addPhotos(files: readonly File[]): void {
    const room = reviewLimits.photosMax - photos().length
    const problems = files.map((file) => checkPhotoFile(file))
    const accepted = files.filter((_, index) => problems[index] === null).slice(0, room)
    if (problems.includes('type')) setPhotoError(t('reviews.form.error.photoType'))
    else if (problems.includes('size'))
      setPhotoError(t('reviews.form.error.photoSize', { size: photoSizeLimit(formatNumber) }))
    else if (files.length > room) setPhotoError(t('reviews.form.error.photosMany', { max: reviewLimits.photosMax }))
    else setPhotoError(null)
    setPhotos((list) => [...list, ...accepted.map((file) => ({ id: newPhotoId(), blob: file, url: localUrl(file) }))])
  }

  function focusFirst(found: Partial<Record<ReviewFormField, unknown>>): void {
    const field = reviewFormFields.find((name) => found[name])
    if (field) document.getElementById(fieldIds[field])?.focus()
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    setServerErrors({})
    setFormError(null)
    setResult(null)
    const found = checkReviewForm({ rating: rating(), title: title(), body: body(), photoCount: photos().length })
    setErrors(found)
    const chosen = rating()
    if (firstInvalidField(found) || chosen === null) return focusFirst(found)
    const fields = { variantId: variantId(), rating: chosen, title: title(), body: body() }
    setBusy(true)
    try {
      if (props.own && !props.draft) {
        await submitEdit(db, props.own, fields, photos())
        return props.onDone()
      }
      const mutationId = props.draft?.state === 'queued' ? props.draft.mutationId : null
      const sent = await submitNewReview(db, {
        product: props.product,
        userId: props.userId,
        fields,
        photos: photos(),
        mutationId,
      })
      if (sent.kind === 'saved') {
        // The sync engine sends it on `online`, on focus or at its next retry.
        shopperSync.changed()
        return void setResult(t('reviews.draft.saved'))
      }
      if (sent.outcome.kind !== 'refused') return props.onDone()
      showRefusal(sent.outcome.field, refusalMessage(t, sent.outcome.code))
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught
      showRefusal(refusedField(caught), refusalMessage(t, caught.code))
    } finally {
      setBusy(false)
    }
  }

  function showRefusal(field: string | null, message: string): void {
    const errors = refusalErrors(field, message)
    setServerErrors(errors)
    if (Object.keys(errors).length === 0) setFormError(message)
    focusFirst(errors)
  }

  return (
    <form class="review-form" novalidate onSubmit={(event) => void submit(event)}>
      <h1>
        {t(props.own && !props.draft ? 'reviews.form.editTitle' : 'reviews.form.title', {
          product: props.product.name,
        })}
      </h1>
      <Show when={props.own}>
        {(own) => (
          <Show when={own().status === 'rejected'}>
            <p class="notice">{t('reviews.status.rejected', { reason: own().rejectionReason ?? '' })}</p>
          </Show>
        )}
      </Show>
      <StarInput id={fieldIds.rating} value={rating()} error={errorOf('rating')} onChange={setRating} />
      <Show when={props.product.variants.length > 1 && !props.own}>
        <div class="field">
          <label for="review-variant">{t('reviews.form.variant')}</label>
          <select id="review-variant" onChange={(event) => setVariantId(event.currentTarget.value || null)}>
            <option value="" selected={variantId() === null}>
              {t('reviews.form.variantNone')}
            </option>
            <For each={props.product.variants}>
              {(variant) => (
                <option value={variant.id} selected={variantId() === variant.id}>
                  {describeOptions(variantOptions(props.product.options, variant))}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <TextInput
        id={fieldIds.title}
        label={t('reviews.form.titleLabel')}
        value={title()}
        max={reviewLimits.titleMax}
        error={errorOf('title')}
        onInput={setTitle}
      />
      <TextInput
        id={fieldIds.body}
        label={t('reviews.form.body')}
        value={body()}
        max={reviewLimits.bodyMax}
        error={errorOf('body')}
        onInput={setBody}
        multiline
      />
      <PhotoPicker
        id={fieldIds.photos}
        photos={photos()}
        error={photoError() ?? errorOf('photos')}
        onAdd={addPhotos}
        onRemove={(photo) => setPhotos((list) => list.filter((p) => p !== photo))}
      />
      <p role="alert" class="form-alert-region">
        {formError()}
      </p>
      <p role="status" class="review-form__result">
        {result()}
      </p>
      <button type="submit" class="button button--primary" disabled={busy()}>
        {t(props.own && !props.draft ? 'reviews.form.saveEdit' : 'reviews.form.submit')}
      </button>
    </form>
  )
}

/** A refusal naming a field shows beside it; one naming none (or an unknown one) above the button. */
function refusalErrors(field: string | null, message: string): Partial<Record<ReviewFormField, string>> {
  const name = field === 'photoIds' ? 'photos' : field
  const known = reviewFormFields.find((candidate) => candidate === name)
  return known ? { [known]: message } : {}
}

function TextInput(props: {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly max: number
  readonly error?: string
  readonly multiline?: boolean
  readonly onInput: (value: string) => void
}): JSX.Element {
  const { t, formatNumber } = useI18n()
  const describedBy = () => `${props.id}-count${props.error ? ` ${props.id}-error` : ''}`
  // Getters: the spread reads them in an effect, so a new error updates the attributes.
  const common = {
    get id() {
      return props.id
    },
    get 'aria-invalid'() {
      return props.error ? true : undefined
    },
    get 'aria-describedby'() {
      return describedBy()
    },
  }
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show
        when={props.multiline}
        fallback={
          <input
            {...common}
            type="text"
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea
          {...common}
          rows={6}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Show>
      <p id={`${props.id}-count`} class="field__hint">
        {t('reviews.form.counter', { count: formatNumber(props.value.length), max: formatNumber(props.max) })}
      </p>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </div>
  )
}
