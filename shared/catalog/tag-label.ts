/**
 * A product tag as shoppers read it: `home-cinema` → "Home cinema". Tags are stored as lower-case
 * slugs (search and related products match on them); only their display changes. The first letter is
 * capitalised by the page language's rules (`toLocaleUpperCase`), the rest is left as written.
 */
export function tagLabel(tag: string, locale: string): string {
  const words = tag.trim().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ')
  const [first = '', ...rest] = [...words]
  return first.toLocaleUpperCase(locale) + rest.join('')
}
