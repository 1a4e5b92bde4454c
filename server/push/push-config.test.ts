import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../env.ts'

const publicKey = 'B'.repeat(87)
const privateKey = 'p'.repeat(43)

describe('Web Push configuration', () => {
  it('has no VAPID pair by default (one is generated and stored) and a mailto: subject', () => {
    expect(loadConfig({}).push).toEqual({ vapidKeys: null, subject: 'mailto:shop@storefront.local' })
  })

  it('takes the VAPID pair and subject from the environment', () => {
    const config = loadConfig({
      VAPID_PUBLIC_KEY: publicKey,
      VAPID_PRIVATE_KEY: privateKey,
      VAPID_SUBJECT: 'https://shop.example.com/contact',
    })
    expect(config.push).toEqual({ vapidKeys: { publicKey, privateKey }, subject: 'https://shop.example.com/contact' })
  })

  it.each([
    [{ VAPID_PUBLIC_KEY: publicKey }, 'VAPID_PRIVATE_KEY'],
    [{ VAPID_PRIVATE_KEY: privateKey }, 'VAPID_PUBLIC_KEY'],
    [{ VAPID_PUBLIC_KEY: 'too-short', VAPID_PRIVATE_KEY: privateKey }, 'VAPID_PUBLIC_KEY'],
    [{ VAPID_SUBJECT: 'shop@example.com' }, 'VAPID_SUBJECT'],
  ])('refuses %o, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    try {
      loadConfig(env)
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual([variable])
    }
  })
})
