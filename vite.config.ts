import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib'
import { parse } from '@formatjs/icu-messageformat-parser'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa'
import solid from 'vite-plugin-solid'
import { defaultRelease } from './server/observability/release.ts'
import { localeManifestPath } from './shared/i18n/locale-path.ts'
import { localeDirection, locales } from './shared/i18n/locales.ts'

const apiOrigin = 'http://127.0.0.1:3001'
const outDir = fileURLToPath(new URL('./dist/', import.meta.url))

/**
 * Dev proxy to the API. It streams (no buffering, no compression), so the SSE endpoint works; the
 * long timeouts keep an idle event stream from being cut between heartbeats.
 */
const apiProxy: ProxyOptions = { target: apiOrigin, changeOrigin: false, timeout: 0, proxyTimeout: 0 }

/**
 * Compiles locales/*.json messages to ICU ASTs at build time, so the browser bundle can drop the ICU
 * parser (~8 kB gzip; see the alias below). A malformed message fails the build instead of a page.
 */
function precompileMessages(): Plugin {
  return {
    name: 'storefront:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]locales[\\/][a-z-]+\.json$/.test(id)) return null
      const messages = JSON.parse(code) as Record<string, string>
      const compiled = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]))
      // Still JSON: Vite's JSON plugin turns it into a module after this transform.
      return { code: JSON.stringify(compiled), map: null }
    },
  }
}

/** The web app manifest of the language-neutral address; each language has its own (`localeManifests`). */
const webManifest = {
  name: 'Storefront',
  short_name: 'Storefront',
  description: 'An online shop that keeps working offline.',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#1d4ed8',
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>

/**
 * `manifest.<locale>.webmanifest` per language (decision 0027): its name, description, `lang`, `dir`
 * and start URL from that language's catalog. The id stays `/`: installing in any language installs
 * the one shop. Pages link their language's (server/pages/page-document.ts, client/platform/i18n.tsx).
 */
function localeManifests(): Plugin {
  return {
    name: 'storefront:locale-manifests',
    apply: 'build',
    async generateBundle() {
      for (const locale of locales) {
        const catalog = JSON.parse(await readFile(`locales/${locale}.json`, 'utf8')) as Record<string, string>
        const name = catalog['app.name'] ?? webManifest.name
        const manifest = {
          ...webManifest,
          name,
          short_name: name,
          description: catalog['app.description'] ?? webManifest.description,
          lang: locale,
          dir: localeDirection(locale),
          start_url: `/${locale}`,
        }
        this.emitFile({
          type: 'asset',
          fileName: localeManifestPath(locale).slice(1),
          source: JSON.stringify(manifest),
        })
      }
    },
  }
}

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside every text file of the
 * build from 1 kB up, after the service worker is built (closeBundle, post), so the server sends
 * the smallest form without compressing per request (server/platform/static-files.ts). A
 * compressed form no smaller than the file is not written. The precache globs match neither suffix.
 */
function precompressBuild(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/
  const brotli = promisify(brotliCompress)
  const gzipAsync = promisify(gzip)
  const writeIfSmaller = async (path: string, original: Buffer, compressed: Buffer) => {
    if (compressed.byteLength < original.byteLength) await writeFile(path, compressed)
  }
  return {
    name: 'storefront:precompress-build',
    apply: 'build',
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
        const paths = entries
          .filter((entry) => entry.isFile() && compressible.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name))
        await Promise.all(
          paths.map(async (path) => {
            const original = await readFile(path)
            if (original.byteLength < 1024) return
            const [br, gz] = await Promise.all([
              brotli(original, {
                params: {
                  [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
                  [zlibConstants.BROTLI_PARAM_SIZE_HINT]: original.byteLength,
                },
              }),
              gzipAsync(original, { level: 9 }),
            ])
            await Promise.all([writeIfSmaller(`${path}.br`, original, br), writeIfSmaller(`${path}.gz`, original, gz)])
          }),
        )
      },
    },
  }
}

export default defineConfig({
  // The release error reports name (client/observability/sentry-browser.ts), the same as the server's.
  define: { __APP_RELEASE__: JSON.stringify(process.env.SENTRY_RELEASE || defaultRelease()) },
  root: fileURLToPath(new URL('./client/', import.meta.url)),
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // One chunk for the libraries every page needs: left alone, Rolldown splits them across
        // several small shared chunks once lazy pages share modules, and each costs a request.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](solid-js|@solidjs|dexie|@formatjs|intl-messageformat|tslib)/ },
            // The sign-up form's strength hint, loaded on the first keystroke; named so it is not precached.
            { name: 'password-strength', test: /node_modules[\\/]@zxcvbn-ts[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
    proxy: { '/api': apiProxy, '/media': apiProxy },
  },
  preview: { port: 3000, strictPort: true },
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  plugins: [
    precompileMessages(),
    localeManifests(),
    solid(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '../sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: webManifest,
      injectManifest: {
        // The app shell only: product media is cached at runtime, and nothing large is precached
        // (a precached file over the limit fails the build, DESIGN §8). Admin chunks (client/admin/,
        // named `admin-*`) are loaded online by admins only, so shoppers never download them.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // The password-strength dictionaries (~450 kB) load only when someone types a new password.
        globIgnores: ['**/media/**', '**/assets/admin-*', '**/assets/password-strength-*'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
    precompressBuild(),
  ],
})
