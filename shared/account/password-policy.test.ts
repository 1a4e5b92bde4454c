import { describe, expect, it } from 'vitest'
import { maxPasswordLength, type PasswordProblem, passwordProblem } from './password-policy.ts'

const common = new Set(['password12', '1234567890'])
const isCommon = (password: string) => common.has(password.toLowerCase())

describe('passwordProblem', () => {
  it.each<[string, string, PasswordProblem | undefined]>([
    ['nine chars', 'ninechars', 'too_short'],
    ['ten spaces', ' '.repeat(10), 'whitespace_only'],
    ['tabs and newlines', '\t\n  \t\n  \t\n', 'whitespace_only'],
    ['a common password', 'password12', 'common'],
    ['a common password in capitals', 'PASSWORD12', 'common'],
    ['digits from the list', '1234567890', 'common'],
    ['a passphrase', 'correct horse battery staple', undefined],
    ['a passphrase at the maximum', 'a'.repeat(maxPasswordLength - 1) + 'b', undefined],
    ['one over the maximum', 'a'.repeat(maxPasswordLength + 1), 'too_long'],
    ['ten emoji (counted as ten, not twenty code units)', '🔑'.repeat(10), undefined],
    ['nine emoji', '🔑'.repeat(9), 'too_short'],
  ])('%s', (_name, password, expected) => {
    expect(passwordProblem(password, isCommon)).toBe(expected)
  })
})
