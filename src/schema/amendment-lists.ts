/**
 * `corpus/acts/<act>/amendments.json`: what each official reprint of an Act says of its
 * amendments — the List of Amendments (amending law, short title, in force from), the List of
 * Sections Amended (section, amending authority, in force from) and the commencement of the Act
 * as enacted — as read by scripts/pipeline/sources/reprint/amendment-lists.ts. Values as printed
 * beside the dates read from them; the reprint's own inconsistencies are listed, not corrected.
 */
import { z } from 'zod';
import { Lang } from './provision.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Line = z.number().int().positive();

export const ReprintAmendmentLists = z
  .object({
    lang: Lang,
    /** Path inside the sources folder. */
    file: z.string().min(1),
    as_at: IsoDate,
    commencement: z.array(
      z.object({ provisions: z.string(), parts: z.array(z.string()), sections: z.array(z.string()), in_force: IsoDate, gazette: z.string(), line: Line }).strict(),
    ),
    amendments: z.array(
      z
        .object({ act: z.string().min(1), title: z.string().min(1), printed: z.string(), in_force: IsoDate.optional(), note: z.string().optional(), line: Line })
        .strict(),
    ),
    sections: z.array(z.object({ section: z.string().min(1), act: z.string().min(1), printed: z.string(), in_force: IsoDate.optional(), line: Line }).strict()),
    anomalies: z.array(z.object({ line: Line, kind: z.string(), what: z.string() }).strict()),
  })
  .strict();
export type ReprintAmendmentLists = z.infer<typeof ReprintAmendmentLists>;

export const ActAmendmentLists = z.object({ act: z.string().min(1), reprints: z.array(ReprintAmendmentLists) }).strict();
export type ActAmendmentLists = z.infer<typeof ActAmendmentLists>;
