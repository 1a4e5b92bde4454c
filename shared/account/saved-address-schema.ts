/** Wire schemas of the address book, `/api/auth/me/addresses`: the address is checkout's own schema. */
import { z } from 'zod'
import { shippingAddressSchema } from '../checkout/checkout-schema.ts'
import { defaultKinds } from './saved-address.ts'

/**
 * `POST` and `PUT /:id`: an address checked and normalised exactly as checkout's shipping address
 * (country format, postal code, region, phone in E.164). The defaults are optional: a new address
 * is the default where the account has none yet; `true` makes it the default (the other loses it).
 */
export const savedAddressInput = z
  .object({
    address: shippingAddressSchema,
    isDefaultShipping: z.boolean().optional(),
    isDefaultBilling: z.boolean().optional(),
  })
  .strict()
export type SavedAddressInput = z.infer<typeof savedAddressInput>

/** `PUT /:id/default`. */
export const setDefaultAddressInput = z
  .object({ kind: z.enum(defaultKinds, { message: `must be one of ${defaultKinds.join(', ')}` }) })
  .strict()
export type SetDefaultAddressInput = z.infer<typeof setDefaultAddressInput>

export const savedAddressIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()
