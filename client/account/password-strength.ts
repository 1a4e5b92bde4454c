/**
 * A strength hint under the sign-up password (issue 18): zxcvbn's 0–4 score in three words. The
 * scorer and its ~1 MB of dictionaries load on the first keystroke, in their own chunk, so neither
 * the shop nor the sign-up page's first paint carries them. The server's rule (length, common
 * passwords) is what decides; this only steers before a round trip.
 */
type Scorer = (password: string) => number

let scorer: Promise<Scorer> | undefined

export function loadScorer(): Promise<Scorer> {
  scorer ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const factory = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs })
    return (password) => factory.check(password).score
  })
  return scorer
}

export type StrengthLevel = 'weak' | 'fair' | 'strong'

/** zxcvbn scores: 0–1 guessable within hours offline, 2 somewhat, 3–4 safely unguessable. */
export function strengthLevel(score: number): StrengthLevel {
  return score <= 1 ? 'weak' : score === 2 ? 'fair' : 'strong'
}
