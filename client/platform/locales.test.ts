import { readFileSync } from 'node:fs'
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { defaultLocale, locales } from '../../shared/i18n/locales.ts'

type Catalog = Readonly<Record<string, string>>

function readCatalog(file: string): Catalog {
  return JSON.parse(readFileSync(new URL(`../../locales/${file}.json`, import.meta.url), 'utf8')) as Catalog
}

// The admin area's `t` picks the admin catalog by the `admin.` prefix (client/admin/admin-i18n.tsx).
const kinds = [
  { name: 'shop', file: (locale: string) => locale, owns: (id: string) => !id.startsWith('admin.') },
  { name: 'admin', file: (locale: string) => `admin-${locale}`, owns: (id: string) => id.startsWith('admin.') },
] as const

const translated = locales.filter((locale) => locale !== defaultLocale)

describe.each(kinds)('the $name catalogs', (kind) => {
  const reference = readCatalog(kind.file(defaultLocale))

  it('hold only their own ids', () => {
    expect(Object.keys(reference).filter((id) => !kind.owns(id))).toEqual([])
  })

  it.each(translated)('%s has exactly the ids of the default locale', (locale) => {
    expect(Object.keys(readCatalog(kind.file(locale))).sort()).toEqual(Object.keys(reference).sort())
  })

  it.each(locales)('%s has valid ICU messages, each plural and select with an `other` case', (locale) => {
    for (const [id, text] of Object.entries(readCatalog(kind.file(locale)))) {
      expect(() => assertOtherCases(parse(text)), `${locale} ${id}`).not.toThrow()
    }
  })

  it.each(translated)('%s uses the same arguments as the default locale in every message', (locale) => {
    const catalog = readCatalog(kind.file(locale))
    for (const [id, text] of Object.entries(reference)) {
      expect(argumentsOf(parse(catalog[id] ?? '')), `${locale} ${id}`).toEqual(argumentsOf(parse(text)))
    }
  })
})

function assertOtherCases(elements: readonly MessageFormatElement[]): void {
  for (const element of elements) {
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      if (!('other' in element.options)) throw new Error(`{${element.value}} has no other case`)
      for (const option of Object.values(element.options)) assertOtherCases(option.value)
    }
    if (element.type === TYPE.tag) assertOtherCases(element.children)
  }
}

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
