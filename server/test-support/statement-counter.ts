/**
 * Counts the SQL statements a piece of work sends, for query budgets (decision 0012). It is a
 * `DbObserver` (server/observability/metrics.ts) handed to the driver wrapper, so it sees every
 * statement drizzle sends — queries, `execute`, statements inside transactions — but not the
 * BEGIN/COMMIT the drivers send themselves. The tally lives in an AsyncLocalStorage scope: only the
 * statements issued inside `count()` (a request through `app.request`) are counted, not a test's
 * seeding nor anything else sharing the database.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { DbObserver } from '../observability/metrics.ts'

export type StatementTally = {
  /** The statements' texts (without parameters), in the order they finished. */
  readonly statements: readonly string[]
}

export type StatementCounter = {
  readonly observer: DbObserver
  /** Runs `work` and answers its result with the statements it sent. */
  count<T>(work: () => Promise<T>): Promise<StatementTally & { readonly result: T }>
}

export function createStatementCounter(): StatementCounter {
  const scope = new AsyncLocalStorage<string[]>()
  return {
    observer: {
      poolSized: () => {},
      operationStarted: () => {},
      operationEnded: () => {},
      queryDone: (_operation, _seconds, _failed, query) => {
        scope.getStore()?.push(query)
      },
    },
    async count(work) {
      const statements: string[] = []
      const result = await scope.run(statements, work)
      return { result, statements }
    },
  }
}

/** The statements one per line, shortened: for a failed budget's message. */
export function describeStatements(statements: readonly string[]): string {
  return statements.map((s, i) => `${i + 1}. ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')
}
