import { afterEach, describe, expect, it, vi } from 'vitest'
import { startErrorReporting } from './error-reporting.ts'

describe('startErrorReporting', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('loads nothing and schedules nothing without a DSN', () => {
    const start = vi.fn(async () => {})
    const schedule = vi.fn()
    expect(startErrorReporting({ dsn: undefined, start, schedule })).toBe(false)
    expect(startErrorReporting({ dsn: '', start, schedule })).toBe(false)
    expect(schedule).not.toHaveBeenCalled()
    expect(start).not.toHaveBeenCalled()
  })

  it('with a DSN, starts the SDK only once the page is idle', () => {
    const start = vi.fn(async () => {})
    const idle: (() => void)[] = []
    const dsn = 'https://public@o1.ingest.sentry.example/42'
    expect(startErrorReporting({ dsn, start, schedule: (work) => idle.push(work) })).toBe(true)
    expect(start).not.toHaveBeenCalled()
    for (const work of idle) work()
    expect(start).toHaveBeenCalledExactlyOnceWith(dsn)
  })

  it('logs an SDK that fails to load instead of throwing into the page', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failure = new Error('chunk failed to load')
    const start = vi.fn(() => Promise.reject(failure))
    startErrorReporting({ dsn: 'https://public@o1.ingest.sentry.example/42', start, schedule: (work) => work() })
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('error reporting did not start', failure))
  })
})
