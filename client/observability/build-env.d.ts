/** The release error reports name: defined by vite.config.ts (SENTRY_RELEASE or the package version). */
declare const __APP_RELEASE__: string

interface ImportMetaEnv {
  /** Sentry DSN baked into the build; absent means no error reporting code is shipped or fetched. */
  readonly VITE_SENTRY_DSN?: string
  /** Sentry environment of the browser's reports; absent means the build mode (`production`). */
  readonly VITE_SENTRY_ENVIRONMENT?: string
}
