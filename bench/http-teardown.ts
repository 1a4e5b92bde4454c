// What bench/http.ts has to undo — child process groups, temp dirs, a Postgres schema, Redis keys —
// undone in reverse order on a normal end, on an error, on Ctrl-C / SIGTERM and when the time budget
// runs out. A step that fails is reported and the others still run.
import type { ChildProcess } from 'node:child_process'

type Step = { readonly name: string; readonly run: () => Promise<void> }

export type Teardown = {
  /** Registers an undo step; the returned function runs it now (once) and unregisters it. */
  add(name: string, run: () => Promise<void>): () => Promise<void>
  /** Registers a child started with `detached: true`: killed with its whole process group. */
  addProcessGroup(name: string, child: ChildProcess): () => Promise<void>
  runAll(): Promise<void>
}

const killGraceMs = 10_000

/**
 * Signals the child's whole process group (npx → sh → tsx → node share it). Keeps working after the
 * group's leader exited, so a grandchild it left behind is still reached; false once no member is left.
 */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false // ESRCH: every process of the group has exited
  }
}

/** SIGTERM (the server shuts down cleanly), then SIGKILL for whatever is left after the grace period. */
async function stopGroup(pid: number): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) return
  const deadline = Date.now() + killGraceMs
  while (signalGroup(pid, 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  signalGroup(pid, 'SIGKILL')
}

export function createTeardown(): Teardown {
  const steps: Step[] = []
  const groups = new Set<number>()
  const runStep = async (step: Step) => {
    const index = steps.indexOf(step)
    if (index < 0) return
    steps.splice(index, 1)
    try {
      await step.run()
    } catch (error) {
      console.error(`cleanup: ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const add = (name: string, run: () => Promise<void>) => {
    const step = { name, run }
    steps.push(step)
    return () => runStep(step)
  }
  // Last resort if the process exits some other way (an uncaught error): nothing async runs then.
  process.on('exit', () => {
    for (const pid of groups) signalGroup(pid, 'SIGKILL')
  })
  return {
    add,
    addProcessGroup: (name, child) => {
      const pid = child.pid
      if (pid === undefined) return async () => {} // never started: spawn reports the error itself
      groups.add(pid)
      return add(name, async () => {
        await stopGroup(pid)
        groups.delete(pid)
      })
    },
    runAll: async () => {
      while (steps.length > 0) await runStep(steps.at(-1) as Step)
    },
  }
}

/**
 * Runs a bench's `main` to its exit code, bounded by `budgetMs`: on the end, an error, Ctrl-C,
 * SIGTERM or the budget running out, the teardown runs before the process exits.
 */
export function runBench(main: () => Promise<number>, teardown: Teardown, budgetMs: number): void {
  let finishing = false
  const finish = async (reason: string | undefined, code: number): Promise<never> => {
    if (finishing) process.exit(code) // a second Ctrl-C: the exit hooks still kill the children
    finishing = true
    clearTimeout(watchdog)
    if (reason) console.error(`${reason}: cleaning up`)
    await teardown.runAll()
    process.exit(code)
  }
  const watchdog = setTimeout(() => finish(`time budget of ${Math.round(budgetMs / 1000)} s exceeded`, 1), budgetMs)
  process.on('SIGINT', () => void finish('interrupted', 130))
  process.on('SIGTERM', () => void finish('terminated', 143))
  main().then(
    (code) => finish(undefined, code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
      return finish('failed', 1)
    },
  )
}
