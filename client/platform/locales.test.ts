import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import adminDe from '../../locales/admin-de.json'
import adminEn from '../../locales/admin-en.json'
import de from '../../locales/de.json'
import en from '../../locales/en.json'

type Catalog = Readonly<Record<string, string>>

// The admin area's `t` picks the admin catalog by the `admin.` prefix (client/admin/admin-i18n.tsx).
const catalogs: readonly { name: string; en: Catalog; de: Catalog; owns: (id: string) => boolean }[] = [
  { name: 'shop', en, de, owns: (id) => !id.startsWith('admin.') },
  { name: 'admin', en: adminEn, de: adminDe, owns: (id) => id.startsWith('admin.') },
]

describe.each(catalogs)('the $name catalogs', (catalog) => {
  it('have the same ids in English and German', () => {
    expect(Object.keys(catalog.de).sort()).toEqual(Object.keys(catalog.en).sort())
  })

  it('hold only their own ids', () => {
    expect(Object.keys(catalog.en).filter((id) => !catalog.owns(id))).toEqual([])
  })

  it('have valid ICU messages with the same arguments in both languages', () => {
    for (const [id, text] of Object.entries(catalog.en)) {
      const german = catalog.de[id] ?? ''
      expect(argumentsOf(parse(german)), id).toEqual(argumentsOf(parse(text)))
    }
  })
})

function argumentsOf(elements: readonly MessageFormatElement[], found = new Set<string>()): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    found.add(element.value)
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found)
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found)
  }
  return [...found].sort()
}
