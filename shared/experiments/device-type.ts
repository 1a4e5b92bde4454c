/**
 * The device type flag targeting sees, from a User-Agent header: a deliberately small check (tablets
 * first, since an iPad or Android tablet also says "Mobile" in some browsers), not a UA parser.
 */
import type { DeviceType } from '../analytics/analytics-events.ts'

export function deviceTypeOfUserAgent(userAgent: string | undefined): DeviceType {
  if (!userAgent) return 'desktop'
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(userAgent)) return 'tablet'
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(userAgent)) return 'mobile'
  return 'desktop'
}
