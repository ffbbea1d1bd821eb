/**
 * An offence's elements in the frame of the UN Trafficking Protocol (art 3): the act, the means,
 * the purpose and the victim. Each option carries the statutory words that support it, verbatim,
 * and the provision they come from (the offence itself, or a definition it uses, e.g. the offence
 * "traffics in persons" takes its acts from the definition of "trafficking in persons").
 */
import { z } from 'zod';
import { ProvisionId } from './provision.js';

/**
 * The Protocol's four parts, plus `circumstance`: the aggravating circumstances an aggravated
 * offence needs on top of the basic offence (ATIPSOM s 13 and s 26B as amended: any one of
 * grievous hurt, death, ...), and `mental`: the state of mind the words require ("knowingly",
 * "with intent"). Neither is a Protocol element; overlaps are computed without them, and no fact
 * meets a mental element: it is always left to prove from the evidence.
 */
export const ELEMENT_CATEGORIES = ['act', 'means', 'purpose', 'victim', 'circumstance', 'mental'] as const;
export const ElementCategory = z.enum(ELEMENT_CATEGORIES);
export type ElementCategory = z.infer<typeof ElementCategory>;

export const ElementOption = z
  .object({
    /** Controlled code, e.g. "recruit", "abduction", "sexual-exploitation", "child". */
    code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    /** The statutory words (verbatim substring of `source`'s text). */
    words: z.string().min(1),
    source: ProvisionId,
  })
  .strict();
export type ElementOption = z.infer<typeof ElementOption>;

/**
 * One element: any of its options satisfies it. `required: false` with options means the text
 * names them but makes them unnecessary to prove (e.g. means for child trafficking).
 */
export const Element = z
  .object({
    category: ElementCategory,
    required: z.boolean(),
    options: z.array(ElementOption),
  })
  .strict();
export type Element = z.infer<typeof Element>;

/** Words in the text that change what must be proved ("the means ... is irrelevant"). */
export const ElementNote = z
  .object({
    code: z.enum(['means-not-required', 'consent-irrelevant', 'movement-not-required']),
    words: z.string().min(1),
    source: ProvisionId,
  })
  .strict();
export type ElementNote = z.infer<typeof ElementNote>;

export const Elements = z
  .object({
    elements: z.array(Element),
    notes: z.array(ElementNote),
  })
  .strict();
export type Elements = z.infer<typeof Elements>;
