import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { expect, test, waitForServiceWorker } from './fixtures.ts'

// Lighthouse no longer has a PWA category; Chromium's own installability check is the oracle
// (DESIGN §8). It reports "in-incognito" for Playwright's default contexts, so this test uses a
// persistent profile like a real browser window.
test('the shop is installable: manifest, icons and a controlling service worker pass Chromium’s check', async ({
  baseURL,
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium')
  const profile = await mkdtemp(join(tmpdir(), 'storefront-install-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: testInfo.project.use.launchOptions?.executablePath,
    args: testInfo.project.use.launchOptions?.args,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(baseURL ?? '/')
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})
