/**
 * Observability added around the app's dependencies rather than inside the features: createApp
 * wraps what it hands to the services, so spans for calls that leave the process (payment provider,
 * Redis through the bus and the rate limiter) need no line in their code.
 */
import { SpanKind } from '@opentelemetry/api'
import type { PaymentProvider } from '../payments/payment-provider.ts'
import type { Bus } from '../platform/bus.ts'
import type { RateLimiter } from '../platform/rate-limit.ts'
import { inSpan, withSpan } from './tracing.ts'

/**
 * A CLIENT span around each method call of the provider (Stripe is a network call; the test provider
 * a database one). A proxy rather than a copy, so methods a provider adds later are traced too.
 */
export function tracedPaymentProvider<P extends PaymentProvider>(provider: P): P {
  const attributes = { 'payment.provider': provider.name }
  return new Proxy(provider, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) =>
        inSpan(`payment.${String(property)}`, () => value.apply(target, args), { kind: SpanKind.CLIENT, attributes })
    },
  })
}

/** A PRODUCER span per publish: with Redis each one is a round trip. */
export function tracedBus(bus: Bus): Bus {
  return {
    ...bus,
    publish: (channel, message) =>
      withSpan('bus.publish', () => bus.publish(channel, message), { kind: SpanKind.PRODUCER }),
  }
}

export function tracedRateLimiter(limiter: RateLimiter): RateLimiter {
  return {
    hit: (rule, key) =>
      withSpan('rate_limit.hit', () => limiter.hit(rule, key), {
        kind: SpanKind.CLIENT,
        attributes: { 'rate_limit.rule': rule.name },
      }),
  }
}
