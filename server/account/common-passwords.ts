/**
 * The common-password list of zxcvbn-ts (about 49,000 entries, all lower case), for the server
 * only: it is ~400 kB of text the shop's bundle must not carry. The Set is built on first use (a
 * few milliseconds), not at import.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

let common: ReadonlySet<string> | undefined

/** Case-insensitive, so `Password12` is as refused as `password12`. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'])
  return common.has(password.normalize('NFKC').toLowerCase())
}
