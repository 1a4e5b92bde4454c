/**
 * Which message ids the code uses. `formatjs extract` reads message descriptors (`defineMessage`,
 * `formatMessage({ id, defaultMessage })`), not `t('some.id')` calls, so this walks the syntax tree
 * itself: with the TypeScript 7 API, parsing only (no lib, no module resolution), which keeps it to
 * a second or two for the whole source.
 *
 * A use is
 * - the first argument of a call to `t` or `*.t`: a string (`t('cart.title')`, either branch of
 *   `t(a ? 'x' : 'y')`) or a template (`t(\`errors.${code}\`)`: a pattern whose substitutions
 *   stand for one id segment each, so it covers `errors.NOT_FOUND`, not `errors.form.title`);
 * - any string literal in the source equal to a catalog id (registries such as
 *   `{ newest: 'sort.newest' }` that are passed to `t` later).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Expression, Node, SourceFile } from 'typescript/unstable/ast'
import {
  isAsExpression,
  isCallExpression,
  isConditionalExpression,
  isIdentifier,
  isNoSubstitutionTemplateLiteral,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isSatisfiesExpression,
  isStringLiteral,
  isTemplateExpression,
} from 'typescript/unstable/ast/is'
import { API } from 'typescript/unstable/sync'
import { localeNameId, locales } from '../shared/i18n/locales.ts'

/** Production source: what the shop, its admin, its server and its service worker run. */
export const sourceDirectories = ['client', 'server', 'shared', 'sw'] as const

/**
 * Ids the code builds in a way the walk above cannot see. Keep this short: prefer writing the id
 * out where it is chosen.
 */
export const indirectlyUsedIds: readonly string[] = [
  // The language switcher names each language with `localeNameId(code)` → `locale.${code}`.
  ...locales.map(localeNameId),
  // The build writes each language's web app manifest from it (vite.config.ts, `localeManifests`).
  'app.description',
]

export type IdPattern = { readonly source: string; readonly file: string; readonly matches: (id: string) => boolean }
export type IdUse = { readonly id: string; readonly file: string }

export type MessageUsage = {
  /** String ids passed to `t`. */
  readonly calls: readonly IdUse[]
  /** Template ids passed to `t`. */
  readonly patterns: readonly IdPattern[]
  /** Every string literal in the source. */
  readonly literals: ReadonlySet<string>
}

export function listSourceFiles(root: string): string[] {
  return sourceDirectories.flatMap((directory) =>
    readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file) && !file.includes('test-support'))
      .map((file) => join(root, directory, file)),
  )
}

/**
 * Finds the uses of `catalogIds` in the source. Only files that call a `t` or quote the start of an
 * id (`'errors.`) are parsed: any other file cannot use one, and parsing is the slow part.
 */
export function collectMessageUsage(root: string, catalogIds: readonly string[]): MessageUsage {
  const mayUseIds = mayUseIdsTest(catalogIds)
  const files = listSourceFiles(root).filter((file) => mayUseIds.test(readFileSync(file, 'utf8')))
  const usage = { calls: [] as IdUse[], patterns: [] as IdPattern[], literals: new Set<string>() }
  withParsedFiles(root, files, (sourceFile) => {
    const file = relative(root, sourceFile.fileName)
    const visit = (node: Node): void => {
      if (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) usage.literals.add(node.text)
      const argument = isCallExpression(node) && isTranslateCall(node.expression) ? node.arguments[0] : undefined
      if (argument) collectIdArgument(argument, file, usage)
      node.forEachChild(visit)
    }
    visit(sourceFile)
  })
  return usage
}

function mayUseIdsTest(catalogIds: readonly string[]): RegExp {
  const namespaces = new Set(catalogIds.map((id) => id.split('.')[0] ?? id))
  return new RegExp(`\\bt\\s*\\(|['"\`](?:${[...namespaces].map(escapeRegex).join('|')})\\.`)
}

function isTranslateCall(callee: Expression): boolean {
  if (isIdentifier(callee)) return callee.text === 't'
  return isPropertyAccessExpression(callee) && isIdentifier(callee.name) && callee.name.text === 't'
}

function collectIdArgument(node: Expression, file: string, usage: { calls: IdUse[]; patterns: IdPattern[] }): void {
  if (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) usage.calls.push({ id: node.text, file })
  else if (isTemplateExpression(node)) {
    usage.patterns.push(idPattern([node.head.text, ...node.templateSpans.map((span) => span.literal.text)], file))
  } else if (isConditionalExpression(node)) {
    collectIdArgument(node.whenTrue, file, usage)
    collectIdArgument(node.whenFalse, file, usage)
  } else if (isParenthesizedExpression(node) || isAsExpression(node) || isSatisfiesExpression(node)) {
    collectIdArgument(node.expression, file, usage)
  }
}

/** The ids a template can produce: its static `parts` with one id segment (no dot) between each two. */
export function idPattern(parts: readonly string[], file: string): IdPattern {
  const regex = new RegExp(`^${parts.map(escapeRegex).join('[^.]+')}$`)
  return { source: parts.join('*'), file, matches: (id) => regex.test(id) }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Parses `files` with tsgo behind a tsconfig that exists only in memory: no lib, no resolution, so
 * the program is exactly these files.
 */
function withParsedFiles(root: string, files: readonly string[], each: (sourceFile: SourceFile) => void): void {
  const configFile = join(root, '.message-usage.tsconfig.json')
  const config = JSON.stringify({
    compilerOptions: { noLib: true, noResolve: true, types: [], jsx: 'preserve', noEmit: true },
    files,
  })
  const api = new API({
    cwd: root,
    fs: {
      readFile: (file) => (file === configFile ? config : undefined),
      fileExists: (file) => (file === configFile ? true : undefined),
    },
  })
  try {
    const project = api.updateSnapshot({ openProjects: [configFile] }).getProject(configFile)
    if (!project) throw new Error('tsgo did not open the message usage project')
    for (const file of files) {
      const sourceFile = project.program.getSourceFile(file)
      if (!sourceFile) throw new Error(`tsgo did not parse ${file}`)
      each(sourceFile)
    }
  } finally {
    api.close()
  }
}

export type Catalogs = { readonly shop: readonly string[]; readonly admin: readonly string[] }

export type UsageProblems = {
  /** Ids passed to `t` that the English catalog it reads from lacks. */
  readonly missing: readonly IdUse[]
  /** Templates passed to `t` that match no id at all. */
  readonly deadPatterns: readonly IdPattern[]
  /** English ids nothing in the code refers to. */
  readonly unused: readonly string[]
}

export function findUsageProblems(usage: MessageUsage, catalogs: Catalogs): UsageProblems {
  const shop = new Set(catalogs.shop)
  const admin = new Set(catalogs.admin)
  const all = [...catalogs.shop, ...catalogs.admin]
  const indirect = new Set(indirectlyUsedIds)
  // The admin's `t` reads `admin.*` from the admin catalog and the rest from the shop's.
  const exists = (id: string) => (id.startsWith('admin.') ? admin.has(id) : shop.has(id))
  return {
    missing: usage.calls.filter((use) => !exists(use.id)),
    deadPatterns: usage.patterns.filter((pattern) => !all.some(pattern.matches)),
    unused: all.filter(
      (id) => !usage.literals.has(id) && !indirect.has(id) && !usage.patterns.some((pattern) => pattern.matches(id)),
    ),
  }
}
