/**
 * Runs `task` one at a time: a call while it runs does not start a second run but asks for one more
 * pass after the current one (changes made meanwhile are then picked up), and gets the same promise.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  let rerun = false
  return () => {
    if (running) {
      rerun = true
      return running
    }
    running = (async () => {
      try {
        do {
          rerun = false
          await task()
        } while (rerun)
      } finally {
        running = null
      }
    })()
    return running
  }
}
