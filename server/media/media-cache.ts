/**
 * Encoded images on disk, keyed by relative path. Writers render to a unique temp file and rename it
 * into place (atomic on one filesystem), so a reader never sees a half-written file and concurrent
 * renders of the same image — in this process or another instance — simply race to the same bytes.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export type CachedFile = { readonly bytes: Buffer; readonly hit: boolean }

export function createDiskCache(root: string) {
  const inFlight = new Map<string, Promise<Buffer>>()

  async function getOrCreate(key: string, create: () => Promise<Buffer>): Promise<CachedFile> {
    const path = join(root, key)
    const cached = await readIfPresent(path)
    if (cached) return { bytes: cached, hit: true }
    // Requests arriving while the first render runs share it instead of rendering again.
    let pending = inFlight.get(key)
    if (!pending) {
      pending = createAndStore(path, create).finally(() => inFlight.delete(key))
      inFlight.set(key, pending)
    }
    return { bytes: await pending, hit: false }
  }

  return { root, getOrCreate }
}

export type DiskCache = ReturnType<typeof createDiskCache>

async function createAndStore(path: string, create: () => Promise<Buffer>): Promise<Buffer> {
  const bytes = await create()
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${randomUUID()}.tmp`
  try {
    await writeFile(temp, bytes)
    await rename(temp, path)
  } finally {
    await rm(temp, { force: true })
  }
  return bytes
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null
    throw error
  }
}
