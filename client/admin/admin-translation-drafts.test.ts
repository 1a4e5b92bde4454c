import { describe, expect, it } from 'vitest'
import { flatten, issueOf, issuesByField, sourceGroups, unflatten } from './admin-translation-drafts.ts'

const source = {
  name: 'Trail shoe',
  description: 'Light',
  options: [
    {
      code: 'size',
      name: 'Size',
      values: [
        { code: '42', label: '42' },
        { code: 'wide-fit', label: 'Wide' },
      ],
    },
  ],
}

describe('translation drafts', () => {
  it('lists the name, the description, then each option name and value', () => {
    expect(sourceGroups(source).map((group) => group.fields.map((field) => field.key))).toEqual([
      ['name', 'description'],
      ['options.size.name', 'options.size.values.42', 'options.size.values.wide-fit'],
    ])
  })

  it('round-trips a translation through the flat draft, blanks sent for untranslated fields', () => {
    const translation = { name: 'Chaussure', options: { size: { name: 'Pointure', values: { 'wide-fit': 'Large' } } } }
    const flat = flatten(translation)
    expect(flat).toEqual({
      name: 'Chaussure',
      'options.size.name': 'Pointure',
      'options.size.values.wide-fit': 'Large',
    })
    expect(unflatten(flat, sourceGroups(source))).toEqual({
      name: 'Chaussure',
      description: '',
      options: { size: { name: 'Pointure', values: { '42': '', 'wide-fit': 'Large' } } },
    })
  })

  it('sends a category only its name and description', () => {
    expect(unflatten({ name: 'Audio' }, sourceGroups({ name: 'Audio', description: '' }))).toEqual({
      name: 'Audio',
      description: '',
    })
  })

  it('finds the field of each server issue, a whole option’s issue on each of its fields', () => {
    const byField = issuesByField([
      { path: 'json.translations.fr.options.size.name', message: 'too long' },
      { path: 'json.translations.ar.options.fit', message: 'names no option of this product' },
      { path: 'param.id', message: 'must be a UUID' },
    ])
    expect([...byField.keys()]).toEqual(['fr.options.size.name', 'ar.options.fit'])
    expect(issueOf(byField, 'fr.options.size.name')).toBe('too long')
    expect(issueOf(byField, 'ar.options.fit.values.wide')).toBe('names no option of this product')
    expect(issueOf(byField, 'ar.options.fitting.name')).toBeUndefined()
  })
})
