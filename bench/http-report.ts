// The table bench/http.ts prints for one server (one backing × cache setting).
import type { Load, Probe } from './http-load.ts'

export type Row = {
  readonly name: string
  readonly path: string
  readonly probe?: Probe
  readonly load?: Load
  /** Why the row was not measured. */
  readonly skipped?: string
}

export type Block = {
  readonly backing: string
  readonly cache: string
  readonly label: string
  readonly rows: readonly Row[]
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0))

const isHealthz = (row: Row) => row.name === 'healthz' || row.name === 'healthz-end'

type RatioBase = 'bare' | 'healthz' | 'bare-asset'

/**
 * req/s of the row over that of its base: for the shop's rows the mean of the block's two /healthz
 * runs (first and last), for /healthz the bare node:http server measured just before the shop started,
 * for the asset bare node:http sending the same file.
 */
export function ratioOf(row: Row, block: Block): { ratio?: number; ratioTo?: RatioBase } {
  if (!row.load || row.name === 'bare' || row.name === 'bare-asset') return {}
  const ratioTo: RatioBase = isHealthz(row) ? 'bare' : row.name === 'asset' ? 'bare-asset' : 'healthz'
  const bases = block.rows
    .filter((r) => (ratioTo === 'healthz' ? isHealthz(r) : r.name === ratioTo))
    .flatMap((r) => (r.load ? [r.load.reqPerS] : []))
  if (bases.length === 0) return {}
  const base = bases.reduce((sum, value) => sum + value, 0) / bases.length
  return { ratio: row.load.reqPerS / base, ratioTo }
}

function ratio(row: Row, block: Block): string {
  const { ratio, ratioTo } = ratioOf(row, block)
  return ratio === undefined ? '' : `${ratio.toFixed(2)}× ${ratioTo === 'healthz' ? 'hz' : ratioTo}`
}

function badStatus(load: Load): string {
  const entries = Object.entries(load.badStatus)
  if (entries.length === 0) return '0'
  return entries.map(([status, count]) => `${count}×${status}`).join(' ')
}

const columns: readonly [string, 'left' | 'right', (row: Row, block: Block) => string][] = [
  ['row', 'left', (r) => r.name],
  ['req/s', 'right', (r) => r.load?.reqPerS.toFixed(0) ?? ''],
  ['ratio', 'right', ratio],
  ['p50 ms', 'right', (r) => (r.load ? ms(r.load.p50Ms) : '')],
  ['p99 ms', 'right', (r) => (r.load ? ms(r.load.p99Ms) : '')],
  ['errors', 'right', (r) => (r.load ? String(r.load.errors) : '')],
  ['bad status', 'right', (r) => (r.load ? badStatus(r.load) : '')],
  ['status', 'right', (r) => (r.probe ? String(r.probe.status) : '')],
  ['encoding', 'left', (r) => r.probe?.encoding ?? ''],
  ['bytes', 'right', (r) => (r.probe ? String(r.probe.bytes) : '')],
  ['path', 'left', (r) => r.skipped ?? r.path],
]

export function printBlock(block: Block): void {
  const cells = block.rows.map((row) => columns.map(([, , cell]) => cell(row, block)))
  const widths = columns.map(([header], i) => Math.max(header.length, ...cells.map((row) => row[i]?.length ?? 0)))
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (columns[i]?.[1] === 'right' ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  console.log(`\n${block.label}`)
  console.log(line(columns.map(([header]) => header)))
  for (const row of cells) console.log(line(row))
}

/** What the columns mean, printed once under the tables. */
export const legend = [
  'ratio: req/s over the mean of /healthz at the start and end of the same server (hz); /healthz over bare node:http (bare);',
  '  the asset over bare node:http sending the same file (bare-asset)',
  'errors: connection errors and timeouts; bad status: responses with another status than the row expects',
  'status, encoding, bytes: one request as a browser sends it (Accept-Encoding: br, gzip); bytes = body on the wire',
].join('\n')
