import { defineConfig } from '@playwright/test'
import { e2eAdmin, e2eDatabaseName, e2eDatabaseUrl, e2ePort, e2eServerLogPath } from './e2e/e2e-env.ts'

// The e2e server runs the production build against its own throwaway PostgreSQL database, so a
// test can change the catalog "on the server" with plain SQL while the browser is offline.
process.env.E2E_DATABASE_NAME ??= e2eDatabaseName()

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // CI retries a failed spec once (reported as flaky, not hidden): several specs race the app's
  // background sync and measure layout shifts, and a loaded CI machine can lose those races
  // (listed in the issue 14 note, to be made deterministic). Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download never runs here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The server's log goes to a file a spec can read (e.g. for CSP violation reports).
    command: `npm run build && tsx e2e/start-server.ts > '${e2eServerLogPath()}'`,
    url: `http://127.0.0.1:${e2ePort}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: e2eDatabaseUrl(),
      PORT: String(e2ePort),
      LOG_LEVEL: 'warn',
      // Each test sends its own X-Forwarded-For (e2e/fixtures.ts), like shoppers behind a proxy.
      TRUST_PROXY: 'true',
      ADMIN_EMAIL: e2eAdmin.email,
      ADMIN_PASSWORD: e2eAdmin.password,
    },
  },
})
