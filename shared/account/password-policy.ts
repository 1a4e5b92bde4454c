/**
 * Password rules shared by the sign-up form and the server (kept free of zod and of the password
 * dictionary for the client bundle). NIST SP 800-63B: a minimum length, a generous maximum so
 * passphrases fit, no composition rules, and refusal of passwords known to be common — the list
 * itself is the caller's (server/account/common-passwords.ts), passed in as `isCommon`.
 */
export const minPasswordLength = 10
/** Long enough for any passphrase; bounded because scrypt's cost grows with the input. */
export const maxPasswordLength = 256

export type PasswordProblem = 'too_short' | 'too_long' | 'whitespace_only' | 'common'

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `must be at least ${minPasswordLength} characters`,
  too_long: `must be at most ${maxPasswordLength} characters`,
  whitespace_only: 'must not be only spaces',
  common: 'is too common; choose a less guessable password',
}

/** Why `password` may not be set, or undefined when it may. Lengths count code points, as NIST asks. */
export function passwordProblem(
  password: string,
  isCommon: (password: string) => boolean,
): PasswordProblem | undefined {
  const length = [...password].length
  if (length < minPasswordLength) return 'too_short'
  if (length > maxPasswordLength) return 'too_long'
  if (password.trim() === '') return 'whitespace_only'
  if (isCommon(password)) return 'common'
  return undefined
}
