/**
 * Which data a page shows on a first visit (decision 0014): the server's (the data island) until
 * the device holds the whole catalog AND the page's own IndexedDB query has answered; then its own.
 * Both conditions, because the sync finishes a moment before the query re-runs, and showing that
 * moment's empty answer would flash a "not found" between two identical views.
 */
export function chooseFirstView<Local, Server>(input: {
  /** The page's IndexedDB answer; undefined until it has the thing the page shows. */
  readonly local: Local | undefined
  /** The island's data for this page; undefined when the island is another page's or absent. */
  readonly server: Server | undefined
  readonly catalogComplete: boolean
}): Local | Server | undefined {
  if (input.local !== undefined && input.catalogComplete) return input.local
  return input.server ?? input.local
}
