import { and, eq, isNull, sql } from 'drizzle-orm'
import type { ProductOption } from '../../shared/catalog/product.ts'
import { colourOptionCode } from '../../shared/catalog/variant.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** What one image of a product is drawn from (its type comes from name and tags); null for no such image. */
export type ProductArtFacts = {
  readonly name: string
  readonly tags: readonly string[]
  readonly categorySlug: string
  /** The swatch of the colour the image shows, for a product that comes in colours. */
  readonly colour: string | undefined
}

/** Views every product has art for, whatever its images list says (one added by hand may list none). */
const sharedViews = 3
const swatchPattern = /^#[0-9a-f]{6}$/i

/**
 * The facts of image `imageNumber` (1-based) of a live product, or null when it has no such image.
 * Its colour: the colour of a variant whose `imageIndexes` name the image, else the product's first
 * colour (the shared views show its main colour), else none. One indexed query per request, as
 * before colours: the disk cache's key holds the colour, so an edited colour is drawn anew.
 */
export async function findLiveProductArtFacts(
  db: Db,
  productSlug: string,
  imageNumber: number,
): Promise<ProductArtFacts | null> {
  const [row] = await db
    .select({
      name: products.name,
      tags: products.tags,
      categorySlug: categories.slug,
      options: products.options,
      imageCount: sql<number>`jsonb_array_length(${products.images})`,
      shownColour: sql<string | null>`(
        select ${productVariants.optionValues} ->> ${colourOptionCode} from ${productVariants}
        where ${productVariants.productId} = ${products.id} and ${imageNumber - 1} = any(${productVariants.imageIndexes})
        order by ${productVariants.position} limit 1)`,
    })
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .where(and(eq(products.slug, productSlug), isNull(products.deletedAt)))
  if (!row || imageNumber > Math.max(sharedViews, Number(row.imageCount))) return null
  return {
    name: row.name,
    tags: row.tags,
    categorySlug: row.categorySlug,
    colour: swatchOf(row.options, row.shownColour),
  }
}

/** The swatch of colour `code` (or of the first colour); only a well-formed one, as it goes into SVG. */
function swatchOf(options: readonly ProductOption[], code: string | null): string | undefined {
  const colours = options.find((option) => option.code === colourOptionCode)?.values ?? []
  const swatch = (code === null ? colours[0] : colours.find((value) => value.code === code))?.swatch
  return swatch && swatchPattern.test(swatch) ? swatch : undefined
}
