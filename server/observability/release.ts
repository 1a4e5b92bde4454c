/**
 * The release name error reports are tagged with, shared by the client build (vite.config.ts) and the
 * server, so both sides of one checkout report the same release. SENTRY_RELEASE overrides it.
 */
import { execFileSync } from 'node:child_process'
import packageJson from '../../package.json' with { type: 'json' }
import { repoRoot } from '../platform/repo-root.ts'

/** `storefront@<package version>`, plus `+<short commit>` when run from a git checkout. */
export function defaultRelease(): string {
  const commit = gitCommit()
  return `${packageJson.name}@${packageJson.version}${commit ? `+${commit}` : ''}`
}

function gitCommit(): string | undefined {
  try {
    const output = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2_000,
    })
    return output.toString().trim() || undefined
  } catch {
    // No git or no repository (a container image): the version alone names the release.
    return undefined
  }
}
