import { describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../shared/i18n/locales.ts'
import { chooseLocale, followAccountLocale } from './account-locale.ts'

/** An app showing `current`, with the device's stored choice and a signed-in shopper or a guest. */
function setUp(options: { current: Locale; stored?: Locale; signedIn?: boolean; save?: () => Promise<unknown> }) {
  let current = options.current
  let stored = options.stored ?? null
  const switches: Locale[] = []
  const saves: Locale[] = []
  const deps = {
    current: () => current,
    switchTo: async (locale: Locale) => {
      switches.push(locale)
      current = locale
      stored = locale
    },
    storedChoice: () => stored,
    signedIn: async () => options.signedIn ?? true,
    save: async (locale: Locale) => {
      saves.push(locale)
      return options.save?.()
    },
  }
  return { deps, switches, saves }
}

describe('following the account language', () => {
  it.each<[string, { current: Locale; stored?: Locale }, Locale | null, Locale[]]>([
    ['switches a device without a choice to the account language', { current: 'en' }, 'de', ['de']],
    ['keeps the device choice over the account language', { current: 'fr', stored: 'fr' }, 'de', []],
    ['keeps a prefixed address the shopper opened (stored as the choice)', { current: 'es', stored: 'es' }, 'ja', []],
    ['does nothing when the device already shows it', { current: 'ar' }, 'ar', []],
    ['does nothing for an account without a language', { current: 'en' }, null, []],
  ])('%s', async (_, device, account, expected) => {
    const { deps, switches, saves } = setUp(device)
    await followAccountLocale(deps, account)
    expect(switches).toEqual(expected)
    expect(saves).toEqual([])
  })

  it('follows once: after the switch the device holds the choice and a later account change is not taken', async () => {
    const { deps, switches } = setUp({ current: 'en' })
    await followAccountLocale(deps, 'de')
    await followAccountLocale(deps, 'fr')
    expect(switches).toEqual(['de'])
  })
})

describe('choosing a language in the selector', () => {
  it('switches and keeps the pick on the account when signed in', async () => {
    const { deps, switches, saves } = setUp({ current: 'en' })
    await chooseLocale(deps, 'ja')
    expect(switches).toEqual(['ja'])
    expect(saves).toEqual(['ja'])
  })

  it('only switches for a guest', async () => {
    const { deps, switches, saves } = setUp({ current: 'en', signedIn: false })
    await chooseLocale(deps, 'fr')
    expect(switches).toEqual(['fr'])
    expect(saves).toEqual([])
  })

  it('still switches when the save fails (offline): the next pick saves again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { deps, switches, saves } = setUp({ current: 'en', save: () => Promise.reject(new TypeError('offline')) })
    await chooseLocale(deps, 'de')
    await chooseLocale(deps, 'es')
    expect(switches).toEqual(['de', 'es'])
    expect(saves).toEqual(['de', 'es'])
    expect(warn).toHaveBeenCalledTimes(2)
    warn.mockRestore()
  })
})
