import { describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password.ts'

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery')
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/)
    expect(await verifyPassword('correct horse battery', stored)).toBe(true)
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
  })

  it('salts each hash, so equal passwords hash differently', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'))
  })

  it('verifies a hash made with older (cheaper) parameters and asks to upgrade it', async () => {
    const stored = await hashPassword('upgrade me please')
    const [, , r, p, salt] = stored.split('$')
    const { scryptSync } = await import('node:crypto')
    const key = scryptSync('upgrade me please', Buffer.from(salt!, 'base64url'), 32, { N: 1024, r: 8, p: 1 })
    const old = ['scrypt', 1024, r, p, salt, key.toString('base64url')].join('$')
    expect(await verifyPassword('upgrade me please', old)).toBe(true)
    expect(needsRehash(old)).toBe(true)
    expect(needsRehash(stored)).toBe(false)
  })

  it('never verifies a malformed hash', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$a$b', 'bcrypt$1$2$3$4$5', 'scrypt$1024$8$1$$'])
      expect(await verifyPassword('anything at all', stored)).toBe(false)
  })

  it('takes the time of a real verification for an unknown account', async () => {
    const stored = await hashPassword('some password here')
    await verifyAgainstDummy('warm up the dummy')
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now()
      await work()
      return performance.now() - started
    }
    // Interleaved, so load on the machine slows both alike; only a gross difference (no hashing
    // at all for unknown accounts) fails this.
    let real = 0
    let dummy = 0
    for (let round = 0; round < 4; round++) {
      real += await time(() => verifyPassword('wrong password', stored))
      dummy += await time(() => verifyAgainstDummy('wrong password'))
    }
    expect(dummy / real).toBeGreaterThan(0.33)
    expect(dummy / real).toBeLessThan(3)
  })
})
