import { z } from 'zod'
import { defaultLocale, localeOfTag } from './locales.ts'

/**
 * A `locale` parameter: a BCP 47 language tag (`de`, `fr-CA`), read as the shop language it falls
 * back to (`fr-CA` → `fr`, a language the shop does not speak → the default). A value that is not a
 * language tag at all is refused, naming the parameter.
 */
export const localeTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/, 'must be a language tag such as de or fr-CA')
  .transform((tag) => localeOfTag(tag) ?? defaultLocale)

export const localeQuery = z.object({ locale: localeTag.optional() })
