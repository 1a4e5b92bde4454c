import solid from 'vite-plugin-solid'
import { defineConfig } from 'vitest/config'

// Two projects. `unit`: shared, server and client logic in Node (data-layer tests bring their own
// IndexedDB, fake-indexeddb). `dom`: Solid components rendered into happy-dom with
// @solidjs/testing-library (`*.dom.test.tsx`); it compiles JSX with the app's Solid plugin and needs
// no database. Whole pages and the service worker stay Playwright's (e2e/).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry WASM; two workers keep a 2-core CI machine responsive.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
          environment: 'node',
          // Builds the migrated (and seeded) PGlite images once per run; each db suite loads its own copy.
          globalSetup: ['server/test-support/test-database-setup.ts'],
        },
      },
      {
        extends: true,
        // No hot reload in tests; the DOM build of Solid, as in the browser.
        plugins: [solid({ hot: false })],
        test: {
          name: 'dom',
          include: ['client/**/*.dom.test.tsx'],
          environment: 'happy-dom',
        },
      },
    ],
  },
})
