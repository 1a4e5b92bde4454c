import { describe, expect, it } from 'vitest'
import { parseFlagDefinition } from './flag-schema.ts'
import {
  type ExperimentDefinition,
  evaluateFlag,
  type FlagContext,
  type FlagDefinition,
  matchesCondition,
} from './flags.ts'

const now = new Date('2026-12-07T12:00:00Z')
const shopper: FlagContext = {
  anonymousId: '123',
  market: 'eu',
  country: 'DE',
  locale: 'de',
  signedIn: false,
  deviceType: 'mobile',
  attributes: { segment: 'returning', orders: 3 },
}

// GrowthBook's "creates experiments properly" case (cases.json, "feature"): seed "feature", hash
// attribute "123", weights 0.1/0.9, coverage 0.99 → variation 1 at bucket 0.5231.
const pricingTest: ExperimentDefinition<boolean> = {
  key: 'hello',
  seed: 'feature',
  variations: [
    { key: 'v0', value: true, weight: 0.1 },
    { key: 'v1', value: false, weight: 0.9 },
  ],
  coverage: 0.99,
  hashOn: 'anonymousId',
  status: 'running',
  startsAt: '2026-12-01T00:00:00Z',
  endsAt: '2026-12-31T00:00:00Z',
}

function flagWith(rules: FlagDefinition<boolean>['rules']): FlagDefinition<boolean> {
  return { key: 'new-gallery', defaultValue: false, rules }
}

describe('flag evaluation', () => {
  it('serves the default when no rule matches', () => {
    const flag = flagWith([{ kind: 'force', when: [{ kind: 'market', in: ['us'] }], value: true }])
    expect(evaluateFlag(flag, shopper, now)).toEqual({ value: false, source: 'default' })
  })

  it('serves the first matching rule', () => {
    const flag: FlagDefinition<string> = {
      key: 'hero-copy',
      defaultValue: 'plain',
      rules: [
        { kind: 'force', when: [{ kind: 'signedIn', is: true }], value: 'welcome-back' },
        { kind: 'force', when: [{ kind: 'locale', in: ['de', 'fr'] }], value: 'localized' },
        { kind: 'force', when: [], value: 'everyone' },
      ],
    }
    expect(evaluateFlag(flag, shopper, now)).toEqual({ value: 'localized', source: 'rule', ruleIndex: 1 })
    expect(evaluateFlag(flag, { ...shopper, signedIn: true }, now).value).toBe('welcome-back')
    expect(evaluateFlag(flag, { ...shopper, locale: 'ja' }, now).value).toBe('everyone')
  })

  it.each([
    [{ kind: 'market', in: ['eu', 'uk'] }, true],
    [{ kind: 'country', in: ['DE', 'AT'] }, true],
    [{ kind: 'country', in: ['FR'] }, false],
    [{ kind: 'deviceType', in: ['desktop'] }, false],
    [{ kind: 'attribute', name: 'segment', op: 'eq', value: 'returning' }, true],
    [{ kind: 'attribute', name: 'segment', op: 'in', value: ['new', 'lapsed'] }, false],
    [{ kind: 'attribute', name: 'segment', op: 'notIn', value: ['new', 'lapsed'] }, true],
    [{ kind: 'attribute', name: 'orders', op: 'gte', value: 3 }, true],
    [{ kind: 'attribute', name: 'orders', op: 'gt', value: 3 }, false],
    [{ kind: 'attribute', name: 'segment', op: 'gt', value: 3 }, false],
    [{ kind: 'attribute', name: 'loyaltyTier', op: 'neq', value: 'gold' }, false],
  ] as const)('targets %j → %s', (condition, matches) => {
    expect(matchesCondition(condition, shopper)).toBe(matches)
  })

  it('does not match a country condition when the country is unknown', () => {
    const { country: _, ...withoutCountry } = shopper
    expect(matchesCondition({ kind: 'country', in: ['DE'] }, withoutCountry)).toBe(false)
  })

  it('rolls out to about the given share, and keeps everyone in as the share grows', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `device-${i}`)
    const included = (share: number) =>
      ids.filter(
        (id) =>
          evaluateFlag(
            flagWith([{ kind: 'force', when: [], value: true, rollout: share }]),
            { ...shopper, anonymousId: id },
            now,
          ).value,
      )
    const tenth = included(0.1)
    const half = new Set(included(0.5))
    expect(tenth.length / ids.length).toBeCloseTo(0.1, 1)
    expect(half.size / ids.length).toBeCloseTo(0.5, 1)
    expect(tenth.every((id) => half.has(id))).toBe(true)
  })
  it('keeps a rollout’s shoppers when rules are reordered', () => {
    const rollout = { kind: 'force', when: [], value: true, rollout: 0.3 } as const
    const neverMatches = { kind: 'force', when: [{ kind: 'market', in: ['jp'] }], value: true } as const
    for (let i = 0; i < 2000; i++) {
      const context = { ...shopper, anonymousId: `device-${i}` }
      expect(evaluateFlag(flagWith([neverMatches, rollout]), context, now).value).toBe(
        evaluateFlag(flagWith([rollout]), context, now).value,
      )
    }
  })
})

describe('experiments in flags', () => {
  it('buckets as GrowthBook does and reports the exposure', () => {
    const flag = flagWith([{ kind: 'experiment', when: [], experiment: pricingTest }])
    expect(evaluateFlag(flag, shopper, now)).toEqual({
      value: false,
      source: 'experiment',
      ruleIndex: 0,
      exposure: { experimentKey: 'hello', variationKey: 'v1', bucket: 0.5231 },
    })
  })

  it('does not move a shopper who signs in', () => {
    const flag = flagWith([{ kind: 'experiment', when: [], experiment: pricingTest }])
    const before = evaluateFlag(flag, shopper, now)
    expect(evaluateFlag(flag, { ...shopper, signedIn: true, userId: 'u-42' }, now)).toEqual(before)
  })

  it.each([
    ['a draft', { status: 'draft' as const }],
    ['one not started yet', { startsAt: '2026-12-08T00:00:00Z' }],
    ['one that has ended', { endsAt: '2026-12-07T12:00:00Z' }],
    ['one hashed on a user id the guest lacks', { hashOn: 'userId' as const }],
    ['one whose coverage leaves the shopper out', { coverage: 0.4 }],
  ])('falls through to the next rule for %s', (_, change) => {
    const flag = flagWith([
      { kind: 'experiment', when: [], experiment: { ...pricingTest, ...change } },
      { kind: 'force', when: [], value: true },
    ])
    expect(evaluateFlag(flag, shopper, now)).toEqual({ value: true, source: 'rule', ruleIndex: 1 })
  })

  it('serves a stopped experiment’s winner to everyone it targets, without an exposure', () => {
    const flag = flagWith([
      { kind: 'experiment', when: [], experiment: { ...pricingTest, status: 'stopped', winner: 'v0' } },
    ])
    expect(evaluateFlag(flag, { ...shopper, anonymousId: 'anyone' }, now)).toEqual({
      value: true,
      source: 'rule',
      ruleIndex: 0,
    })
  })
})

describe('flag definitions', () => {
  const valid = {
    key: 'new-gallery',
    defaultValue: false,
    rules: [
      { kind: 'force', when: [{ kind: 'signedIn', is: true }], value: true, rollout: 0.2 },
      { kind: 'experiment', when: [{ kind: 'market', in: ['eu'] }], experiment: pricingTest },
    ],
  }

  function issues(input: unknown): string[] {
    const result = parseFlagDefinition(input)
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  }

  it('accepts a well-formed definition', () => {
    expect(issues(valid)).toEqual([])
  })

  it('refuses weights that do not sum to 1, rather than splitting evenly behind the admin’s back', () => {
    const experiment = {
      ...pricingTest,
      variations: [pricingTest.variations[0], { ...pricingTest.variations[1], weight: 0.5 }],
    }
    expect(issues({ ...valid, rules: [{ kind: 'experiment', when: [], experiment }] })).toEqual([
      'rules.0.experiment.variations: weights must sum to 1',
    ])
  })

  it('refuses a value of another type than the default', () => {
    expect(issues({ ...valid, rules: [{ kind: 'force', when: [], value: 'yes' }] })).toEqual([
      "rules: every rule's value must have the default value's type",
    ])
  })

  it('refuses a winner that is not a variation and an end before the start', () => {
    const experiment = { ...pricingTest, winner: 'v9', endsAt: '2026-11-01T00:00:00Z' }
    expect(issues({ ...valid, rules: [{ kind: 'experiment', when: [], experiment }] })).toEqual([
      'rules.0.experiment.winner: must be one of the variations',
      'rules.0.experiment.endsAt: must be after startsAt',
    ])
  })

  it('refuses a list operator without a list, a lowercase country and an unknown key', () => {
    expect(
      issues({
        ...valid,
        rules: [{ kind: 'force', when: [{ kind: 'attribute', name: 'orders', op: 'in', value: 3 }], value: true }],
      }),
    ).toEqual(['rules.0.when.0.value: in and notIn take a list, other operators one value'])
    expect(
      issues({ ...valid, rules: [{ kind: 'force', when: [{ kind: 'country', in: ['de'] }], value: true }] }),
    ).toEqual(['rules.0.when.0.in.0: must be ISO 3166-1 alpha-2'])
    expect(issues({ ...valid, owner: 'ada@example.com' })).toEqual([': Unrecognized key: "owner"'])
  })
})
