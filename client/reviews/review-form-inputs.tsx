/** The review form's own inputs: the star rating as a radio group, and the photo picker with previews. */
import { For, Index, type JSX, Show } from 'solid-js'
import { type ReviewRating, reviewRatings } from '../../shared/reviews/review.ts'
import { reviewLimits } from '../../shared/reviews/review-limits.ts'
import { type I18n, useI18n } from '../platform/i18n.tsx'
import type { FormPhoto } from './review-submit.ts'

/**
 * Five native radios (arrow keys move and choose, as in any radio group) drawn as stars: every star
 * up to the chosen one is filled. The first radio carries the id the form focuses on an error.
 */
export function StarInput(props: {
  readonly id: string
  readonly value: ReviewRating | null
  readonly error?: string
  readonly onChange: (rating: ReviewRating) => void
}): JSX.Element {
  const { t } = useI18n()
  return (
    <fieldset
      class="star-input"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
    >
      <legend>{t('reviews.form.rating')}</legend>
      <div class="star-input__stars">
        <Index each={reviewRatings}>
          {(stars) => (
            <label class="star-input__star" classList={{ 'star-input__star--on': (props.value ?? 0) >= stars() }}>
              <input
                id={stars() === 1 ? props.id : undefined}
                type="radio"
                name={props.id}
                value={stars()}
                checked={props.value === stars()}
                onChange={() => props.onChange(stars())}
              />
              <span aria-hidden="true">★</span>
              <span class="visually-hidden">{t('reviews.starsOutOfFive', { rating: stars() })}</span>
            </label>
          )}
        </Index>
      </div>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </fieldset>
  )
}

/** The photo size limit with the unit in the shopper's language ("10 MB", "10 Mo", "10 ميغابايت"), not a hard-coded "MB". */
export function photoSizeLimit(formatNumber: I18n['formatNumber']): string {
  return formatNumber(reviewLimits.photoBytesMax / (1024 * 1024), { style: 'unit', unit: 'megabyte' })
}

export function PhotoPicker(props: {
  readonly id: string
  readonly photos: readonly FormPhoto[]
  readonly error?: string
  readonly onAdd: (files: readonly File[]) => void
  readonly onRemove: (photo: FormPhoto) => void
}): JSX.Element {
  const { t, formatNumber } = useI18n()
  const full = () => props.photos.length >= reviewLimits.photosMax
  return (
    <div class="field photo-picker">
      <label for={props.id}>{t('reviews.form.photos', { max: reviewLimits.photosMax })}</label>
      <p id={`${props.id}-hint`} class="field__hint">
        {t('reviews.form.photosHint', { size: photoSizeLimit(formatNumber) })}
      </p>
      <input
        id={props.id}
        type="file"
        accept="image/*"
        multiple
        disabled={full()}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${props.id}-hint${props.error ? ` ${props.id}-error` : ''}`}
        onChange={(event) => {
          props.onAdd([...(event.currentTarget.files ?? [])])
          // The same file chosen again after a removal must fire `change` again.
          event.currentTarget.value = ''
        }}
      />
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error" role="alert">
          {props.error}
        </p>
      </Show>
      <ul class="photo-picker__list">
        <For each={props.photos}>
          {(photo, index) => (
            <li class="photo-picker__item">
              <img
                src={photo.url}
                alt={t('reviews.form.photoPreview', { number: index() + 1 })}
                width={72}
                height={72}
              />
              <button type="button" class="button button--small" onClick={() => props.onRemove(photo)}>
                {t('reviews.form.removePhoto', { number: index() + 1 })}
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  )
}
