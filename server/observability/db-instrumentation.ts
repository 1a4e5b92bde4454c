/**
 * Times every SQL statement at the driver, under drizzle: a CLIENT span per statement (a child of
 * the request's span) and an observation in db_query_duration_seconds. Wrapping the driver rather
 * than drizzle catches every path drizzle takes — queries, `execute`, transactions and savepoints.
 * Statements outside any span (boot, pollers) are timed but start no trace of their own. The
 * wrappers are proxies that pass everything else through to the real client untouched.
 */

import type { PGlite, Transaction } from '@electric-sql/pglite'
import { context, type Span, SpanKind, trace } from '@opentelemetry/api'
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions'
import type { PendingQuery, Sql, TransactionSql } from 'postgres'
import type { DbObserver } from './metrics.ts'
import { recordFailure, storefrontTracer, withSpan } from './tracing.ts'

const knownOperations = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH', 'CREATE', 'ALTER', 'DROP', 'SET'])
/** Long statements (migrations) are cut in spans; the parameters are never recorded. */
const maxQueryTextLength = 2000

/** The statement's verb, from a short fixed list so the metric's labels stay few. */
export function sqlOperation(query: string): string {
  const verb = /^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase()
  return verb && knownOperations.has(verb) ? verb : 'OTHER'
}

async function timed<T>(observer: DbObserver, query: string, run: () => PromiseLike<T>): Promise<T> {
  const operation = sqlOperation(query)
  // Only under a span (a request, a withSpan): the pollers' statements would each start a trace.
  const span = trace.getActiveSpan() ? storefrontTracer().startSpan(operation, { kind: SpanKind.CLIENT }) : undefined
  if (span?.isRecording()) setQueryAttributes(span, operation, query)
  const started = performance.now()
  let failed = false
  try {
    return await run()
  } catch (error) {
    failed = true
    if (span) recordFailure(span, error)
    throw error
  } finally {
    observer.queryDone(operation, (performance.now() - started) / 1000, failed, query)
    span?.end()
  }
}

function setQueryAttributes(span: Span, operation: string, query: string): void {
  span.setAttributes({
    [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
    [ATTR_DB_OPERATION_NAME]: operation,
    [ATTR_DB_QUERY_TEXT]: query.length > maxQueryTextLength ? `${query.slice(0, maxQueryTextLength)}…` : query,
  })
}

/** Counts a top-level query or transaction as holding a pooled connection while it runs. */
async function holdingConnection<T>(observer: DbObserver, run: () => Promise<T>): Promise<T> {
  observer.operationStarted()
  try {
    return await run()
  } finally {
    observer.operationEnded()
  }
}

/** Reads a property of the real object, with methods bound to it (drivers use private fields). */
function passThrough(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property, target)
  return typeof value === 'function' ? value.bind(target) : value
}

function transactionSpan<T>(run: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()) return run()
  return withSpan('transaction', run, {
    kind: SpanKind.CLIENT,
    attributes: { [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL },
  })
}

/**
 * postgres-js: `unsafe` answers a lazy PendingQuery that runs when awaited; drizzle awaits it or its
 * `.values()`. The proxy starts the clock on that await, not when the query object is built.
 */
export function instrumentPostgres(sql: Sql, observer: DbObserver): Sql {
  observer.poolSized(sql.options.max)
  return wrapPostgres(sql, observer, false)
}

function wrapPostgres<T extends Sql | TransactionSql>(sql: T, observer: DbObserver, inTransaction: boolean): T {
  // Bound to the caller's context: the pool may start the callback from another request's async
  // context (when a connection frees up), and its spans and log lines must stay with this request.
  const wrapCallback = <R>(callback: (tx: TransactionSql) => R) =>
    context.bind(context.active(), (tx: TransactionSql) => callback(wrapPostgres(tx, observer, true)))
  return new Proxy(sql, {
    get(target, property) {
      if (property === 'unsafe') {
        return (query: string, ...rest: unknown[]) => {
          const pending = Reflect.apply(target.unsafe, target, [query, ...rest]) as PendingQuery<never>
          return lazyQuery(pending, (run) =>
            inTransaction
              ? timed(observer, query, run)
              : holdingConnection(observer, () => timed(observer, query, run)),
          )
        }
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args.pop() as (tx: TransactionSql) => unknown
          const method = Reflect.get(target, property, target) as (...a: unknown[]) => Promise<unknown>
          const run = () => transactionSpan(() => method.apply(target, [...args, wrapCallback(callback)]))
          return property === 'begin' ? holdingConnection(observer, run) : run()
        }
      }
      return passThrough(target, property)
    },
  })
}

type Runner = <R>(run: () => PromiseLike<R>) => Promise<R>

/** A PendingQuery look-alike whose await (plain or through `.values()`) runs inside `runner`, once. */
function lazyQuery(pending: PendingQuery<never>, runner: Runner): PendingQuery<never> {
  let result: Promise<unknown> | undefined
  const settle = (source: PromiseLike<unknown>) => {
    result ??= runner(() => source)
    return result
  }
  return new Proxy(pending, {
    get(target, property) {
      if (property === 'then') {
        return (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) =>
          settle(target).then(onFulfilled, onRejected)
      }
      if (property === 'values') return () => lazyQuery(target.values() as PendingQuery<never>, runner)
      return passThrough(target, property)
    },
  })
}

/** PGlite: one connection, so every top-level query or transaction holds "the pool" of one. */
export function instrumentPglite(client: PGlite, observer: DbObserver): PGlite {
  observer.poolSized(1)
  return wrapPglite(client, observer, false)
}

function wrapPglite<T extends PGlite | Transaction>(client: T, observer: DbObserver, inTransaction: boolean): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query' || property === 'exec') {
        const method = Reflect.get(target, property, target) as (query: string, ...rest: unknown[]) => Promise<unknown>
        return (query: string, ...rest: unknown[]) => {
          const run = () => timed(observer, query, () => method.apply(target, [query, ...rest]))
          return inTransaction ? run() : holdingConnection(observer, run)
        }
      }
      if (property === 'transaction' && !inTransaction) {
        return <R>(callback: (tx: Transaction) => Promise<R>) =>
          holdingConnection(observer, () =>
            transactionSpan(() =>
              (target as PGlite).transaction(
                context.bind(context.active(), (tx: Transaction) => callback(wrapPglite(tx, observer, true))),
              ),
            ),
          )
      }
      return passThrough(target, property)
    },
  })
}
