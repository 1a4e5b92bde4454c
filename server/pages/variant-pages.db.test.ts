/**
 * Issue 13: the server's first view of a product with options shows the picker, price, stock and
 * images of the variant its URL names (or the default one), and its JSON-LD lists every variant.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { rowsOf } from '../platform/migrate.ts'
import { writeFakeDist } from '../test-support/fake-dist.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

type Variants = Record<string, string>

describe.each(await databaseTargets())('server-rendered variant pages on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return

  /** Sizes 40 and 42 in black, 40 in red; 42 black on sale and low; red sold out. */
  const createShoe = async (): Promise<{ slug: string; variants: Variants }> => {
    const db = database().db
    const [source] = rowsOf(
      await db.execute(sql`select category_id, images from products where deleted_at is null order by slug limit 1`),
    ) as { category_id: string; images: unknown }[]
    if (!source) throw new Error('no seeded product')
    const id = randomUUID()
    const slug = `variant-shoe-${id.slice(0, 8)}`
    const options = [
      {
        code: 'size',
        name: 'Size',
        values: [
          { code: '40', label: '40' },
          { code: '42', label: '42' },
        ],
      },
      {
        code: 'colour',
        name: 'Colour',
        values: [
          { code: 'black', label: 'Black', swatch: '#111111' },
          { code: 'red', label: 'Red', swatch: '#b91c1c' },
        ],
      },
    ]
    await db.execute(sql`
      insert into products (id, slug, name, description, brand, category_id, price, currency, stock, images, options)
      values (${id}, ${slug}, 'Variant Shoe', 'Sizes and colours.', 'Strider', ${source.category_id}, 0, 'USD', 0,
              ${JSON.stringify(source.images)}::jsonb, ${JSON.stringify(options)}::jsonb)`)
    const rows = [
      ['40', 'black', 9_900, null, 8, [0]],
      ['42', 'black', 11_900, 14_900, 2, [2, 0]],
      ['40', 'red', 9_900, null, 0, [1]],
    ] as const
    const variants: Variants = {}
    for (const [position, [size, colour, price, compareAt, stock, images]] of rows.entries()) {
      const variantId = randomUUID()
      variants[`${size}-${colour}`] = variantId
      await db.execute(sql`
        insert into product_variants (id, product_id, sku, option_values, price, compare_at_price, stock, image_indexes, position)
        values (${variantId}, ${id}, ${`${slug}-${size}-${colour}`.toUpperCase()},
                ${JSON.stringify({ size, colour })}::jsonb, ${price}, ${compareAt}, ${stock},
                ${sql.raw(`'{${images.join(',')}}'::integer[]`)}, ${position})`)
    }
    return { slug, variants }
  }

  const app = () => createTestApp(database().db, testConfig({ DIST_DIR: writeFakeDist() }))
  const checked = (html: string, option: string) =>
    new RegExp(`name="variant-[^"]+-${option}" value="([^"]+)" checked`).exec(html)?.[1]

  it('opens on the default variant, with its picker, price and stock line', async () => {
    const shoe = await createShoe()
    const html = await (await app().request(`/p/${shoe.slug}`)).text()
    expect(checked(html, 'size')).toBe('40')
    expect(checked(html, 'colour')).toBe('black')
    expect(html).toContain('<legend class="variant-picker__legend">Size</legend>')
    expect(html).toContain('<span class="price__amount">$99.00</span>')
    expect(html).toContain('<span class="stock stock--in">In stock</span>')
    // Red in 40 is sold out: choosable but described; the radios wait for the app.
    expect(html).toMatch(/value="red" disabled data-until-app aria-describedby="[^"]+">/)
    expect(html).toContain('class="visually-hidden">Sold out</span>')
    expect(html).toContain('<rect width="1" height="1" fill="#b91c1c"></rect>')
    expect(html).not.toMatch(/ style="/)
  })

  it('opens on the variant in ?variant=, with its sale price, stock and main image first', async () => {
    const shoe = await createShoe()
    const html = await (await app().request(`/p/${shoe.slug}?variant=${shoe.variants['42-black']}`)).text()
    expect(checked(html, 'size')).toBe('42')
    expect(html).toContain(
      '<span class="price__amount">$119.00</span><s class="price__was"><span class="visually-hidden">Original price </span>$149.00</s>',
    )
    expect(html).toContain('<span class="stock stock--low">Only 2 left in 42 · Black</span>')
    // Red does not come in 42: disabled for good, not only until the app takes over.
    expect(html).toMatch(/value="red" disabled aria-describedby="[^"]+">/)
    // Two images (the variant's), the third of the product's first.
    expect(html.match(/class="gallery__thumb"/g)).toHaveLength(2)
    expect(html).toMatch(/<link rel="preload" as="image"[^>]*-3\.[a-z]+\?w=/)
  })

  it('answers an id of no variant of this product with the default variant', async () => {
    const shoe = await createShoe()
    for (const variant of [randomUUID(), 'not-a-uuid']) {
      const response = await app().request(`/p/${shoe.slug}?variant=${variant}`)
      expect(response.status).toBe(200)
      expect(checked(await response.text(), 'size')).toBe('40')
    }
  })

  it('describes a product with options as a ProductGroup with one Offer per variant', async () => {
    const shoe = await createShoe()
    const html = await (await app().request(`/p/${shoe.slug}`)).text()
    const group = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>)
      .find((data) => data['@type'] === 'ProductGroup') as {
      variesBy: string[]
      hasVariant: { sku: string; size: string; color: string; offers: Record<string, string> }[]
    }
    expect(group.variesBy).toEqual(['https://schema.org/size', 'https://schema.org/color'])
    expect(group.hasVariant.map((variant) => [variant.size, variant.color, variant.offers.price])).toEqual([
      ['40', 'Black', '99.00'],
      ['42', 'Black', '119.00'],
      ['40', 'Red', '99.00'],
    ])
    const red = group.hasVariant.find((variant) => variant.color === 'Red')
    expect(red?.offers.availability).toBe('https://schema.org/OutOfStock')
    expect(red?.offers.url).toMatch(new RegExp(`/p/${shoe.slug}\\?variant=${shoe.variants['40-red']}$`))
  })
})
