/**
 * Feature flags and experiments (issue 17, decision 0033): the shopper's evaluated flags by the
 * shared evaluator, the exposures devices report, the admin's writes (each with its audit row in
 * the same transaction, then a `flags.changed` poke) and an experiment's results by the shared
 * statistics. Definitions are cached per instance until a poke says they changed.
 */

import { ErrorCode } from '../../shared/errors.ts'
import type {
  AdminFlag,
  ExperimentResultsAnswer,
  ExposureInput,
  FlagAuditAction,
  FlagAuditEntry,
  FlagCreateInput,
  FlagsAnswer,
  FlagUpdateInput,
} from '../../shared/experiments/flag-api.ts'
import {
  type ExperimentDefinition,
  evaluateFlag,
  type FlagContext,
  type FlagDefinition,
  type FlagValue,
} from '../../shared/experiments/flags.ts'
import { analyzeExperiment, defaultSequentialTuningParameter } from '../../shared/experiments/statistics.ts'
import type { ActiveSession } from '../account/session.service.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Bus } from '../platform/bus.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  countExposuresAndConversions,
  deleteFlagRow,
  type FlagRow,
  findFlagRow,
  insertExposure,
  insertFlagAudit,
  insertFlagRow,
  listFlagAudit,
  listFlagRows,
  lockFlagRow,
  updateFlagRow,
} from './flags.repository.ts'
import { flagsChannel, publishFlagsChanged } from './flags-changed.ts'

type ReadDeps = Pick<AppDeps, 'db' | 'bus' | 'clock'>
type WriteDeps = Pick<AppDeps, 'db' | 'bus' | 'clock' | 'logger'>

type CachedFlags = { rows: Promise<FlagRow[]> | undefined; following: Promise<boolean> }
const cacheByBus = new WeakMap<Bus, CachedFlags>()

/**
 * The flag rows, read once per instance and kept until a `flags.changed` poke drops them. While the
 * bus cannot be subscribed to (Redis down), nothing would tell this instance of a change: it reads
 * the rows on every request instead.
 */
async function cachedFlagRows(deps: ReadDeps): Promise<FlagRow[]> {
  let cache = cacheByBus.get(deps.bus)
  if (!cache) {
    const created: CachedFlags = { rows: undefined, following: Promise.resolve(false) }
    created.following = deps.bus
      .subscribe(flagsChannel, () => {
        created.rows = undefined
      })
      .then(
        () => true,
        () => {
          cacheByBus.delete(deps.bus)
          return false
        },
      )
    cacheByBus.set(deps.bus, created)
    cache = created
  }
  // Subscribed before the read: a change committed meanwhile drops what this read returns.
  if (!(await cache.following)) return listFlagRows(deps.db)
  if (cache.rows) return cache.rows
  const reading = listFlagRows(deps.db)
  const current = cache
  current.rows = reading
  reading.catch(() => {
    if (current.rows === reading) current.rows = undefined
  })
  return reading
}

function dropCachedFlags(bus: Bus): void {
  const cache = cacheByBus.get(bus)
  if (cache) cache.rows = undefined
}

/** What a request says about the shopper, besides the session. */
export type FlagRequestContext = Omit<FlagContext, 'userId' | 'signedIn' | 'attributes'>

/** The evaluated flags and experiment assignments of one shopper; a killed flag serves its default. */
export async function evaluateFlagsFor(
  deps: ReadDeps,
  request: FlagRequestContext,
  session: ActiveSession | null,
): Promise<FlagsAnswer> {
  const user = session?.user ?? null
  const context: FlagContext = { ...request, signedIn: user !== null, ...(user ? { userId: user.id } : {}) }
  const now = deps.clock()
  const flags: Record<string, FlagValue> = {}
  const experiments: Record<string, { flagKey: string; variant: string }> = {}
  for (const row of await cachedFlagRows(deps)) {
    if (!row.enabled) {
      flags[row.key] = row.definition.defaultValue
      continue
    }
    const evaluation = evaluateFlag(row.definition, context, now)
    flags[row.key] = evaluation.value
    if (evaluation.source === 'experiment')
      experiments[evaluation.exposure.experimentKey] = { flagKey: row.key, variant: evaluation.exposure.variationKey }
  }
  return { flags, experiments }
}

type FoundExperiment = { flag: FlagRow; experiment: ExperimentDefinition<FlagValue> }

function experimentsOf(flag: FlagRow): FoundExperiment[] {
  return flag.definition.rules.flatMap((rule) =>
    rule.kind === 'experiment' ? [{ flag, experiment: rule.experiment }] : [],
  )
}

async function findExperiment(deps: ReadDeps, key: string): Promise<FoundExperiment | undefined> {
  return (await cachedFlagRows(deps)).flatMap(experimentsOf).find((found) => found.experiment.key === key)
}

/**
 * Records that a variant was rendered for the shopper, once per experiment and subject (the
 * anonymous id, or the account for experiments hashed on it). True when this was the first time.
 */
export async function recordExposure(
  deps: ReadDeps,
  input: ExposureInput,
  session: ActiveSession | null,
): Promise<{ recorded: boolean }> {
  const found = await findExperiment(deps, input.experimentKey)
  if (!found)
    throw new AppError(ErrorCode.InvalidInput, 'No such experiment.', [
      { path: 'json.experimentKey', message: 'is not an experiment of any flag' },
    ])
  if (!found.experiment.variations.some((variation) => variation.key === input.variant))
    throw new AppError(ErrorCode.InvalidInput, 'No such variant.', [
      { path: 'json.variant', message: `is not a variation of ${input.experimentKey}` },
    ])
  const userId = session?.user?.id ?? null
  const subjectId = found.experiment.hashOn === 'userId' ? userId : input.anonymousId
  if (!subjectId)
    throw new AppError(ErrorCode.InvalidInput, 'This experiment follows accounts.', [
      { path: 'json.experimentKey', message: 'is bucketed by account: sign in first' },
    ])
  const recorded = await insertExposure(deps.db, {
    experimentKey: input.experimentKey,
    subjectId,
    variant: input.variant,
    userId,
    at: deps.clock(),
  })
  return { recorded }
}

export function toAdminFlag(row: FlagRow): AdminFlag {
  return {
    key: row.key,
    definition: row.definition,
    enabled: row.enabled,
    revision: row.revision,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  }
}

export async function listAdminFlags(deps: Pick<AppDeps, 'db'>): Promise<{ items: AdminFlag[] }> {
  return { items: (await listFlagRows(deps.db)).map(toAdminFlag) }
}

export async function getAdminFlag(deps: Pick<AppDeps, 'db'>, key: string): Promise<AdminFlag> {
  const row = await findFlagRow(deps.db, key)
  if (!row) throw new AppError(ErrorCode.NotFound, `No flag ${key}.`)
  return toAdminFlag(row)
}

const snapshot = (row: FlagRow) => ({ definition: row.definition, enabled: row.enabled, revision: row.revision })

/** Runs one flag write and its audit row in a transaction, then pokes every instance and tab. */
async function writeFlag(
  deps: WriteDeps,
  write: (tx: AppDeps['db'], now: Date) => Promise<{ row: FlagRow; before: FlagRow | null; action: FlagAuditAction }>,
  actorId: string,
): Promise<FlagRow> {
  const row = await deps.db.transaction(async (tx) => {
    const now = deps.clock()
    const result = await write(tx, now)
    const after = result.action === 'delete' ? null : snapshot(result.row)
    await insertFlagAudit(tx, {
      flagKey: result.row.key,
      actorId,
      action: result.action,
      before: result.before ? snapshot(result.before) : null,
      after,
      at: now,
    })
    return result.row
  })
  dropCachedFlags(deps.bus)
  await publishFlagsChanged(deps)
  return row
}

function conflict(current: FlagRow | undefined, key: string, revision: number): AppError {
  if (!current) return new AppError(ErrorCode.NotFound, `No flag ${key}.`)
  return new AppError(
    ErrorCode.EditConflict,
    `The flag is at revision ${current.revision} now, not ${revision}.`,
    [{ path: 'json.revision', message: `is ${current.revision} now` }],
    undefined,
    { current: toAdminFlag(current) },
  )
}

export async function createFlag(deps: WriteDeps, input: FlagCreateInput, actorId: string): Promise<AdminFlag> {
  const definition = input.definition as FlagDefinition
  const row = await writeFlag(
    deps,
    async (tx, now) => {
      const inserted = await insertFlagRow(tx, {
        key: definition.key,
        definition,
        enabled: input.enabled ?? true,
        updatedBy: actorId,
        now,
      })
      if (!inserted)
        throw new AppError(ErrorCode.EditConflict, `A flag ${definition.key} exists already.`, [
          { path: 'json.definition.key', message: 'is taken' },
        ])
      return { row: inserted, before: null, action: 'create' }
    },
    actorId,
  )
  return toAdminFlag(row)
}

export async function updateFlag(
  deps: WriteDeps,
  key: string,
  input: FlagUpdateInput,
  actorId: string,
): Promise<AdminFlag> {
  if (input.definition.key !== key)
    throw new AppError(ErrorCode.InvalidInput, 'A flag keeps its key.', [
      { path: 'json.definition.key', message: `must be ${key}` },
    ])
  const row = await writeFlag(
    deps,
    async (tx, now) => {
      const before = await lockFlagRow(tx, key)
      if (!before || before.revision !== input.revision) throw conflict(before, key, input.revision)
      const updated = await updateFlagRow(tx, key, input.revision, {
        definition: input.definition as FlagDefinition,
        ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
        updatedBy: actorId,
        now,
      })
      if (!updated) throw conflict(await findFlagRow(tx, key), key, input.revision)
      return { row: updated, before, action: 'update' }
    },
    actorId,
  )
  return toAdminFlag(row)
}

export async function deleteFlag(deps: WriteDeps, key: string, revision: number, actorId: string): Promise<void> {
  await writeFlag(
    deps,
    async (tx) => {
      const before = await lockFlagRow(tx, key)
      if (!before || before.revision !== revision) throw conflict(before, key, revision)
      const deleted = await deleteFlagRow(tx, key, revision)
      if (!deleted) throw conflict(await findFlagRow(tx, key), key, revision)
      return { row: deleted, before, action: 'delete' }
    },
    actorId,
  )
}

/**
 * The kill switch (and its undo): takes no revision, because stopping a broken feature must not
 * wait for a reload; the flag serves its default value to everyone from the next read on.
 */
export async function setFlagKilled(
  deps: WriteDeps,
  key: string,
  killed: boolean,
  actorId: string,
): Promise<AdminFlag> {
  const row = await writeFlag(
    deps,
    async (tx, now) => {
      const before = await lockFlagRow(tx, key)
      if (!before) throw new AppError(ErrorCode.NotFound, `No flag ${key}.`)
      const updated = await updateFlagRow(tx, key, before.revision, { enabled: !killed, updatedBy: actorId, now })
      if (!updated) throw new AppError(ErrorCode.NotFound, `No flag ${key}.`)
      return { row: updated, before, action: killed ? 'kill' : 'revive' }
    },
    actorId,
  )
  return toAdminFlag(row)
}

export async function listAudit(
  deps: Pick<AppDeps, 'db'>,
  query: { flagKey?: string | undefined; limit: number },
): Promise<{ items: FlagAuditEntry[] }> {
  const rows = await listFlagAudit(deps.db, query.flagKey, query.limit)
  return {
    items: rows.map((row) => ({
      id: row.id,
      flagKey: row.flagKey,
      actorId: row.actorId,
      action: row.action,
      before: row.before,
      after: row.after,
      at: row.at.toISOString(),
    })),
  }
}

export type AdminExperiment = {
  readonly key: string
  readonly flagKey: string
  readonly flagEnabled: boolean
  readonly experiment: ExperimentDefinition<FlagValue>
}

export async function listExperiments(deps: Pick<AppDeps, 'db'>): Promise<{ items: AdminExperiment[] }> {
  const rows = await listFlagRows(deps.db)
  return {
    items: rows.flatMap(experimentsOf).map(({ flag, experiment }) => ({
      key: experiment.key,
      flagKey: flag.key,
      flagEnabled: flag.enabled,
      experiment,
    })),
  }
}

/**
 * Exposures and conversions per variation (the first is the control), with each variant's
 * sequential confidence interval of its lift over the control, the smallest sequential p-value
 * (Bonferroni-corrected over the variants), and the sample-ratio check against the weights.
 */
export async function experimentResults(deps: Pick<AppDeps, 'db'>, key: string): Promise<ExperimentResultsAnswer> {
  const found = (await listFlagRows(deps.db)).flatMap(experimentsOf).find((each) => each.experiment.key === key)
  if (!found) throw new AppError(ErrorCode.NotFound, `No experiment ${key}.`)
  const counted = new Map((await countExposuresAndConversions(deps.db, key)).map((row) => [row.variant, row]))
  const { variations } = found.experiment
  const counts = variations.map((variation) => ({
    exposures: counted.get(variation.key)?.exposures ?? 0,
    conversions: counted.get(variation.key)?.conversions ?? 0,
  }))
  const weights = variations.map((variation) => variation.weight)
  const results = analyzeExperiment(counts, weights, {
    sequential: { tuningParameter: defaultSequentialTuningParameter },
  })
  const pValues = results.variants.flatMap((variant) => (variant.comparison ? [variant.comparison.pValue] : []))
  const totalExposures = counts.reduce((total, each) => total + each.exposures, 0)
  return {
    experimentKey: key,
    flagKey: found.flag.key,
    variants: results.variants.map((variant, i) => ({
      key: variations[i]?.key ?? String(i),
      exposures: variant.exposures,
      conversions: variant.conversions,
      rate: variant.rate,
      ciLow: variant.comparison?.absoluteLift.interval[0] ?? null,
      ciHigh: variant.comparison?.absoluteLift.interval[1] ?? null,
    })),
    pValue: pValues.length === 0 ? null : Math.min(1, Math.min(...pValues) * (variations.length - 1)),
    srmPValue: totalExposures === 0 ? 1 : results.sampleRatio.pValue,
    sampleRatioMismatch: totalExposures > 0 && results.sampleRatio.mismatch,
    conversionSource: 'orders-after-exposure',
  }
}
