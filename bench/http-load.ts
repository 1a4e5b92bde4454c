// One measured row of bench/http.ts: a single request as a browser sends it (to see its status,
// Content-Encoding and body size on the wire), then autocannon at N connections for D seconds.
import http from 'node:http'
import autocannon from 'autocannon'

export const browserHeaders = { 'accept-encoding': 'br, gzip' }

export type Probe = {
  readonly status: number
  /** Content-Encoding as sent, `identity` when none. */
  readonly encoding: string
  /** Body bytes on the wire (compressed when encoded). */
  readonly bytes: number
  readonly etag: string | undefined
}

export type Load = {
  readonly reqPerS: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly responses: number
  /** Connection errors and timeouts. */
  readonly errors: number
  /** Responses with another status than the row expects, by status. */
  readonly badStatus: Readonly<Record<string, number>>
}

/**
 * Client addresses for X-Forwarded-For, one per request from a pool of 65,536: the server (with
 * TRUST_PROXY=true) rate-limits search per address at 60 per 10 s, which one address would hit
 * within the first second; spread over the pool an address gets there only above ~390,000 req/s.
 */
export function createAddressPool(): () => string {
  let next = 0
  return () => {
    next = (next + 1) & 0xffff
    return `10.0.${next >> 8}.${next & 0xff}`
  }
}

/** GET without decompressing, so the byte count is what crossed the wire. */
export function probe(base: string, path: string, headers: Record<string, string>): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers, agent: false, timeout: 30_000 }, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
      })
      response.on('end', () => {
        const etag = response.headers.etag
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers['content-encoding'] ?? 'identity',
          bytes,
          etag,
        })
      })
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error(`GET ${path} took over 30 s`)))
    request.on('error', reject)
  })
}

export type LoadOptions = {
  readonly connections: number
  readonly durationS: number
  readonly expectedStatus: number
  readonly nextAddress: () => string
}

export async function load(
  base: string,
  path: string,
  headers: Record<string, string>,
  options: LoadOptions,
): Promise<Load> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationS,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        path,
        headers,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'x-forwarded-for': options.nextAddress() },
        }),
      },
    ],
  })
  const badStatus: Record<string, number> = {}
  let responses = 0
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
    responses += count
    if (Number(status) !== options.expectedStatus) badStatus[status] = count
  }
  return {
    reqPerS: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses,
    errors: result.errors,
    badStatus,
  }
}
