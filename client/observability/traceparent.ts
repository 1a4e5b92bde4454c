const traceparentPattern = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/

/** The trace id of a W3C `traceparent` header (the server sends one with every answer), if well-formed. */
export function traceIdOfTraceparent(header: string | null | undefined): string | undefined {
  const traceId = traceparentPattern.exec(header?.trim().toLowerCase() ?? '')?.[1]
  return traceId && !/^0+$/.test(traceId) ? traceId : undefined
}
