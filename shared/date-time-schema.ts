import { z } from 'zod'

/**
 * An ISO 8601 date-time with an offset that PostgreSQL can store. `z.iso.datetime` alone accepts the
 * year 0000 (and year-1 times whose UTC instant falls in year 0), which timestamptz refuses: a 500
 * instead of a 400 (found by the route fuzz test, server/security/route-fuzz.db.test.ts).
 */
export const storableDateTime = z.iso
  .datetime({ offset: true })
  .refine((value) => new Date(value).getUTCFullYear() >= 1, 'must be a date from the year 1 on')
