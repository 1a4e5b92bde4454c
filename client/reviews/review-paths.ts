/** Where the review form lives, and the sign-in page that returns to it (as checkout does). */
export function reviewFormPath(slug: string): string {
  return `/p/${slug}/review`
}

export function signInPath(next: string): string {
  return `/sign-in?${new URLSearchParams({ next })}`
}
