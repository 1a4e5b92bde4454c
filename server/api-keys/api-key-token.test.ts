import { describe, expect, it } from 'vitest'
import { generateToken, hashSecret, parseToken, secretMatches, tokenPrefix } from './api-key-token.ts'

describe('API key tokens', () => {
  it('parses a generated token back to its key id and secret', () => {
    const generated = generateToken()
    expect(parseToken(generated.token)).toEqual({ keyId: generated.keyId, secret: generated.secret })
    expect(generated.token.startsWith(tokenPrefix(generated.keyId))).toBe(true)
    expect(generated.secretHash).toBe(hashSecret(generated.secret))
  })

  it('makes a new secret every time', () => {
    expect(generateToken().secret).not.toBe(generateToken().secret)
  })

  it.each([
    '',
    'sfk_',
    'Bearer sfk_x.y',
    `sfk_${'g'.repeat(32)}.${'a'.repeat(43)}`,
    `sfk_${'a'.repeat(32)}.${'a'.repeat(42)}`,
  ])('refuses the malformed token %j', (token) => {
    expect(parseToken(token)).toBeNull()
  })

  it('matches only the secret whose hash is stored', () => {
    const { secret, secretHash } = generateToken()
    expect(secretMatches(secret, secretHash)).toBe(true)
    expect(secretMatches(generateToken().secret, secretHash)).toBe(false)
    expect(secretMatches(secret, 'not hex')).toBe(false)
  })
})
