/**
 * The header's category bar offers every category at every width: all in view on a desktop, and on
 * a phone within one horizontal scroll of the bar (issue 14).
 */
import { expect, syncStatus, test } from './fixtures.ts'

const widths = [
  { name: 'a 1440 px desktop', width: 1440, height: 900, scrolls: false },
  { name: 'a 360 px phone', width: 360, height: 740, scrolls: true },
]

for (const viewport of widths) {
  test(`every category can be reached from the header on ${viewport.name}`, async ({ page, sql }) => {
    const categories = await sql<{ name: string }[]>`
      select name from categories where deleted_at is null order by position`
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    await page.goto('/')
    // The app has taken over from the server's HTML: the links are the ones that stay.
    await expect(syncStatus(page)).toBeVisible()
    const bar = page.getByRole('navigation', { name: 'Categories' })
    await expect(bar.getByRole('link')).toHaveCount(categories.length)
    for (const { name } of categories) {
      const link = bar.getByRole('link', { name, exact: true })
      if (viewport.scrolls) await link.scrollIntoViewIfNeeded()
      await expect(link).toBeInViewport({ ratio: 1 })
    }
    // The page itself never scrolls sideways: only the bar does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
  })
}
