/** A product with sizes and colours, made with SQL on the e2e server's database. */
import type postgres from 'postgres'

type Sql = ReturnType<typeof postgres>

/**
 * A shoe in sizes 40–43 and black or red, made on the server with SQL: 42 comes in black only (on
 * sale), 43 is sold out, and 41 in black too. Black shows the first and third photos, red the second.
 */
export async function createShoe(sql: Sql) {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const [source] = await sql<{ category_id: string; images: { src: string }[] }[]>`
    select category_id, images from products
    where deleted_at is null and jsonb_array_length(images) >= 3 order by slug limit 1`
  if (!source) throw new Error('no seeded product with three images')
  const options = [
    { code: 'size', name: 'Size', values: ['40', '41', '42', '43'].map((size) => ({ code: size, label: size })) },
    {
      code: 'colour',
      name: 'Colour',
      values: [
        { code: 'black', label: 'Black', swatch: '#111111' },
        { code: 'red', label: 'Red', swatch: '#b91c1c' },
      ],
    },
  ]
  const [product] = await sql<{ id: string; slug: string; name: string }[]>`
    insert into products (id, slug, name, description, brand, category_id, price, currency, stock, images, options)
    values (gen_random_uuid(), ${`variant-shoe-${run}`}, ${`Variant Shoe ${run}`}, 'A shoe with sizes and colours.',
            'Strider', ${source.category_id}, 0, 'USD', 0, ${sql.json(source.images)}, ${sql.json(options)})
    returning id, slug, name`
  if (!product) throw new Error('product not created')
  const rows: [string, string, number, number, number | null, number[]][] = [
    ['40', 'black', 9900, 8, null, [0, 2]],
    ['40', 'red', 9900, 3, null, [1]],
    ['41', 'black', 9900, 0, null, [0, 2]],
    ['41', 'red', 9900, 4, null, [1]],
    ['42', 'black', 11900, 2, 14900, [0, 2]],
    ['43', 'black', 9900, 0, null, [0, 2]],
  ]
  const variants: Record<string, string> = {}
  for (const [position, [size, colour, price, stock, compareAt, images]] of rows.entries()) {
    const [variant] = await sql<{ id: string }[]>`
      insert into product_variants (id, product_id, sku, option_values, price, compare_at_price, stock, image_indexes, position)
      values (gen_random_uuid(), ${product.id}, ${`SHOE-${run}-${size}-${colour}`.toUpperCase()},
              ${sql.json({ size, colour })}, ${price}, ${compareAt}, ${stock}, ${images}, ${position})
      returning id`
    if (!variant) throw new Error('variant not created')
    variants[`${size}-${colour}`] = variant.id
  }
  const imageName = (index: number) => (source.images[index]?.src ?? '').replace(/\.[a-z]+$/, '')
  return { ...product, variants, imageName }
}
