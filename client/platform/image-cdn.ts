/**
 * The image CDN template (IMAGE_CDN_URL) of this shop, which the server writes into every HTML
 * document as `<meta name="image-cdn" content="…">`. Read once: it cannot change without a new
 * document, and every product image asks for it. Not validated again here: the server refuses a bad
 * template at boot, and the check would only add bytes to every first visit.
 */
import { imageCdnMetaName } from '../../shared/catalog/product-image-sources.ts'

let template: string | null | undefined

/** The template, or null when the shop serves its images itself (no meta, or an empty one). */
export function imageCdnTemplate(): string | null {
  if (template === undefined) {
    const meta = document.querySelector<HTMLMetaElement>(`meta[name="${imageCdnMetaName}"]`)
    template = parseImageCdnTemplate(meta?.content)
  }
  return template
}

/** The meta's content as a template; null when absent or empty. */
export function parseImageCdnTemplate(content: string | null | undefined): string | null {
  const value = content?.trim() ?? ''
  return value === '' ? null : value
}
