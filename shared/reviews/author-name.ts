/** The name a review shows: enough to tell reviewers apart, not enough to find them. */

/** "Anna Maria Kowalski" → "Anna K.": the first name and the initial of the last word; one word stays as it is. */
export function authorNameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0] ?? ''
  const last = words.length > 1 ? words[words.length - 1] : undefined
  const initial = last ? [...last][0]?.toLocaleUpperCase() : undefined
  return initial ? `${first} ${initial}.` : first
}
