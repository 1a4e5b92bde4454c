/**
 * Wire schemas of the admin's storefront editing (`/api/admin/storefront/*`): collections and the
 * home layout, validated at the route (problem+json naming the field).
 */
import { z } from 'zod'
import { slug } from '../catalog/product-schema.ts'
import type { Locale } from '../i18n/locales.ts'
import { collectionKinds } from './collection.ts'
import { hasCriteria } from './collection-rules.ts'
import { bannerTones, maxHomeProducts } from './home-blocks.ts'

const maxPrice = 2_000_000_000

/** The other languages' texts: each optional, blank falls back to English. */
const translations = (max: number) => ({
  de: z.string().trim().max(max).optional(),
  fr: z.string().trim().max(max).optional(),
  es: z.string().trim().max(max).optional(),
  ja: z.string().trim().max(max).optional(),
  ar: z.string().trim().max(max).optional(),
})

/** English required, the other languages optional. */
const localizedText = (max: number) =>
  z.object({ en: z.string().trim().min(1).max(max), ...translations(max) } satisfies LocalizedShape).strict()

/** Optional text: every language may be blank. */
const optionalLocalizedText = (max: number) =>
  z.object({ en: z.string().trim().max(max).default(''), ...translations(max) } satisfies LocalizedShape).strict()

type LocalizedShape = Record<Locale, z.ZodType<string | undefined>>

/** A link inside the shop: a path, never another origin (`//evil.example`). */
const shopPath = z
  .string()
  .trim()
  .max(300)
  .regex(/^\/(?!\/)[^\s\\]*$/, 'must be a path of this shop, starting with /')

const image = z
  .object({
    src: z
      .string()
      .trim()
      .max(500)
      .regex(/^(\/(?!\/)|https:\/\/)\S+$/, 'must be a path of this shop or an https URL'),
    alt: z.string().trim().max(200).default(''),
    width: z.number().int().min(1).max(10_000),
    height: z.number().int().min(1).max(10_000),
    placeholder: z.string().max(200).optional(),
  })
  .strict()

export const collectionRuleInput = z
  .object({
    tags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    brands: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    minPrice: z.number().int().min(0).max(maxPrice).nullable().default(null),
    maxPrice: z.number().int().min(0).max(maxPrice).nullable().default(null),
    onSale: z.boolean().default(false),
  })
  .strict()
  .refine((rule) => rule.minPrice === null || rule.maxPrice === null || rule.minPrice <= rule.maxPrice, {
    message: 'must not be below minPrice',
    path: ['maxPrice'],
  })

export const collectionInput = z
  .object({
    slug,
    title: localizedText(80),
    description: optionalLocalizedText(300).default({ en: '' }),
    image: image.nullable().default(null),
    kind: z.enum(collectionKinds),
    rule: collectionRuleInput.default({ tags: [], brands: [], minPrice: null, maxPrice: null, onSale: false }),
    /** A manual collection's products, by slug, in order. */
    productSlugs: z.array(slug).max(100).default([]),
    published: z.boolean().default(false),
  })
  .strict()
  .refine((input) => input.kind !== 'rule' || hasCriteria(input.rule), {
    message: 'a rule collection needs a tag, brand, price bound or on sale',
    path: ['rule'],
  })
  .refine((input) => input.kind !== 'manual' || input.productSlugs.length > 0, {
    message: 'a manual collection needs at least one product',
    path: ['productSlugs'],
  })
export type CollectionInput = z.infer<typeof collectionInput>

export const collectionIdParam = z.object({ id: z.uuid() }).strict()

const productRowLimit = z.number().int().min(1).max(maxHomeProducts)

export const homeBlockInput = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('hero'),
      title: localizedText(120),
      text: optionalLocalizedText(300).default({ en: '' }),
      image: image.nullable().default(null),
      ctaLabel: localizedText(40),
      ctaHref: shopPath,
    })
    .strict(),
  z
    .object({
      type: z.literal('banner'),
      text: localizedText(200),
      href: shopPath.nullable().default(null),
      tone: z.enum(bannerTones).default('info'),
    })
    .strict(),
  z.object({ type: z.literal('featured_collections'), slugs: z.array(slug).min(1).max(12) }).strict(),
  z.object({ type: z.literal('categories') }).strict(),
  z.object({ type: z.literal('featured_products'), limit: productRowLimit }).strict(),
  z.object({ type: z.literal('new_arrivals'), limit: productRowLimit }).strict(),
  z.object({ type: z.literal('best_sellers'), limit: productRowLimit }).strict(),
])

export const homeLayoutInput = z.object({ blocks: z.array(homeBlockInput).max(20) }).strict()
export type HomeLayoutInput = z.infer<typeof homeLayoutInput>

/** A collection as the admin edits it: every collection, published or not, manual products by slug. */
export type AdminCollection = Omit<CollectionInput, never> & {
  readonly id: string
  readonly position: number
  readonly updatedAt: string
}
