import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { generateDemoCatalog, slugify } from '../catalog/demo-catalog.ts'
import { demoCategories } from '../catalog/demo-catalog-lexicon.ts'
import type { Ink } from './art-shape.ts'
import { type ArtSubject, buildProductArtSvg, productArtParams, productShapes } from './product-art.ts'

const catalog = generateDemoCatalog()
const categorySlugs = new Map(catalog.categories.map((c) => [c.id, c.slug]))
const subjects: ArtSubject[] = catalog.products.map((p) => ({
  slug: p.slug,
  imageNumber: 1,
  name: p.name,
  tags: p.tags,
  categorySlug: categorySlugs.get(p.categoryId)!,
}))
const fixedInk: Ink = { body: '#123456', accent: '#abcdef', v: [0.25, 0.5, 0.75, 0.1], random: () => 0.5 }

describe('product art', () => {
  it('is the same SVG every time for the same product and image', () => {
    expect(buildProductArtSvg(subjects[0]!)).toBe(buildProductArtSvg({ ...subjects[0]! }))
  })

  it('draws every demo product differently', () => {
    const svgs = new Set(subjects.map(buildProductArtSvg))
    expect(svgs.size).toBe(subjects.length)
  })

  it('gives products of one type different colours or details, not only a different background', () => {
    const looks = new Set(
      subjects.map((subject) => {
        const { type, ink } = productArtParams(subject)
        return `${type} ${ink.body} ${ink.accent} ${ink.v.map((v) => v.toFixed(2)).join(' ')}`
      }),
    )
    expect(looks.size).toBe(subjects.length)
  })

  it('frames the images of one product differently but keeps its colours', () => {
    const [one, two, three] = [1, 2, 3].map((imageNumber) => productArtParams({ ...subjects[0]!, imageNumber }))
    expect(new Set([one!.scale, two!.scale, three!.scale]).size).toBe(3)
    expect(two!.ink.body).toBe(one!.ink.body)
    expect(three!.ink.accent).toBe(one!.ink.accent)
  })

  it('draws an image of a colour in that colour, whatever the shape would pick, and keeps the details', () => {
    const boots = subjects.find((s) => s.name.endsWith('Hiking Boots'))!
    const plain = productArtParams(boots)
    const olive = productArtParams({ ...boots, colour: '#6a6d3b' })
    expect(olive.ink.body).toBe('#6a6d3b')
    expect(olive.ink.v).toEqual(plain.ink.v)
    expect(buildProductArtSvg({ ...boots, colour: '#6a6d3b' })).toContain('fill="#6a6d3b"')
    expect(buildProductArtSvg({ ...boots, colour: '#6a6d3b' })).not.toBe(buildProductArtSvg(boots))
  })

  it('draws each type of the demo lexicon with a shape of its own', () => {
    const nouns = demoCategories.flatMap((category) => category.lines.map((line) => slugify(line.noun)))
    for (const noun of nouns) expect(Object.keys(productShapes), noun).toContain(noun)
    const drawings = nouns.map((noun) => productShapes[noun as keyof typeof productShapes].draw(fixedInk))
    expect(new Set(drawings).size).toBe(nouns.length)
  })

  it('shows a soundbar as a soundbar, even in the headphones category', () => {
    const soundbar = subjects.find((s) => s.name.endsWith('Soundbar'))!
    expect(soundbar.categorySlug).toBe('headphones-audio')
    expect(productArtParams(soundbar).type).toBe('soundbar')
  })

  it('renders every shape as a valid SVG', async () => {
    for (const type of Object.keys(productShapes)) {
      const svg = buildProductArtSvg({
        slug: `sample-${type}`,
        imageNumber: 1,
        name: type,
        tags: [type],
        categorySlug: '',
      })
      const meta = await sharp(Buffer.from(svg))
        .resize(32, 32)
        .png()
        .toBuffer()
        .then((png) => sharp(png).metadata())
      expect(meta.width, type).toBe(32)
    }
  })
})
