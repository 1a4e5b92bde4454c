/**
 * `POST /api/csp-reports`: browsers report Content-Security-Policy violations here, in the legacy
 * report-uri format (application/csp-report) or the Reporting API's (application/reports+json).
 * Each violation becomes one structured warn line. Mounted outside the CSRF-checked /api app:
 * browsers send reports without our CSRF header, and a report carries no authority to abuse.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { bodySizeLimit } from '../platform/body-size-limit.ts'
import { clientIp } from '../platform/client-ip.ts'
import { AppError } from '../platform/http-errors.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'

export const cspReportMaxBytes = 16 * 1024
export const cspReportsPerIp: RateLimitRule = { name: 'csp-report-ip', limit: 60, windowMs: 60_000 }

/** What we log of one violation; every value is the browser's, cut short. */
export type CspViolation = {
  readonly documentUri: string | undefined
  readonly blockedUri: string | undefined
  readonly directive: string | undefined
  readonly disposition: string | undefined
  readonly sourceFile: string | undefined
  readonly line: number | undefined
}

const text = z
  .string()
  .optional()
  .transform((value) => value?.slice(0, 300))
const line = z.number().int().nonnegative().optional().catch(undefined)

// report-uri (CSP2): {"csp-report": {"document-uri": …, "violated-directive": …}}
const legacyReport = z.object({
  'csp-report': z.object({
    'document-uri': text,
    'blocked-uri': text,
    'effective-directive': text,
    'violated-directive': text,
    disposition: text,
    'source-file': text,
    'line-number': line,
  }),
})

// report-to (Reporting API): [{type: "csp-violation", url, body: {documentURL, effectiveDirective, …}}]
const reportingApiReports = z.array(z.object({ type: z.string(), url: text, body: z.unknown() })).max(100)
const reportingApiViolation = z.object({
  documentURL: text,
  blockedURL: text,
  effectiveDirective: text,
  disposition: text,
  sourceFile: text,
  lineNumber: line,
})

/** The violations in a report body of the given media type; throws INVALID_INPUT on anything else. */
export function parseCspReport(mediaType: string, body: unknown): CspViolation[] {
  if (mediaType === 'application/reports+json') {
    const reports = reportingApiReports.safeParse(body)
    if (!reports.success) throw new AppError(ErrorCode.InvalidInput, 'Not a Reporting API report list.')
    return reports.data
      .filter((report) => report.type === 'csp-violation')
      .map((report) => {
        const v = reportingApiViolation.safeParse(report.body)
        if (!v.success) throw new AppError(ErrorCode.InvalidInput, 'Not a CSP violation report body.')
        const { documentURL, blockedURL, effectiveDirective, disposition, sourceFile, lineNumber } = v.data
        return {
          documentUri: documentURL ?? report.url,
          blockedUri: blockedURL,
          directive: effectiveDirective,
          disposition,
          sourceFile,
          line: lineNumber,
        }
      })
  }
  const legacy = legacyReport.safeParse(body)
  if (!legacy.success) throw new AppError(ErrorCode.InvalidInput, 'Not a CSP violation report.')
  const r = legacy.data['csp-report']
  return [
    {
      documentUri: r['document-uri'],
      blockedUri: r['blocked-uri'],
      directive: r['effective-directive'] ?? r['violated-directive'],
      disposition: r.disposition,
      sourceFile: r['source-file'],
      line: r['line-number'],
    },
  ]
}

const reportMediaTypes = new Set(['application/csp-report', 'application/reports+json', 'application/json'])

export const cspReportRoutes = new Hono<AppEnv>().post('/', bodySizeLimit(cspReportMaxBytes), async (c) => {
  const { rateLimiter, config } = c.var.deps
  await enforceRateLimits(rateLimiter, [[cspReportsPerIp, clientIp(c, config.trustProxy)]])
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!reportMediaTypes.has(mediaType))
    throw new AppError(ErrorCode.InvalidInput, 'Expected application/csp-report or application/reports+json.')
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw new AppError(ErrorCode.InvalidInput, 'The report is not valid JSON.')
  }
  for (const violation of parseCspReport(mediaType, body))
    c.var.logger.warn({ cspViolation: violation }, 'csp violation')
  return c.body(null, 204)
})
