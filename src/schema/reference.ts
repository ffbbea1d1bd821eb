/**
 * A cross-reference found in a provision's text ("section 13", "subsection 44(1)",
 * "the Penal Code [Act 574]", "seksyen 32 ... Akta Imigresen 1959/63"), resolved to a provision
 * id where the corpus holds the target. A target in an Act whose text we do not hold stays
 * `external` with its Act and section: it resolves by itself once that Act is added.
 */
import { z } from 'zod';
import { ActSlug, ProvisionId } from './provision.js';

export const ReferenceKind = z.enum(['section', 'pinpoint', 'part', 'act']);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

/**
 * resolved: the target exists in the corpus (a provision id, or for a Part or Act, that Part or
 *   Act is in the corpus).
 * external: the target is in an Act whose text the corpus does not hold.
 * unresolved: the target should be in the corpus but is not (`reason` says why).
 */
export const ReferenceStatus = z.enum(['resolved', 'external', 'unresolved']);
export type ReferenceStatus = z.infer<typeof ReferenceStatus>;

export const ReferenceTarget = z
  .object({
    /** Registry slug of the target Act (src/registry/acts.ts), when the Act is registered. */
    act: ActSlug.optional(),
    /** The Act's name as written, for Acts not in the registry ("Evidence Act 1950"). */
    act_name: z.string().min(1).optional(),
    /** Laws of Malaysia Act number when known ("574"). */
    act_number: z.string().min(1).optional(),
    /** Section number as written, upper-cased suffix ("26A"). */
    section: z.string().min(1).optional(),
    /** Enumerator path(s) inside the section, e.g. "(2)(n)", "(3), (4) and (5)". */
    pinpoint: z.string().min(1).optional(),
    /** Part number ("IIIA"). */
    part: z.string().min(1).optional(),
  })
  .strict();
export type ReferenceTarget = z.infer<typeof ReferenceTarget>;

export const Reference = z
  .object({
    /** The words as they appear in the text (verbatim). */
    words: z.string().min(1),
    kind: ReferenceKind,
    target: ReferenceTarget,
    /** Provision id of the target when it is a provision in the corpus. */
    id: ProvisionId.optional(),
    status: ReferenceStatus,
    reason: z.string().min(1).optional(),
  })
  .strict();
export type Reference = z.infer<typeof Reference>;

/** An incoming reference: which provision cites this one, with the citing words. */
export const IncomingReference = z
  .object({ from: ProvisionId, words: z.string().min(1), pinpoint: z.string().optional() })
  .strict();
export type IncomingReference = z.infer<typeof IncomingReference>;
