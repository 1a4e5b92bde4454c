/** The markup type of the server's page templates (hono/html): escaped text, possibly still pending. */
import type { HtmlEscapedString } from 'hono/utils/html'

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/**
 * Attributes of a control only the app can run (add to cart, a wishlist toggle, sort, filters):
 * disabled until the app takes over, so a tap on the server's HTML is not silently lost — the
 * browser (and a test) waits for the app's enabled control instead. Styled as enabled (styles.css).
 */
export const untilApp = ' disabled data-until-app'
