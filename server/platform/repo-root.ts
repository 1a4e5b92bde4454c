/**
 * The repository root: the nearest folder above this module that holds package.json. Walked up to
 * rather than a fixed `..`, because this module runs from two depths: as source under tsx
 * (server/platform/) and bundled into build/server/main.js (decision 0011).
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function findRepoRoot(startDir: string): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`No package.json in ${startDir} or any folder above it`)
  }
}

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)))
