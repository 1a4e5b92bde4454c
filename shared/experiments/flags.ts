/**
 * Feature flags and the experiments behind them, evaluated by one pure function on the server, in
 * the browser and in the service worker (decision 0033). A flag is data: a default value and
 * ordered rules; the first rule whose targeting matches the shopper (and whose rollout includes
 * them) decides. Evaluation needs no network: the definitions sync to the device like the catalog.
 */
import type { DeviceType } from '../analytics/analytics-events.ts'
import type { Locale } from '../i18n/locales.ts'
import type { MarketId } from '../markets/market.ts'
import { assignVariation, hash, inRange } from './bucketing.ts'

/** A flag's value: on/off, or one of several strings or numbers (multivariate). */
export type FlagValue = boolean | string | number

/** What targeting may look at. Only pseudonymous facts: no name, email or address ever. */
export type FlagContext = {
  /** The device's anonymous id: the default hash key, kept after sign-in so nobody is re-bucketed. */
  readonly anonymousId: string
  /** The signed-in customer's id, for experiments that must follow them across devices. */
  readonly userId?: string
  readonly market: MarketId
  /** ISO 3166-1 alpha-2 of the shipping or browsing country, when known. */
  readonly country?: string
  readonly locale: Locale
  readonly signedIn: boolean
  readonly deviceType: DeviceType
  /** Customer attributes (a segment, an order count band), by attribute name. */
  readonly attributes?: Readonly<Record<string, FlagValue>>
}

export type AttributeOperator = 'eq' | 'neq' | 'in' | 'notIn' | 'gt' | 'gte' | 'lt' | 'lte'

/** One targeting condition; a rule matches when all of its conditions hold. */
export type Condition =
  | { readonly kind: 'market'; readonly in: readonly MarketId[] }
  | { readonly kind: 'country'; readonly in: readonly string[] }
  | { readonly kind: 'locale'; readonly in: readonly Locale[] }
  | { readonly kind: 'signedIn'; readonly is: boolean }
  | { readonly kind: 'deviceType'; readonly in: readonly DeviceType[] }
  | {
      readonly kind: 'attribute'
      readonly name: string
      readonly op: AttributeOperator
      readonly value: FlagValue | readonly FlagValue[]
    }

export type Variation<V extends FlagValue> = { readonly key: string; readonly value: V; readonly weight: number }

/**
 * An experiment: variations with weights, a hashing seed, coverage and a schedule. While it runs
 * its seed and weights must not change (that would move shoppers); coverage may only grow.
 * Stopped with a `winner`, it serves the winner's value to everyone it targets.
 */
export type ExperimentDefinition<V extends FlagValue> = {
  readonly key: string
  readonly seed: string
  readonly variations: readonly Variation<V>[]
  readonly coverage: number
  readonly hashOn: 'anonymousId' | 'userId'
  readonly status: 'draft' | 'running' | 'stopped'
  readonly startsAt?: string
  readonly endsAt?: string
  readonly winner?: string
}

/**
 * A rule: serve `value` to a share (`rollout`, 0–1) of the targeted shoppers, or run an experiment
 * on them. A rollout hashes on `seed` (the flag's key unless given), not on the rule's position,
 * so reordering rules does not reshuffle who is in.
 */
export type FlagRule<V extends FlagValue> =
  | {
      readonly kind: 'force'
      readonly when: readonly Condition[]
      readonly value: V
      readonly rollout?: number
      readonly seed?: string
    }
  | { readonly kind: 'experiment'; readonly when: readonly Condition[]; readonly experiment: ExperimentDefinition<V> }

export type FlagDefinition<V extends FlagValue = FlagValue> = {
  readonly key: string
  readonly defaultValue: V
  readonly rules: readonly FlagRule<V>[]
}

/** Why a shopper got a value; an experiment exposure is what the results count. */
export type FlagEvaluation<V extends FlagValue> =
  | { readonly value: V; readonly source: 'default' }
  | { readonly value: V; readonly source: 'rule'; readonly ruleIndex: number }
  | {
      readonly value: V
      readonly source: 'experiment'
      readonly ruleIndex: number
      readonly exposure: { readonly experimentKey: string; readonly variationKey: string; readonly bucket: number }
    }

/** The value of `flag` for the shopper in `context` at `now`. */
export function evaluateFlag<V extends FlagValue>(
  flag: FlagDefinition<V>,
  context: FlagContext,
  now: Date,
): FlagEvaluation<V> {
  for (const [ruleIndex, rule] of flag.rules.entries()) {
    if (!rule.when.every((condition) => matchesCondition(condition, context))) continue
    if (rule.kind === 'force') {
      if (isInRollout(rule.seed ?? flag.key, context.anonymousId, rule.rollout ?? 1))
        return { value: rule.value, source: 'rule', ruleIndex }
      continue
    }
    const result = runExperiment(rule.experiment, context, now)
    if (result === 'skip') continue
    if (result.kind === 'winner') return { value: result.value, source: 'rule', ruleIndex }
    return { value: result.value, source: 'experiment', ruleIndex, exposure: result.exposure }
  }
  return { value: flag.defaultValue, source: 'default' }
}

/** True when `condition` holds for the shopper; an attribute the shopper lacks never matches. */
export function matchesCondition(condition: Condition, context: FlagContext): boolean {
  switch (condition.kind) {
    case 'market':
      return condition.in.includes(context.market)
    case 'country':
      return context.country !== undefined && condition.in.includes(context.country.toUpperCase())
    case 'locale':
      return condition.in.includes(context.locale)
    case 'signedIn':
      return context.signedIn === condition.is
    case 'deviceType':
      return condition.in.includes(context.deviceType)
    case 'attribute': {
      const actual = context.attributes?.[condition.name]
      return actual !== undefined && compareAttribute(actual, condition.op, condition.value)
    }
  }
}

function compareAttribute(actual: FlagValue, op: AttributeOperator, expected: FlagValue | readonly FlagValue[]) {
  if (op === 'in' || op === 'notIn') {
    const listed = Array.isArray(expected) && expected.includes(actual)
    return op === 'in' ? listed : !listed
  }
  if (Array.isArray(expected)) return false
  if (op === 'eq') return actual === expected
  if (op === 'neq') return actual !== expected
  if (typeof actual !== 'number' || typeof expected !== 'number') return false
  if (op === 'gt') return actual > expected
  if (op === 'gte') return actual >= expected
  if (op === 'lt') return actual < expected
  return actual <= expected
}

/** A percentage rollout: the same shoppers stay in as it grows from 10% to 50%. */
function isInRollout(seed: string, id: string, share: number): boolean {
  return inRange(hash(seed, id, 2) ?? 1, [0, share])
}

type ExperimentOutcome<V extends FlagValue> =
  | 'skip'
  | { readonly kind: 'winner'; readonly value: V }
  | {
      readonly kind: 'variation'
      readonly value: V
      readonly exposure: { experimentKey: string; variationKey: string; bucket: number }
    }

function isRunning(experiment: ExperimentDefinition<FlagValue>, now: Date): boolean {
  if (experiment.status !== 'running') return false
  const time = now.getTime()
  if (experiment.startsAt && time < Date.parse(experiment.startsAt)) return false
  return !(experiment.endsAt && time >= Date.parse(experiment.endsAt))
}

function runExperiment<V extends FlagValue>(
  experiment: ExperimentDefinition<V>,
  context: FlagContext,
  now: Date,
): ExperimentOutcome<V> {
  if (experiment.status === 'stopped' && experiment.winner !== undefined) {
    const winner = experiment.variations.find((variation) => variation.key === experiment.winner)
    return winner ? { kind: 'winner', value: winner.value } : 'skip'
  }
  if (!isRunning(experiment, now)) return 'skip'
  const id = experiment.hashOn === 'userId' ? context.userId : context.anonymousId
  if (!id) return 'skip'
  const weights = experiment.variations.map((variation) => variation.weight)
  const { variation, bucket } = assignVariation(id, { seed: experiment.seed, weights, coverage: experiment.coverage })
  const chosen = experiment.variations[variation]
  if (!chosen) return 'skip'
  return {
    kind: 'variation',
    value: chosen.value,
    exposure: { experimentKey: experiment.key, variationKey: chosen.key, bucket },
  }
}
