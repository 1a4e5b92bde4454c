import { describe, expect, it } from 'vitest'
import { parseImageCdnTemplate } from './image-cdn.ts'

describe('image CDN meta', () => {
  it('is no CDN when the meta is absent or empty', () => {
    expect(parseImageCdnTemplate(undefined)).toBeNull()
    expect(parseImageCdnTemplate('  ')).toBeNull()
  })

  it('takes the template the server wrote', () => {
    const template = 'https://shop.imgix.net/{path}?w={width}&fm={format}&q={quality}'
    expect(parseImageCdnTemplate(` ${template} `)).toBe(template)
  })
})
