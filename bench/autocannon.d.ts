// The part of autocannon's programmatic API that bench/http.ts uses (the package ships no types).
// Shapes from autocannon 9's README ("API", "Results").
declare module 'autocannon' {
  /** A request as autocannon builds it; `setupRequest` may return a changed copy. */
  export type RequestData = {
    method: string
    path: string
    headers: Record<string, string>
  }

  export type RequestSpec = {
    method?: string
    path?: string
    headers?: Record<string, string>
    /** Runs before every send of this request; a falsy return restarts the request list. */
    setupRequest?: (request: RequestData, context: Record<string, unknown>) => RequestData | undefined
  }

  export type Options = {
    url: string
    connections?: number
    /** Seconds. */
    duration?: number
    /** Seconds to wait for a response before counting a timeout. */
    timeout?: number
    headers?: Record<string, string>
    requests?: RequestSpec[]
  }

  /** hdr-histogram-percentiles-obj: latency in ms, requests and throughput per second. */
  export type Histogram = {
    average: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p99: number
  }

  export type Result = {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    /** Seconds. */
    duration: number
    /** Connection errors, timeouts included. */
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }

  /** Thenable: resolves with the result when the run ends; stop() ends it early. */
  export type Instance = PromiseLike<Result> & { stop(): void }

  export default function autocannon(options: Options): Instance
}
