/**
 * The arena of the option blocks of every document (layout in option-registry.ts), as one typed
 * array: 100k small arrays would cost more in object headers than in numbers.
 */
import { blockLength } from './option-registry.ts'

export type OptionArena = {
  readonly values: () => Uint16Array | Uint32Array
  readonly stats: () => { readonly used: number; readonly garbage: number }
  /** Stores a block and returns its start; may first compact, moving the blocks `starts` points at. */
  append(block: readonly number[], starts: Uint32Array): number
  /** The block at `start` is no longer used. */
  free(start: number): void
}

/**
 * Blocks appended one after the other; a replaced block is garbage until the arena is compacted
 * (when garbage outweighs the blocks in use). Slot 0 is never a block. Starts as 16-bit numbers
 * and widens once a number needs more.
 */
export function createOptionArena(): OptionArena {
  let values: Uint16Array | Uint32Array = new Uint16Array(1024)
  let end = 1
  let garbage = 0

  function ensure(extra: number, wide: boolean): void {
    const widen = wide && values instanceof Uint16Array
    if (end + extra <= values.length && !widen) return
    let size = values.length
    while (size < end + extra) size *= 2
    const next = widen || values instanceof Uint32Array ? new Uint32Array(size) : new Uint16Array(size)
    next.set(values.subarray(0, end))
    values = next
  }

  return {
    values: () => values,
    stats: () => ({ used: end - 1 - garbage, garbage }),
    append(block: readonly number[], starts: Uint32Array): number {
      if (garbage > 4096 && garbage * 2 > end) compact(starts)
      ensure(
        block.length,
        block.some((n) => n > 0xffff),
      )
      const start = end
      values.set(block, start)
      end += block.length
      return start
    },
    free(start: number): void {
      garbage += blockLength(values, start)
    },
  }

  /** Moves every live block to the front, in document order, and points `starts` (by document) at them. */
  function compact(starts: Uint32Array): void {
    const next = values instanceof Uint32Array ? new Uint32Array(values.length) : new Uint16Array(values.length)
    let at = 1
    for (let id = 0; id < starts.length; id++) {
      const start = starts[id]!
      if (start === 0) continue
      const length = blockLength(values, start)
      next.set(values.subarray(start, start + length), at)
      starts[id] = at
      at += length
    }
    values = next
    end = at
    garbage = 0
  }
}
