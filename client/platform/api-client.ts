/**
 * The client's one way to call the JSON API. Failures become an `ApiError` with a stable code the UI
 * can show through `t('errors.' + code)`: the server's problem+json code, `INTERNAL` for an answer we
 * cannot read, or `NETWORK` when no answer arrived at all.
 */
import { ErrorCode } from '../../shared/errors.ts'

export type ClientErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly code: ClientErrorCode,
    /** HTTP status, or null when the request never got an answer. */
    readonly status: number | null,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

const knownCodes = new Set<string>(Object.values(ErrorCode))
const requestTimeoutMs = 30_000

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value)
}

/** GET `path` and hand the decoded body to `parse`, which must throw on a shape it does not accept. */
export async function getJson<T>(path: string, parse: (body: unknown) => T): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
  } catch (cause) {
    throw new ApiError('NETWORK', null, `GET ${path} failed before an answer`, { cause })
  }
  const body: unknown = await readJson(response)
  if (!response.ok) {
    const code = problemCode(body)
    throw new ApiError(code, response.status, `GET ${path} answered ${response.status} ${code}`)
  }
  try {
    return parse(body)
  } catch (cause) {
    throw new ApiError('INTERNAL', response.status, `GET ${path} answered an unexpected body`, { cause })
  }
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) return undefined
  try {
    return await response.json()
  } catch {
    // A truncated or non-JSON body is reported through the status/shape checks of the caller.
    return undefined
  }
}

function problemCode(body: unknown): ClientErrorCode {
  if (typeof body === 'object' && body !== null && 'code' in body && isErrorCode(body.code)) return body.code
  return 'INTERNAL'
}
