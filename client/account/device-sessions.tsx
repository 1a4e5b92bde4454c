/**
 * "Signed-in devices" on the account page: each session of the account with its browser and system
 * and when it was last used, "this device" marked; signing out one of the others, or all of them.
 */
import { createSignal, For, type JSX, onMount, Show } from 'solid-js'
import type { DeviceSession } from '../../shared/account/data-rights.ts'
import type { Device } from '../../shared/account/device.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { ApiError } from '../platform/api-client.ts'
import { useI18n } from '../platform/i18n.tsx'
import { FormAlert } from './auth-form.tsx'
import { fetchDeviceSessions, signOutDevice, signOutOtherDevices } from './data-rights-api.ts'

export function DeviceSessions(): JSX.Element {
  const { t, formatRelativeTime } = useI18n()
  const { db } = useOffline()
  const [devices, setDevices] = createSignal<readonly DeviceSession[]>()
  const [pending, setPending] = createSignal(false)
  const [alert, setAlert] = createSignal<string[]>([])
  const [status, setStatus] = createSignal('')

  const deviceName = (device: Device) =>
    t('account.devices.device', {
      browser: t(`account.devices.browser.${device.browser}`),
      os: t(`account.devices.os.${device.os}`),
    })

  const fail = (error: unknown) => {
    if (!(error instanceof ApiError)) console.error('device sessions failed', error)
    setAlert([t(error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL')])
  }

  async function load(): Promise<void> {
    try {
      setDevices(await fetchDeviceSessions())
    } catch (error) {
      fail(error)
    }
  }

  async function run(change: () => Promise<string>): Promise<void> {
    setPending(true)
    setAlert([])
    setStatus('')
    try {
      setStatus(await change())
      await load()
    } catch (error) {
      fail(error)
    } finally {
      setPending(false)
    }
  }

  onMount(() => void load())

  const others = () => devices()?.filter((device) => !device.current) ?? []

  return (
    <section class="account-section" aria-labelledby="account-devices-title">
      <h2 id="account-devices-title">{t('account.devices.title')}</h2>
      <p>{t('account.devices.intro')}</p>
      <Show when={devices()} fallback={<p>{t('account.devices.loading')}</p>}>
        {(list) => (
          <ul class="device-list">
            <For each={list()}>
              {(device) => (
                <li class="device-list__item">
                  <div>
                    <p class="device-list__name">
                      {deviceName(device.device)}
                      <Show when={device.current}>
                        {' '}
                        <span class="device-list__current">{t('account.devices.current')}</span>
                      </Show>
                    </p>
                    <p class="device-list__meta">
                      {t('account.devices.lastUsed', { time: formatRelativeTime(device.lastUsedAt) })}
                    </p>
                  </div>
                  <Show when={!device.current}>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={pending()}
                      aria-label={t('account.devices.signOutLabel', { device: deviceName(device.device) })}
                      onClick={() =>
                        void run(async () => {
                          await signOutDevice(db, device.id)
                          return t('account.devices.signedOut', { count: 1 })
                        })
                      }
                    >
                      {t('account.devices.signOut')}
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
      <Show when={others().length > 0}>
        <button
          type="button"
          class="button"
          disabled={pending()}
          onClick={() => void run(async () => t('account.devices.signedOut', { count: await signOutOtherDevices(db) }))}
        >
          {t('account.devices.signOutOthers')}
        </button>
      </Show>
      <p class="account-section__status" role="status">
        {status()}
      </p>
      <FormAlert messages={alert()} />
    </section>
  )
}
