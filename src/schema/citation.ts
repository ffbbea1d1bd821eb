/** A citation as a person types it, once read: which Act, which section, where inside it. */
import { z } from 'zod';
import { ActSlug } from './provision.js';

export const SECTION_NUMBER_PATTERN = /^\d{1,4}[A-Z]{0,3}$/;

export const Citation = z
  .object({
    act: ActSlug,
    /** Section number as printed: "14", "26A" (with kind "schedule": the Schedule's number). */
    section: z.string().regex(SECTION_NUMBER_PATTERN),
    /** Present when the citation names a Schedule ("Child Act Sch 1", "First Schedule"). */
    kind: z.literal('schedule').optional(),
    /** Enumerators inside the section, outermost first: ["(1)", "(a)"]. */
    pinpoint: z.array(z.string().regex(/^\([0-9A-Za-z]{1,7}\)$/)),
    /** A defined term named with the interpretation section: s 2 "exploitation". */
    term: z.string().min(1).optional(),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;
