// One Lighthouse run of bench/first-visit.ts, and what is read out of its report. Every run gets a
// fresh headless Chrome with a fresh profile (chrome-launcher makes a temp user-data-dir per launch),
// so it is a true first visit: no service worker, no HTTP cache, no IndexedDB. Lighthouse's default
// config: mobile emulation and simulated throttling.
import { getChromePath, type LaunchedChrome, launch } from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import type { Teardown } from './http-teardown.ts'

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof categoryIds)[number]

export type Scores = Record<CategoryId, number | null>
export type Metrics = {
  readonly lcpMs: number | null
  readonly tbtMs: number | null
  readonly cls: number | null
  readonly fcpMs: number | null
  readonly siMs: number | null
}
export type Bytes = {
  /** transferSize of every Script request of the load. */
  readonly js: number
  /** transferSize of the Script requests started before the observed first contentful paint. */
  readonly jsBeforeFcp: number | null
  readonly total: number
  /** The largest Script requests, by transferSize. */
  readonly scripts: readonly DetailRow[]
}
export type AuditLine = { readonly id: string; readonly title: string; readonly displayValue?: string }
/** A failing a11y/bp/seo audit and the first elements or URLs it names. */
export type FailingAudit = AuditLine & { readonly where: readonly string[] }
export type PerfIssue = AuditLine & { readonly savingsMs: number; readonly savingsBytes: number }
export type DetailRow = { readonly url: string; readonly note: string }
export type Diagnostics = {
  readonly lcpElement: string | null
  readonly lcpPhases: string | null
  readonly renderBlocking: readonly DetailRow[]
  readonly longTasks: readonly DetailRow[]
  readonly scriptTime: readonly DetailRow[]
  readonly unusedJs: readonly DetailRow[]
  readonly images: readonly (DetailRow & { readonly audit: string })[]
  readonly layoutShifts: readonly DetailRow[]
}
export type RunSummary = {
  readonly url: string
  readonly lighthouseVersion: string
  readonly userAgent: string
  readonly benchmarkIndex: number | null
  readonly runtimeError: string | null
  readonly runWarnings: readonly string[]
  readonly scores: Scores
  readonly metrics: Metrics
  readonly bytes: Bytes
  readonly failing: Record<Exclude<CategoryId, 'performance'>, readonly FailingAudit[]>
  readonly perfIssues: readonly PerfIssue[]
  readonly diagnostics: Diagnostics
}

/** CHROME_PATH, else the Chrome or Chromium chrome-launcher finds (on Linux: `which chromium` among others). */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || getChromePath()
  if (!path) throw new Error('no Chrome or Chromium found: set CHROME_PATH')
  return path
}

/** Launches a fresh Chrome, runs Lighthouse on `url` and kills that Chrome (also on Ctrl-C, via the teardown). */
export async function runLighthouse(url: string, teardown: Teardown, chrome: string): Promise<Result> {
  const launched: LaunchedChrome = await launch({
    chromePath: chrome,
    chromeFlags: ['--headless=new', '--no-sandbox'],
    handleSIGINT: false, // the bench's own SIGINT handler stops Chrome and the shop in order
    logLevel: 'silent',
  })
  const killChrome = teardown.add(`kill Chrome (pid ${launched.pid})`, async () => launched.kill())
  try {
    const flags: Flags = { port: launched.port, logLevel: 'error', output: 'json', onlyCategories: [...categoryIds] }
    const result = await lighthouse(url, flags)
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    return result.lhr
  } finally {
    await killChrome()
  }
}

type Audit = Result['audits'][string]
type Item = Record<string, unknown>

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value)
const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback
const textOf = (value: unknown): string => (typeof value === 'string' ? value : isItem(value) ? urlOf(value) : '')
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** A table cell that names a resource: a URL string, or a source-location / node object. */
function urlOf(item: Item): string {
  for (const key of ['url', 'source', 'node']) {
    const value = item[key]
    if (typeof value === 'string') return value
    if (isItem(value)) return typeof value.url === 'string' ? value.url : nodeText(value)
  }
  return ''
}

/** A DOM node of a report: its label, selector and (shortened) HTML, each once. */
function nodeText(node: Item): string {
  const parts = [node.nodeLabel, node.selector, node.snippet]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .map((part) => (part.length > 200 ? `${part.slice(0, 199)}…` : part))
  return [...new Set(parts)].join(' · ')
}

/** Every row of a table (or of the tables of a list) in an audit's details. */
function itemsOf(audit: Audit | undefined): Item[] {
  const walk = (details: unknown): Item[] => {
    if (!isItem(details)) return []
    if (Array.isArray(details.items))
      return details.items.flatMap((item: unknown) =>
        isItem(item) && (item.type === 'table' || item.type === 'list') ? walk(item) : isItem(item) ? [item] : [],
      )
    return []
  }
  return walk(audit?.details)
}

/** The first present audit of `ids`: its id changed between Lighthouse versions (legacy audit → insight). */
function firstAudit(lhr: Result, ids: readonly string[]): Audit | undefined {
  for (const id of ids) {
    const audit = lhr.audits[id]
    if (audit && audit.scoreDisplayMode !== 'notApplicable') return audit
  }
  return undefined
}

const scored = (audit: Audit | undefined) =>
  audit !== undefined && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
const fails = (audit: Audit | undefined) =>
  audit !== undefined && (audit.scoreDisplayMode === 'error' || (scored(audit) && (audit.score ?? 1) < 1))

function lineOf(audit: Audit): AuditLine {
  const displayValue = audit.scoreDisplayMode === 'error' ? `error: ${audit.errorMessage ?? ''}` : audit.displayValue
  return { id: audit.id, title: audit.title, ...(displayValue ? { displayValue } : {}) }
}

function scoresOf(lhr: Result): Scores {
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score
    return typeof value === 'number' ? Math.round(value * 100) : null
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  }
}

function metricsOf(lhr: Result): Metrics {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? null
  return {
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    siMs: value('speed-index'),
  }
}

/**
 * Bytes from the network-requests audit. "Before first paint" = requested before the observed FCP:
 * both timestamps are unthrottled observations, and the request times are relative to
 * networkStartTimeTs (µs) of the audit's debug data.
 */
function bytesOf(lhr: Result): Bytes {
  const audit = lhr.audits['network-requests']
  const requests = itemsOf(audit)
  const scripts = requests.filter((item) => item.resourceType === 'Script')
  const sum = (items: readonly Item[]) => items.reduce((total, item) => total + transferOf(item), 0)
  const beforeFcp = requestedBeforeFcp(lhr)
  return {
    js: sum(scripts),
    jsBeforeFcp: beforeFcp ? sum(scripts.filter(beforeFcp)) : null,
    total: sum(requests),
    scripts: [...scripts]
      .sort((a, b) => transferOf(b) - transferOf(a))
      .slice(0, 8)
      .map((item) => ({
        url: urlOf(item),
        note: `${kib(transferOf(item))}${beforeFcp && !beforeFcp(item) ? ' (after FCP)' : ''}`,
      })),
  }
}

const transferOf = (item: Item) => numberOr(item.transferSize, 0)

/**
 * Whether a network-requests row was requested before the observed first contentful paint: both are
 * unthrottled observations; request times are ms after the audit's networkStartTimeTs (µs). Undefined
 * when the report lacks either timestamp.
 */
function requestedBeforeFcp(lhr: Result): ((item: Item) => boolean) | undefined {
  const details = lhr.audits['network-requests']?.details as Item | undefined
  const debug: Item = isItem(details?.debugData) ? details.debugData : {}
  const startTs = numberOr(debug.networkStartTimeTs, Number.NaN)
  const fcpTs = numberOr(itemsOf(lhr.audits.metrics)[0]?.observedFirstContentfulPaintTs, Number.NaN)
  if (!Number.isFinite(startTs) || !Number.isFinite(fcpTs)) return undefined
  return (item) => startTs + numberOr(item.networkRequestTime, Number.POSITIVE_INFINITY) * 1000 < fcpTs
}

function failingOf(lhr: Result, id: CategoryId): FailingAudit[] {
  const refs = lhr.categories[id]?.auditRefs ?? []
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter(fails)
    .map((audit) => ({ ...lineOf(audit as Audit), where: itemsOf(audit).map(urlOf).filter(Boolean).slice(0, 3) }))
}

/** Opportunities and diagnostics of the performance category that are not passed, largest savings first. */
function perfIssuesOf(lhr: Result, limit: number): PerfIssue[] {
  const refs = (lhr.categories.performance?.auditRefs ?? []).filter(
    (ref) => ref.group !== 'metrics' && ref.group !== 'hidden',
  )
  const issues = refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id]
    if (!audit || !fails(audit)) return []
    const details: Item = isItem(audit.details) ? audit.details : {}
    const savings = audit.metricSavings ?? {}
    const savingsMs = Math.max(
      numberOr(details.overallSavingsMs, 0),
      savings.LCP ?? 0,
      savings.FCP ?? 0,
      savings.TBT ?? 0,
      savings.INP ?? 0,
    )
    return [{ ...lineOf(audit), savingsMs, savingsBytes: numberOr(details.overallSavingsBytes, 0), score: audit.score }]
  })
  return issues
    .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes || (a.score ?? 1) - (b.score ?? 1))
    .slice(0, limit)
    .map(({ score: _score, ...issue }) => issue)
}

function lcpElementOf(lhr: Result): { element: string | null; phases: string | null } {
  const items = itemsOf(firstAudit(lhr, ['largest-contentful-paint-element', 'lcp-breakdown-insight']))
  const node = items.map((item) => item.node).find(isItem)
  const phases = items
    .filter((item) => typeof item.phase === 'string' || typeof item.subpart === 'string')
    .map(
      (item) =>
        `${textOf(item.phase ?? item.label ?? item.subpart)} ${Math.round(numberOr(item.timing ?? item.duration, 0))} ms`,
    )
  return { element: node ? nodeText(node) : null, phases: phases.length > 0 ? phases.join(', ') : null }
}

function rows(lhr: Result, ids: readonly string[], note: (item: Item) => string, limit = 5): DetailRow[] {
  return itemsOf(firstAudit(lhr, ids))
    .map((item) => ({ url: urlOf(item), note: note(item) }))
    .slice(0, limit)
}

const imageAuditIds = [
  'prioritize-lcp-image',
  'lcp-lazy-loaded',
  'uses-responsive-images',
  'modern-image-formats',
  'uses-optimized-images',
  'offscreen-images',
  'efficient-animated-content',
  'unsized-images',
  'image-delivery-insight',
  'lcp-discovery-insight',
] as const

/** The unmet checks of an insight's checklist (e.g. LCP discovery: "Request is discoverable in initial document"). */
function unmetChecks(items: readonly Item[]): string[] {
  return items
    .filter((item) => item.type === 'checklist' && isItem(item.items))
    .flatMap((item) => Object.values(item.items as Item))
    .filter((check) => isItem(check) && check.value === false)
    .map((check) => `not met: ${textOf((check as Item).label)}`)
}

function imageIssuesOf(lhr: Result): Diagnostics['images'] {
  return imageAuditIds.flatMap((id) => {
    const audit = lhr.audits[id]
    if (!fails(audit)) return []
    const checks = unmetChecks(itemsOf(audit))
    if (checks.length > 0) return [{ audit: id, url: '', note: checks.join('; ') }]
    const found = itemsOf(audit).filter((item) => urlOf(item))
    const listed = found.length > 0 ? found : [{}]
    return listed.slice(0, 3).map((item: Item) => ({
      audit: id,
      url: urlOf(item),
      note:
        item.wastedBytes !== undefined ? `${kib(numberOr(item.wastedBytes, 0))} to save` : (audit?.displayValue ?? ''),
    }))
  })
}

/** Elements that shifted, by total shift score (one element often shifts several times). */
function layoutShiftsOf(lhr: Result): DetailRow[] {
  const byElement = new Map<string, number>()
  for (const item of itemsOf(firstAudit(lhr, ['layout-shifts', 'cls-culprits-insight']))) {
    if (!isItem(item.node) || item.node.type !== 'node') continue
    const element = nodeText({ selector: item.node.selector, nodeLabel: item.node.nodeLabel })
    byElement.set(element, (byElement.get(element) ?? 0) + numberOr(item.score, 0))
  }
  return [...byElement]
    .sort((a, b) => b[1] - a[1])
    .map(([url, score]) => ({ url, note: `shift score ${score.toFixed(3)}` }))
}

function diagnosticsOf(lhr: Result): Diagnostics {
  const lcp = lcpElementOf(lhr)
  const ms = (value: unknown) => `${Math.round(numberOr(value, 0))} ms`
  return {
    lcpElement: lcp.element,
    lcpPhases: lcp.phases,
    renderBlocking: rows(lhr, ['render-blocking-resources', 'render-blocking-insight'], (item) =>
      [item.wastedMs === undefined ? '' : `${ms(item.wastedMs)} blocked`, kib(numberOr(item.totalBytes, 0))]
        .filter(Boolean)
        .join(', '),
    ),
    longTasks: rows(lhr, ['long-tasks'], (item) => `${ms(item.duration)} at ${ms(item.startTime)}`, 8),
    scriptTime: rows(
      lhr,
      ['bootup-time'],
      (item) => `${ms(item.total)} total, ${ms(item.scripting)} scripting, ${ms(item.scriptParseCompile)} parse`,
    ),
    unusedJs: rows(
      lhr,
      ['unused-javascript'],
      (item) => `${kib(numberOr(item.wastedBytes, 0))} unused of ${kib(numberOr(item.totalBytes, 0))}`,
    ),
    images: imageIssuesOf(lhr),
    layoutShifts: layoutShiftsOf(lhr),
  }
}

export function summarize(lhr: Result, perfIssueLimit = 5): RunSummary {
  return {
    url: lhr.finalDisplayedUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    runWarnings: lhr.runWarnings.map(String),
    scores: scoresOf(lhr),
    metrics: metricsOf(lhr),
    bytes: bytesOf(lhr),
    failing: {
      accessibility: failingOf(lhr, 'accessibility'),
      'best-practices': failingOf(lhr, 'best-practices'),
      seo: failingOf(lhr, 'seo'),
    },
    perfIssues: perfIssuesOf(lhr, perfIssueLimit),
    diagnostics: diagnosticsOf(lhr),
  }
}
