/** The markup type of the server's page templates (hono/html): escaped text, possibly still pending. */
import type { HtmlEscapedString } from 'hono/utils/html'

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>
