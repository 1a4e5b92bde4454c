/**
 * OpenTelemetry tracing (issue 7, decision 0006). Every request gets a W3C trace id whatever the
 * configuration, so logs and problem bodies can name it; spans are recorded and exported over
 * OTLP/HTTP only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it the sampler drops every span at
 * birth: ids are generated and propagated, nothing is recorded or sent.
 */
import { hostname } from 'node:os'
import {
  type Attributes,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  type SpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace'
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions'
import type { TracingConfig } from '../env.ts'

export type Tracing = {
  /** True when spans are exported (OTEL_EXPORTER_OTLP_ENDPOINT set). */
  readonly exporting: boolean
  /** Flushes pending spans and unregisters the globals, so tests can start tracing again. */
  shutdown(): Promise<void>
}

let recordingSpans = false

/**
 * Whether spans are recorded (an exporter or a test's processor is registered). When not, requests
 * still get trace ids, but carried in the request's context and logger (server/observability/
 * http-tracing.ts) rather than through the async context: on Node 20, AsyncLocalStorage runs a hook
 * for every promise of the process, which cost about 40 µs of a 100 µs health check (issue 11).
 */
export function isRecordingSpans(): boolean {
  return recordingSpans
}

/**
 * Registers the process-wide propagator and tracer provider, and the context manager when spans are
 * recorded. OpenTelemetry's API is global by design (libraries find the tracer through it), so call
 * this once, at boot.
 */
export function startTracing(config: TracingConfig, options: { spanProcessors?: SpanProcessor[] } = {}): Tracing {
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  const exporting = config.otlpEndpoint !== undefined
  // Tests pass their own processor (an in-memory exporter) and must see every span.
  const processors = options.spanProcessors ?? (config.otlpEndpoint ? [otlpProcessor(config.otlpEndpoint)] : [])
  recordingSpans = processors.length > 0
  if (recordingSpans) context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: config.serviceName,
      'service.instance.id': `${hostname()}:${process.pid}`,
    }),
    // Honour the caller's sampling decision when exporting; when not, record nothing at all.
    sampler: processors.length > 0 ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : new AlwaysOffSampler(),
    spanProcessors: processors,
  })
  trace.setGlobalTracerProvider(provider)
  return {
    exporting,
    shutdown: async () => {
      await provider.shutdown()
      recordingSpans = false
      trace.disable()
      propagation.disable()
      context.disable()
    },
  }
}

/** OTLP/HTTP: the generic endpoint gets the signal's path appended (OpenTelemetry exporter spec). */
function otlpProcessor(endpoint: string): SpanProcessor {
  const url = `${endpoint.replace(/\/+$/, '')}/v1/traces`
  return new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) })
}

/** The tracer of our own spans; a no-op until startTracing ran (e.g. in most tests). */
export function storefrontTracer(): Tracer {
  return trace.getTracer('storefront')
}

export type TraceIds = { readonly traceId: string; readonly spanId: string }

/** The ids of the span active in this async context, if there is a valid one. */
export function activeTraceIds(): TraceIds | undefined {
  const span = trace.getActiveSpan()
  if (!span) return undefined
  const { traceId, spanId, isRemote } = span.spanContext()
  // A no-op tracer answers the all-zero invalid context; a bare remote context is not ours.
  if (isRemote || !trace.isSpanContextValid(span.spanContext())) return undefined
  return { traceId, spanId }
}

export type SpanOptions = { readonly kind?: SpanKind; readonly attributes?: Attributes }

/**
 * Runs `work` in a child span of the active one: for calls leaving the process (Stripe, Resend,
 * Redis) and units of background work. A thrown error marks the span failed and is rethrown.
 */
export async function withSpan<T>(name: string, work: (span: Span) => Promise<T>, options: SpanOptions = {}) {
  return storefrontTracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) },
    async (span): Promise<T> => {
      try {
        return await work(span)
      } catch (error) {
        recordFailure(span, error)
        throw error
      } finally {
        span.end()
      }
    },
  )
}

/**
 * Like withSpan for a function that may or may not return a promise: a synchronous result (a
 * webhook signature check, say) stays synchronous, and the span ends when the work does.
 */
export function inSpan<T>(name: string, work: () => T, options: SpanOptions = {}): T {
  const span = storefrontTracer().startSpan(name, {
    kind: options.kind ?? SpanKind.INTERNAL,
    ...(options.attributes ? { attributes: options.attributes } : {}),
  })
  const fail = (error: unknown) => {
    recordFailure(span, error)
    span.end()
    throw error
  }
  let result: T
  try {
    result = context.with(trace.setSpan(context.active(), span), work)
  } catch (error) {
    return fail(error)
  }
  if (!isPromiseLike(result)) {
    span.end()
    return result
  }
  return result.then((value) => {
    span.end()
    return value
  }, fail) as T
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}

/** Marks the active span (the request's, in an error handler) failed with `error`. */
export function recordActiveFailure(error: unknown): void {
  const span = trace.getActiveSpan()
  if (span) recordFailure(span, error)
}

export function recordFailure(span: Span, error: unknown): void {
  if (!span.isRecording()) return
  span.recordException(error instanceof Error ? error : String(error))
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) })
}
