/**
 * The editor's working copy of one row's translations: one flat text per field key (`name`,
 * `description`, `options.size.name`, `options.size.values.42`), per language. Flat keys are also
 * the tails of the server's field paths (`json.translations.fr.options.size.name`), so an error lands
 * on its input.
 */
import type { ProductTranslation, TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { translationLimits } from '../../shared/catalog/translation-gaps.ts'
import type { FieldIssue } from '../../shared/errors.ts'

export type FlatTranslation = Readonly<Record<string, string>>

/** A text to translate: its key, its English source and the longest translation the server takes. */
export type SourceField = {
  readonly key: string
  readonly source: string
  readonly max: number
  readonly multiline: boolean
}

export type SourceGroup = {
  /** The option's English name, as the group's heading; undefined for the row's own texts. */
  readonly option?: string
  readonly fields: readonly SourceField[]
}

export type TranslationSource = {
  readonly name: string
  readonly description: string
  readonly options?: readonly {
    readonly code: string
    readonly name: string
    readonly values: readonly { readonly code: string; readonly label: string }[]
  }[]
}

/** The fields to translate, grouped: the row's name and description, then each option's name and values. */
export function sourceGroups(source: TranslationSource): SourceGroup[] {
  const own: SourceField[] = [
    { key: 'name', source: source.name, max: translationLimits.name, multiline: false },
    { key: 'description', source: source.description, max: translationLimits.description, multiline: true },
  ]
  return [
    { fields: own },
    ...(source.options ?? []).map((option) => ({
      option: option.name,
      fields: [
        {
          key: `options.${option.code}.name`,
          source: option.name,
          max: translationLimits.optionName,
          multiline: false,
        },
        ...option.values.map((value) => ({
          key: `options.${option.code}.values.${value.code}`,
          source: value.label,
          max: translationLimits.optionValue,
          multiline: false,
        })),
      ],
    })),
  ]
}

export function flatten(translation: ProductTranslation | undefined): FlatTranslation {
  const flat: Record<string, string> = {}
  if (translation?.name) flat.name = translation.name
  if (translation?.description) flat.description = translation.description
  for (const [code, option] of Object.entries(translation?.options ?? {})) {
    if (option.name) flat[`options.${code}.name`] = option.name
    for (const [value, label] of Object.entries(option.values ?? {})) flat[`options.${code}.values.${value}`] = label
  }
  return flat
}

/**
 * The wire shape of a flat translation, every field of `groups` included (a blank one tells the
 * server to drop it). Option codes and value codes never hold a dot (lowercase words and dashes).
 */
export function unflatten(flat: FlatTranslation, groups: readonly SourceGroup[]): ProductTranslation {
  const options: Record<string, { name?: string; values?: Record<string, string> }> = {}
  let name = ''
  let description = ''
  for (const field of groups.flatMap((group) => group.fields)) {
    const text = flat[field.key] ?? ''
    const [head, code = '', kind, value = ''] = field.key.split('.')
    if (head === 'name') name = text
    else if (head === 'description') description = text
    else {
      const option = options[code] ?? {}
      options[code] = option
      if (kind === 'name') option.name = text
      else option.values = { ...option.values, [value]: text }
    }
  }
  return Object.keys(options).length > 0 ? { name, description, options } : { name, description }
}

/** The server's issues on translated texts, by `<locale>.<field key>` (other issues have no field here). */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string> {
  const byField = new Map<string, string>()
  for (const issue of issues) {
    if (!issue.path.startsWith('json.translations.')) continue
    const key = issue.path.slice('json.translations.'.length)
    if (!byField.has(key)) byField.set(key, issue.message)
  }
  return byField
}

/**
 * The issue on a field: its own, or one on what holds it (a whole option the product no longer has,
 * `fr.options.colour`, marks each of that option's fields).
 */
export function issueOf(byField: ReadonlyMap<string, string>, fieldKey: string): string | undefined {
  const own = byField.get(fieldKey)
  if (own !== undefined) return own
  for (const [key, message] of byField) if (fieldKey.startsWith(`${key}.`)) return message
  return undefined
}

export function fieldKeyOf(locale: TranslatedLocale, key: string): string {
  return `${locale}.${key}`
}
