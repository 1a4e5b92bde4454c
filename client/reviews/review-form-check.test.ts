import { describe, expect, it } from 'vitest'
import { reviewLimits } from '../../shared/reviews/review-limits.ts'
import { checkPhotoFile, checkReviewForm, firstInvalidField } from './review-form-check.ts'

const valid = { rating: 4 as const, title: 'Comfy', body: '', photoCount: 0 }

describe('checkReviewForm', () => {
  it('accepts stars and a title; the text is optional', () => {
    expect(checkReviewForm(valid)).toEqual({})
  })

  it('names every invalid field, and the first one in the form’s order gets the focus', () => {
    const errors = checkReviewForm({
      rating: null,
      title: '   ',
      body: 'x'.repeat(reviewLimits.bodyMax + 1),
      photoCount: reviewLimits.photosMax + 1,
    })
    expect(Object.keys(errors)).toEqual(['rating', 'title', 'body', 'photos'])
    expect(errors.body).toEqual({ id: 'reviews.form.error.bodyLong', values: { max: reviewLimits.bodyMax } })
    expect(firstInvalidField(errors)).toBe('rating')
    expect(firstInvalidField(checkReviewForm({ ...valid, title: '' }))).toBe('title')
  })

  it('counts the title after trimming, as the server does', () => {
    expect(checkReviewForm({ ...valid, title: ` ${'t'.repeat(reviewLimits.titleMax)} ` })).toEqual({})
    expect(checkReviewForm({ ...valid, title: 't'.repeat(reviewLimits.titleMax + 1) }).title?.id).toBe(
      'reviews.form.error.titleLong',
    )
  })
})

describe('checkPhotoFile', () => {
  it.each([
    [{ type: 'image/jpeg', size: 1000 }, null],
    [{ type: 'image/webp', size: reviewLimits.photoBytesMax }, null],
    [{ type: 'image/png', size: reviewLimits.photoBytesMax + 1 }, 'size'],
    [{ type: 'image/gif', size: 10 }, 'type'],
    [{ type: 'application/pdf', size: 10 }, 'type'],
  ])('%o → %s', (file, problem) => {
    expect(checkPhotoFile(file)).toBe(problem)
  })
})
