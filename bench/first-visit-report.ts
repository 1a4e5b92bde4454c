// What bench/first-visit.ts prints: one table row per page (its best run) next to the targets, then
// per page what Lighthouse says to fix.
import type { CategoryId, RunSummary } from './first-visit-lighthouse.ts'
import type { Page } from './first-visit-pages.ts'

export type PageResult = { readonly page: Page; readonly url: string; readonly runs: readonly RunSummary[] }

/** The targets of a first visit; `max` means at most, `min` at least. */
export const targets = {
  performance: { min: 95 },
  accessibility: { min: 100 },
  'best-practices': { min: 100 },
  seo: { min: 100 },
  lcpMs: { max: 1800 },
  tbtMs: { max: 150 },
  cls: { max: 0 },
  jsBeforeFcpKb: { max: 70 },
} as const

/** The run with the best performance score (ties: the lower LCP). */
export function bestRun(runs: readonly RunSummary[]): RunSummary {
  const perf = (run: RunSummary) => run.scores.performance ?? -1
  const lcp = (run: RunSummary) => run.metrics.lcpMs ?? Number.POSITIVE_INFINITY
  const best = [...runs].sort((a, b) => perf(b) - perf(a) || lcp(a) - lcp(b))[0]
  if (!best) throw new Error('no run to choose from')
  return best
}

type Column = {
  readonly head: string
  readonly width: number
  readonly target: string
  readonly cell: (run: RunSummary) => { text: string; miss: boolean }
}

const kb = (bytes: number | null) => (bytes === null ? null : bytes / 1024)
const atLeast = (value: number | null, min: number) => ({
  text: value === null ? '–' : String(value),
  miss: value === null || value < min,
})
const atMost = (value: number | null, max: number, digits = 0) => ({
  text: value === null ? '–' : value.toFixed(digits),
  miss: value === null || value > max,
})
const plain = (value: number | null, digits = 0) => ({
  text: value === null ? '–' : value.toFixed(digits),
  miss: false,
})
const score = (id: CategoryId, head: string): Column => ({
  head,
  width: 5,
  target: `${id === 'performance' ? '≥' : ''}${targets[id].min}`,
  cell: (run) => atLeast(run.scores[id], targets[id].min),
})

const columns: readonly Column[] = [
  score('performance', 'perf'),
  score('accessibility', 'a11y'),
  score('best-practices', 'bp'),
  score('seo', 'seo'),
  {
    head: 'LCP ms',
    width: 7,
    target: `≤${targets.lcpMs.max}`,
    cell: (r) => atMost(r.metrics.lcpMs, targets.lcpMs.max),
  },
  {
    head: 'TBT ms',
    width: 7,
    target: `≤${targets.tbtMs.max}`,
    cell: (r) => atMost(r.metrics.tbtMs, targets.tbtMs.max),
  },
  // CLS is shown to 3 decimals, and 0 at that precision meets the target.
  {
    head: 'CLS',
    width: 6,
    target: '0',
    cell: (r) => atMost(r.metrics.cls === null ? null : Number(r.metrics.cls.toFixed(3)), targets.cls.max, 3),
  },
  { head: 'FCP ms', width: 7, target: '', cell: (r) => plain(r.metrics.fcpMs) },
  { head: 'SI ms', width: 7, target: '', cell: (r) => plain(r.metrics.siMs) },
  {
    head: 'JS<FCP KB',
    width: 10,
    target: `≤${targets.jsBeforeFcpKb.max}`,
    cell: (r) => atMost(kb(r.bytes.jsBeforeFcp), targets.jsBeforeFcpKb.max, 1),
  },
  { head: 'JS KB', width: 7, target: '', cell: (r) => plain(kb(r.bytes.js), 1) },
  { head: 'total KB', width: 9, target: '', cell: (r) => plain(kb(r.bytes.total), 1) },
]

const pageWidth = 10

function tableLine(first: string, cells: readonly string[]): string {
  return `${first.padEnd(pageWidth)}${cells.map((cell, i) => cell.padStart(columns[i]?.width ?? 8)).join(' ')}`
}

export function formatTable(results: readonly PageResult[]): string {
  const lines = [
    tableLine(
      'page',
      columns.map((c) => c.head),
    ),
    tableLine(
      'target',
      columns.map((c) => c.target),
    ),
    ...results.map(({ page, runs }) => {
      const best = bestRun(runs)
      return tableLine(
        page.name,
        columns.map((column) => {
          const { text, miss } = column.cell(best)
          return `${text}${miss ? '!' : ' '}`
        }),
      )
    }),
  ]
  return [
    ...lines,
    '(! = misses the target; JS<FCP = compressed Script bytes requested before the observed first contentful paint)',
  ].join('\n')
}

const indent = (lines: readonly string[], prefix = '    ') => lines.map((line) => `${prefix}${line}`)

/** URLs of the measured origin are printed as paths. */
function shortUrl(url: string, origin: string): string {
  return url.startsWith(origin) ? url.slice(origin.length) || '/' : url
}

function section(title: string, lines: readonly string[], empty = 'none'): string[] {
  return lines.length > 0 ? [`  ${title}:`, ...indent(lines)] : [`  ${title}: ${empty}`]
}

export function formatPageDetails({ page, url, runs }: PageResult): string {
  const best = bestRun(runs)
  const origin = new URL(url).origin
  const d = best.diagnostics
  const rowText = (row: { url: string; note: string }) => `${shortUrl(row.url, origin) || '(no url)'} — ${row.note}`
  const failing = (['accessibility', 'best-practices', 'seo'] as const).flatMap((id) =>
    best.failing[id].flatMap((a) => [
      `[${id}] ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`,
      ...a.where.map((where) => `    at ${shortUrl(where, origin)}`),
    ]),
  )
  const savings = (ms: number, bytes: number) =>
    [ms > 0 ? `≈${Math.round(ms)} ms` : '', bytes > 0 ? `${(bytes / 1024).toFixed(1)} KiB` : '']
      .filter(Boolean)
      .join(', ')
  const perfIssues = best.perfIssues.map((issue) => {
    const saved = savings(issue.savingsMs, issue.savingsBytes)
    return `${issue.id} — ${issue.title}${issue.displayValue ? `: ${issue.displayValue}` : ''}${saved ? ` [${saved}]` : ''}`
  })
  return [
    `${page.name} ${url}`,
    `  runs (perf): ${runs.map((run) => run.scores.performance ?? '–').join(' ')}; best shown${best.runtimeError ? `; ERROR ${best.runtimeError}` : ''}`,
    ...best.runWarnings.map((warning) => `  warning: ${warning}`),
    `  LCP element: ${d.lcpElement ?? 'not found'}`,
    ...(d.lcpPhases ? [`  LCP phases: ${d.lcpPhases}`] : []),
    ...section('failing a11y/bp/seo audits', failing),
    ...section('top performance opportunities/diagnostics', perfIssues),
    ...section('render-blocking', d.renderBlocking.map(rowText)),
    ...section('long main-thread tasks (simulated durations, observed start)', d.longTasks.map(rowText)),
    ...section('script main-thread time', d.scriptTime.map(rowText)),
    ...section('largest scripts (transfer)', best.bytes.scripts.map(rowText)),
    ...section('unused JS (Lighthouse lists scripts with ≥20 KiB unused)', d.unusedJs.map(rowText)),
    ...section(
      'image issues',
      d.images.map((row) => `${row.audit}: ${row.url ? rowText(row) : row.note}`),
    ),
    ...section(
      'layout shifts',
      d.layoutShifts.map((row) => `${row.url} — ${row.note}`),
    ),
  ].join('\n')
}
