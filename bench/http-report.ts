// The table bench/http.ts prints for one server (one backing × cache setting).
import type { Load, Probe } from './http-load.ts'

/** CPU time the serving process (shop or bare child) used during the measured pass. */
export type Cpu = {
  /** utime + stime from /proc/<pid>/stat, after minus before the pass. */
  readonly ticks: number
  readonly ticksPerS: number
  /** ticks / ticksPerS / load.responses, in µs. */
  readonly usPerReq: number
  /**
   * Under 2,000 responses (the up to `connections` requests in flight at either end of the pass then
   * weigh over ~2.5%) or under 50 ticks (±1 tick of rounding then is over 2% of the figure).
   */
  readonly coarse: boolean
}

export type Row = {
  readonly name: string
  readonly path: string
  readonly probe?: Probe
  readonly load?: Load
  readonly cpu?: Cpu
  /** Why the row was not measured. */
  readonly skipped?: string
}

export type Block = {
  readonly backing: string
  readonly cache: string
  readonly label: string
  readonly rows: readonly Row[]
  /** Why the shop's CPU time is not measured, when it is not. */
  readonly cpuNote?: string
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0))

const isHealthz = (row: Row) => row.name === 'healthz' || row.name === 'healthz-end'

type RatioBase = 'bare' | 'healthz' | 'bare-asset'

function ratioBaseOf(row: Row): RatioBase | undefined {
  if (!row.load || row.name === 'bare' || row.name === 'bare-asset') return undefined
  return isHealthz(row) ? 'bare' : row.name === 'asset' ? 'bare-asset' : 'healthz'
}

function meanOfBase(block: Block, ratioTo: RatioBase, value: (row: Row) => number | undefined): number | undefined {
  const bases = block.rows
    .filter((r) => (ratioTo === 'healthz' ? isHealthz(r) : r.name === ratioTo))
    .flatMap((r) => {
      const v = value(r)
      return v === undefined ? [] : [v]
    })
  return bases.length === 0 ? undefined : bases.reduce((sum, v) => sum + v, 0) / bases.length
}

/**
 * req/s (ratio) and CPU µs per request (cpuRatio) of the row over those of its base: for the shop's
 * rows the mean of the block's two /healthz runs (first and last), for /healthz the bare node:http
 * server measured just before the shop started, for the asset bare node:http sending the same file.
 */
export function ratioOf(row: Row, block: Block): { ratio?: number; cpuRatio?: number; ratioTo?: RatioBase } {
  const ratioTo = ratioBaseOf(row)
  if (!ratioTo || !row.load) return {}
  const reqBase = meanOfBase(block, ratioTo, (r) => r.load?.reqPerS)
  const cpuBase = meanOfBase(block, ratioTo, (r) => r.cpu?.usPerReq)
  const ratio = reqBase === undefined ? undefined : row.load.reqPerS / reqBase
  const cpuRatio = cpuBase === undefined || !row.cpu || cpuBase === 0 ? undefined : row.cpu.usPerReq / cpuBase
  if (ratio === undefined && cpuRatio === undefined) return {}
  return { ratioTo, ...(ratio === undefined ? {} : { ratio }), ...(cpuRatio === undefined ? {} : { cpuRatio }) }
}

const baseLabel = (ratioTo: RatioBase | undefined) => (ratioTo === 'healthz' ? 'hz' : (ratioTo ?? ''))

function ratio(row: Row, block: Block): string {
  const { ratio, ratioTo } = ratioOf(row, block)
  return ratio === undefined ? '' : `${ratio.toFixed(2)}× ${baseLabel(ratioTo)}`
}

function cpuRatio(row: Row, block: Block): string {
  const { cpuRatio, ratioTo } = ratioOf(row, block)
  return cpuRatio === undefined ? '' : `${cpuRatio.toFixed(2)}× ${baseLabel(ratioTo)}`
}

function cpuPerRequest(row: Row): string {
  if (!row.cpu) return ''
  return `${row.cpu.usPerReq.toFixed(0)}${row.cpu.coarse ? '*' : ''}`
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
  ['cpu µs/req', 'right', cpuPerRequest],
  ['cpu ×hz', 'right', cpuRatio],
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
  console.log(`\n${block.label}${block.cpuNote ? ` (cpu ${block.cpuNote})` : ''}`)
  console.log(line(columns.map(([header]) => header)))
  for (const row of cells) console.log(line(row))
}

/** What the columns mean, printed once under the tables. */
export const legend = [
  'ratio: req/s over the mean of /healthz at the start and end of the same server (hz); /healthz over bare node:http (bare);',
  '  the asset over bare node:http sending the same file (bare-asset)',
  'cpu µs/req: utime+stime of the serving process only (shop or bare child; not autocannon, PostgreSQL or Redis) during',
  '  the measured pass, per response; cpu ×hz: that over the same base as ratio. * = coarse: under 2,000 responses',
  '  (requests in flight at the ends of the pass weigh over ~2.5%) or under 50 clock ticks (rounding over 2%)',
  'errors: connection errors and timeouts; bad status: responses with another status than the row expects',
  'status, encoding, bytes: one request as a browser sends it (Accept-Encoding: br, gzip); bytes = body on the wire',
].join('\n')
