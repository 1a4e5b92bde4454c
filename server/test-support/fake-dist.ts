/** A dist/ shaped like the build's, small enough to write per test: pages render into its index.html. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { testConfig } from './test-app.ts'

/** The markers server/pages/page-document.ts renders into, as Vite writes them from client/index.html. */
export const fakeIndexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The shell's description." />
    <title>Storefront</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <noscript><p class="noscript">Storefront needs JavaScript.</p></noscript>
    <div id="root"></div>
  </body>
</html>
`

export function writeFakeDist(): string {
  const dist = join(testConfig().dataDir, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), fakeIndexHtml)
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Storefront"}')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
  return dist
}
