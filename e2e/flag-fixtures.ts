/** Fixtures for the demo's free-shipping experiment (server/flags/demo-flags.ts). */
import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { demoFreeShippingFlag } from '../server/flags/demo-flags.ts'
import { evaluateFlag } from '../shared/experiments/flags.ts'

/** An anonymous id the demo's free-shipping experiment puts in `variant`, by the shared evaluator. */
export function anonymousIdIn(variant: string): string {
  for (;;) {
    const id = randomUUID()
    const evaluation = evaluateFlag(
      demoFreeShippingFlag,
      { anonymousId: id, market: 'us', locale: 'en', signedIn: false, deviceType: 'desktop' },
      new Date(),
    )
    if (evaluation.source === 'experiment' && evaluation.exposure.variationKey === variant) return id
  }
}

/** Gives this device `id` as its anonymous id (client/local-data/anonymous-id.ts) before the app reads it again. */
export async function setAnonymousId(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite')
          tx.objectStore('meta').put({ key: 'anonymousId', value })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    id,
  )
}
