import { describe, expect, it } from 'vitest'
import { draftOf, emptyDraft, firstProblemField, inputOfDraft, problemsOfIssues } from './admin-collection-draft.ts'

describe('the collection editor’s draft', () => {
  it('turns a rule typed in major units into minor units and lists', () => {
    const checked = inputOfDraft({
      ...emptyDraft,
      slug: ' under-30 ',
      title: { en: 'Under $30', fr: 'Moins de 30 $' },
      tags: 'audio, ,cables\nbags',
      minPrice: '10',
      maxPrice: '29,99',
      onSale: true,
    })
    expect(checked).toEqual({
      ok: true,
      input: {
        slug: 'under-30',
        title: { en: 'Under $30', fr: 'Moins de 30 $' },
        description: { en: '' },
        kind: 'rule',
        rule: { tags: ['audio', 'cables', 'bags'], brands: [], minPrice: 1000, maxPrice: 2999, onSale: true },
        productSlugs: [],
        published: false,
      },
    })
  })

  it('names the price fields that are not amounts, and sends nothing', () => {
    expect(inputOfDraft({ ...emptyDraft, minPrice: 'ten', maxPrice: '1.999' })).toEqual({
      ok: false,
      problems: { 'rule.minPrice': { problem: 'price' }, 'rule.maxPrice': { problem: 'price' } },
    })
  })

  it('sends a manual collection’s product slugs and no rule', () => {
    const checked = inputOfDraft({ ...emptyDraft, kind: 'manual', productSlugs: 'a-lamp\n\n b-chair ', maxPrice: 'x' })
    expect(checked.ok && checked.input).toMatchObject({
      productSlugs: ['a-lamp', 'b-chair'],
      rule: { tags: [], brands: [], minPrice: null, maxPrice: null, onSale: false },
    })
  })

  it('shows a stored collection’s prices in the admin’s decimal separator', () => {
    const draft = draftOf(
      {
        id: '00000000-0000-4000-8000-000000000000',
        slug: 'cheap',
        title: { en: 'Cheap', de: '' },
        description: { en: '', de: '' },
        image: null,
        kind: 'rule',
        rule: { tags: ['x'], brands: ['Acme', 'Nord'], minPrice: null, maxPrice: 2999, onSale: false },
        productSlugs: [],
        published: true,
        position: 0,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      ',',
    )
    expect(draft).toMatchObject({ minPrice: '', maxPrice: '29,99', brands: 'Acme, Nord', published: true })
  })

  it('pins the server’s issues on the fields they name, naming an unknown product by its slug', () => {
    const draft = { ...emptyDraft, kind: 'manual' as const, productSlugs: 'a-lamp\nno-such' }
    const placed = problemsOfIssues(
      [
        { path: 'json.productSlugs.1' },
        { path: 'json.rule.maxPrice' },
        { path: 'json.rule' },
        { path: 'json.slug' },
        { path: 'json.image.src' },
      ],
      draft,
    )
    expect(placed).toEqual({
      problems: {
        productSlugs: { problem: 'productSlug', value: 'no-such' },
        'rule.maxPrice': { problem: 'maxPrice' },
        rule: { problem: 'rule' },
        slug: { problem: 'slug' },
      },
      unplaced: 1,
    })
    expect(firstProblemField(placed.problems)).toBe('slug')
  })
})
