/**
 * A session's device as the account's device list names it: the browser and operating system read
 * from its User-Agent. Only the common ones are told apart; anything else is `other`, which the
 * client shows as "Unknown browser" / "Unknown system". Order matters: Edge, Samsung Internet and
 * Chrome on iOS all say "Safari" too, and most browsers say "Mozilla".
 */
export const deviceBrowsers = ['edge', 'samsung', 'firefox', 'chrome', 'safari', 'other'] as const
export type DeviceBrowser = (typeof deviceBrowsers)[number]

export const deviceSystems = ['ios', 'android', 'windows', 'macos', 'linux', 'other'] as const
export type DeviceSystem = (typeof deviceSystems)[number]

export type Device = { readonly browser: DeviceBrowser; readonly os: DeviceSystem }

const browserPatterns: readonly (readonly [DeviceBrowser, RegExp])[] = [
  ['edge', /\b(Edg|EdgA|EdgiOS|Edge)\//],
  ['samsung', /\bSamsungBrowser\//],
  ['firefox', /\b(Firefox|FxiOS)\//],
  ['chrome', /\b(Chrome|HeadlessChrome|CriOS|Chromium)\//],
  ['safari', /\bVersion\/[\d.]+.*\bSafari\//],
]

const systemPatterns: readonly (readonly [DeviceSystem, RegExp])[] = [
  // iPadOS 13+ may claim to be a Mac; only its "Mobile/" token gives it away.
  ['ios', /\b(iPhone|iPad|iPod)\b|\bMacintosh\b.*\bMobile\//],
  ['android', /\bAndroid\b/],
  ['windows', /\bWindows\b/],
  ['macos', /\bMac OS X\b|\bMacintosh\b/],
  ['linux', /\bLinux\b|\bX11\b|\bCrOS\b/],
]

/** Browser and system of a User-Agent header; `other` for what it does not know, or no header. */
export function parseDevice(userAgent: string | null | undefined): Device {
  const ua = userAgent ?? ''
  return {
    browser: browserPatterns.find(([, pattern]) => pattern.test(ua))?.[0] ?? 'other',
    os: systemPatterns.find(([, pattern]) => pattern.test(ua))?.[0] ?? 'other',
  }
}
