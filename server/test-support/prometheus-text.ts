/** Reads samples back from a Prometheus text exposition, for tests that scrape /metrics. */

/**
 * The value of the sample `name` whose labels include `labels`, summed over the other labels;
 * undefined when no such sample exists (so "absent" and "zero" stay distinguishable).
 */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let total: number | undefined
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const sampleLabels = parseLabels(match[2] ?? '')
    if (Object.entries(labels).every(([key, value]) => sampleLabels[key] === value)) {
      total = (total ?? 0) + Number(match[3])
    }
  }
  return total
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const [, key, value] of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
    if (key !== undefined && value !== undefined) labels[key] = value
  }
  return labels
}
