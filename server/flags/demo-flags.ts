/**
 * The demo's flag (issue 17): the cart drawer's free-shipping nudge as a running 50/50 experiment,
 * so the demo shows an experiment end to end (client/cart/free-shipping-progress.tsx). Added once:
 * a flag the admin changed or deleted (it has audit rows) is never put back.
 */
import { eq } from 'drizzle-orm'
import type { FlagDefinition } from '../../shared/experiments/flags.ts'
import { featureFlags, flagAudit } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export const demoFreeShippingFlag: FlagDefinition<boolean> = {
  key: 'free-shipping-progress',
  defaultValue: false,
  rules: [
    {
      kind: 'experiment',
      when: [],
      experiment: {
        key: 'free-shipping-progress',
        seed: 'free-shipping-progress-1',
        variations: [
          { key: 'control', value: false, weight: 0.5 },
          { key: 'progress', value: true, weight: 0.5 },
        ],
        coverage: 1,
        hashOn: 'anonymousId',
        status: 'running',
      },
    },
  ],
}

export async function addDemoFlags(tx: Db): Promise<void> {
  const key = demoFreeShippingFlag.key
  const audited = await tx.select({ key: flagAudit.flagKey }).from(flagAudit).where(eq(flagAudit.flagKey, key)).limit(1)
  if (audited.length > 0) return
  await tx.insert(featureFlags).values({ key, definition: demoFreeShippingFlag }).onConflictDoNothing()
}
