/**
 * The client's one way to call the JSON API. Failures become an `ApiError` with a stable code the UI
 * can show through `t('errors.' + code)`: the server's problem+json code, `INTERNAL` for an answer we
 * cannot read, or `NETWORK` when no answer arrived at all.
 */
import { ErrorCode, type FieldIssue } from '../../shared/errors.ts'

export type ClientErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** The invalid fields of a 400 INVALID_INPUT problem (`path` like `json.email`); empty otherwise. */
  readonly issues: readonly FieldIssue[]
  constructor(
    readonly code: ClientErrorCode,
    /** HTTP status, or null when the request never got an answer. */
    readonly status: number | null,
    message: string,
    options?: ErrorOptions & { readonly issues?: readonly FieldIssue[] },
  ) {
    super(message, options)
    this.issues = options?.issues ?? []
  }
}

const knownCodes = new Set<string>(Object.values(ErrorCode))
const requestTimeoutMs = 30_000

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value)
}

/** GET `path` and hand the decoded body to `parse`, which must throw on a shape it does not accept. */
/** GET `path` and hand the decoded answer (and its headers, for what a body cannot carry) to `parse`. */
export async function getJson<T>(path: string, parse: (body: unknown, headers: Headers) => T): Promise<T> {
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
    return parse(body, response.headers)
  } catch (cause) {
    throw new ApiError('INTERNAL', response.status, `GET ${path} answered an unexpected body`, { cause })
  }
}

/**
 * GET `path` where the server answers 204 when nothing changed since the caller's cursor: resolves
 * null then, else the parsed body.
 */
export async function getJsonIfChanged<T>(path: string, parse: (body: unknown) => T): Promise<T | null> {
  const response = await send('GET', path, { headers: { accept: 'application/json' }, cache: 'no-store' })
  if (response.status === 204) return null
  return decode('GET', path, response, parse)
}

/**
 * POST a JSON body to `path` with the session's CSRF token (required on every cookie-authenticated
 * write) and hand the decoded answer to `parse`. Cookies go along (same origin). `headers` adds
 * request headers such as an `Idempotency-Key`.
 */
export async function postJson<T>(
  path: string,
  body: unknown,
  csrfToken: string,
  parse: (body: unknown) => T,
  headers: Readonly<Record<string, string>> = {},
): Promise<T> {
  const response = await send('POST', path, {
    headers: {
      ...headers,
      accept: 'application/json',
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify(body),
    cache: 'no-store',
  })
  return decode('POST', path, response, parse)
}

/**
 * PATCH like `postJson`. `answeredStatuses` lists non-2xx statuses whose body is an expected outcome
 * for `parse` rather than a problem (e.g. a 409 carrying the row as it is now).
 */
export async function patchJson<T>(
  path: string,
  body: unknown,
  csrfToken: string,
  parse: (body: unknown) => T,
  answeredStatuses: readonly number[] = [],
): Promise<T> {
  const response = await send('PATCH', path, {
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify(body),
    cache: 'no-store',
  })
  return decode('PATCH', path, response, parse, answeredStatuses)
}

/** PUT a whole document (the admin's home layout, a collection) like `postJson`. */
export async function putJson<T>(
  path: string,
  body: unknown,
  csrfToken: string,
  parse: (body: unknown) => T,
): Promise<T> {
  const response = await send('PUT', path, {
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify(body),
    cache: 'no-store',
  })
  return decode('PUT', path, response, parse)
}

/** PUT raw bytes (an uploaded photo) with their own Content-Type, like `postJson` otherwise. */
export async function putBlob<T>(path: string, blob: Blob, csrfToken: string, parse: (body: unknown) => T): Promise<T> {
  const response = await send('PUT', path, {
    headers: {
      accept: 'application/json',
      'content-type': blob.type || 'application/octet-stream',
      'x-csrf-token': csrfToken,
    },
    body: blob,
    cache: 'no-store',
  })
  return decode('PUT', path, response, parse)
}

/**
 * DELETE `path` with the session's CSRF token, and `body` as JSON when given (a re-entered password);
 * resolves when the server answered 2xx (usually 204).
 */
export async function deleteJson(path: string, csrfToken: string, body?: unknown): Promise<void> {
  const response = await send('DELETE', path, {
    headers: {
      accept: 'application/json',
      'x-csrf-token': csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    cache: 'no-store',
  })
  await decode('DELETE', path, response, () => undefined)
}

async function send(method: string, path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, method, signal: AbortSignal.timeout(requestTimeoutMs) })
  } catch (cause) {
    throw new ApiError('NETWORK', null, `${method} ${path} failed before an answer`, { cause })
  }
}

async function decode<T>(
  method: string,
  path: string,
  response: Response,
  parse: (body: unknown) => T,
  answeredStatuses: readonly number[] = [],
): Promise<T> {
  const body: unknown = await readJson(response)
  if (!response.ok && !answeredStatuses.includes(response.status)) {
    const code = problemCode(body)
    throw new ApiError(code, response.status, `${method} ${path} answered ${response.status} ${code}`, {
      issues: problemIssues(body),
    })
  }
  try {
    return parse(body)
  } catch (cause) {
    throw new ApiError('INTERNAL', response.status, `${method} ${path} answered an unexpected body`, { cause })
  }
}

function problemIssues(body: unknown): FieldIssue[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return []
  return body.errors.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.path === 'string' &&
      typeof issue.message === 'string',
  )
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
