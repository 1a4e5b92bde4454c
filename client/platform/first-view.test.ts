import { describe, expect, it } from 'vitest'
import { chooseFirstView } from './first-view.ts'

describe('chooseFirstView', () => {
  it.each([
    ['the server’s while the catalog syncs, even when the device has the row', 'local', 'server', false, 'server'],
    ['the device’s once the catalog is complete and the query answered', 'local', 'server', true, 'local'],
    ['the server’s when the catalog is complete but the query has not re-run yet', undefined, 'server', true, 'server'],
    ['the device’s while syncing when the island is another page’s', 'local', undefined, false, 'local'],
    ['nothing when neither has it (the page shows its loading state)', undefined, undefined, false, undefined],
  ] as const)('shows %s', (_, local, server, catalogComplete, expected) => {
    expect(chooseFirstView({ local, server, catalogComplete })).toBe(expected)
  })
})
