/**
 * Password hashing with scrypt from node:crypto (DESIGN §6). The stored form carries its own
 * parameters (`scrypt$N$r$p$salt$hash`, base64url), so the cost can be raised later: a hash made
 * with older parameters still verifies and `needsRehash` tells sign-in to upgrade it.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'
import { passwordProblem, passwordProblemMessages } from '../../shared/account/password-policy.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { AppError } from '../platform/http-errors.ts'
import { isCommonPassword } from './common-passwords.ts'

type ScryptParams = { readonly N: number; readonly r: number; readonly p: number }

/** OWASP's scrypt baseline (2^17 would be stronger; 2^15 keeps a sign-in near 100 ms on small machines). */
const currentParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }
const keyLength = 32
const saltLength = 16

/**
 * The one gate for every password being set (sign-up, a future change or reset): a 422 naming
 * `field` when the policy refuses it. Sign-in does not call it — an old password still signs in.
 */
export function assertPasswordAllowed(password: string, field = 'json.password'): void {
  const problem = passwordProblem(password, isCommonPassword)
  if (problem)
    throw new AppError(ErrorCode.WeakPassword, 'Choose another password.', [
      { path: field, message: passwordProblemMessages[problem] },
    ])
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltLength)
  const key = await derive(password, salt, currentParams)
  const { N, r, p } = currentParams
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Constant-time comparison; a malformed stored hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed) return false
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length)
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key)
}

export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored)
  return (
    !parsed ||
    parsed.params.N < currentParams.N ||
    parsed.params.r !== currentParams.r ||
    parsed.params.p !== currentParams.p
  )
}

let dummyHash: Promise<string> | undefined

/**
 * Spends the time of one verification on nothing: called for an unknown email so that "no such
 * account" takes as long as "wrong password" and response times do not reveal who has an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'))
  await verifyPassword(password, await dummyHash)
  return false
}

function derive(password: string, salt: Buffer, params: ScryptParams, length = keyLength): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; the default maxmem (32 MiB) is exactly N=2^15,r=8 and leaves no headroom.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined
  const [N, r, p] = parts.slice(1, 4).map(Number)
  if (!N || !r || !p || !Number.isSafeInteger(N) || !Number.isSafeInteger(r) || !Number.isSafeInteger(p))
    return undefined
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const key = Buffer.from(parts[5] ?? '', 'base64url')
  if (salt.length === 0 || key.length === 0) return undefined
  return { params: { N, r, p }, salt, key }
}
