import { defineConfig } from 'vitest/config'

// Unit, server and data-layer tests. The browser app is covered by Playwright (e2e/), so this
// config deliberately loads no Vite app plugins (Solid, PWA).
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry WASM; two workers keep a 2-core CI machine responsive.
    maxWorkers: 2,
    // Builds the migrated (and seeded) PGlite images once per run; each db suite loads its own copy.
    globalSetup: ['server/test-support/test-database-setup.ts'],
  },
})
