/**
 * History checked against the law in force: the last version the Bills consolidate to must be
 * the reprint's text word for word. Every difference is listed with an explanation — a rule for
 * a kind of difference that is typesetting, not wording (spacing, the case of a letter in a
 * provision number, a hyphen the Bill's conversion lost, the reprint's "(Deleted by …)" place
 * holders, punctuation), or a curated explanation (corpus/amendments/<act>-reprint-differences.yaml)
 * for words. Nothing is resolved: an unexplained difference stays in the report and fails the test.
 * Pure.
 */
import { diffArrays } from 'diff';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Lang, Provision } from '../../../src/schema/provision.js';
import { provisionText } from '../corpus/text.js';

/** A reprint section as the check compares it: the reprint reader's provision, in words. */
export interface ReprintSection {
  number: string;
  heading: string;
  /** Verbatim words, whitespace collapsed, labels included (as `provisionText`). */
  text: string;
  /** 1-based first and last line in the reprint text. */
  lines: [number, number];
}

/** The reprint reader's sections (one Act, one language), by number. */
export function reprintSections(provisions: readonly Provision[]): Map<string, ReprintSection> {
  return new Map(
    provisions
      .filter((p) => p.meta.kind === 'section')
      .map((p) => [p.meta.number, { number: p.meta.number, heading: p.meta.heading, text: provisionText(p), lines: p.meta.source.lines }]),
  );
}

export type DifferenceKind = 'spacing' | 'number-letter-case' | 'hyphen' | 'deleted-placeholder' | 'punctuation' | 'explained' | 'unexplained';

export interface ReprintDifference {
  id: string;
  lang: Lang;
  where: 'heading' | 'text';
  /** The consolidation's words ('' where the reprint adds words). */
  bill: string;
  /** The reprint's words ('' where the consolidation has words the reprint lacks). */
  reprint: string;
  /** Up to six words both texts have just before the difference, to find it. */
  after: string;
  /** Reprint file and the lines of the section there. */
  file: string;
  lines: [number, number];
  kind: DifferenceKind;
  explanation: string;
}

export interface ReprintCheck {
  act: string;
  lang: Lang;
  file: string;
  /** Sections compared (in force in the consolidation and found in the reprint). */
  compared: number;
  identical: number;
  /** Sections not compared, and why. */
  skipped: { id: string; reason: string }[];
  differences: ReprintDifference[];
}

export const Explanation = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['en', 'ms']),
    where: z.enum(['heading', 'text']).default('text'),
    bill: z.string(),
    reprint: z.string(),
    explanation: z.string().min(20),
  })
  .strict();
export type Explanation = z.infer<typeof Explanation>;

export const parseExplanations = (yaml: string, path: string): Explanation[] => {
  const r = z.array(Explanation).safeParse(parse(yaml) ?? []);
  if (!r.success) throw new Error(`${path}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
};

/** Quotes compared as one mark: the Bills' converter and the reprint print them differently. */
const words = (s: string): string[] =>
  s
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .split(/\s+/)
    .filter(Boolean);

const RULES: { kind: Exclude<DifferenceKind, 'explained' | 'unexplained'>; test: (bill: string, reprint: string) => boolean; explanation: string }[] = [
  {
    kind: 'spacing',
    test: (b, r) => b.replace(/\s+/g, '') === r.replace(/\s+/g, ''),
    explanation: 'Same characters, spaced differently: the Bill sets a space before a dash or point, or its conversion ran two words together; typesetting, not wording.',
  },
  {
    kind: 'number-letter-case',
    test: (b, r) => b !== r && b.toLowerCase() === r.toLowerCase() && /\d[a-z]/i.test(b),
    explanation:
      'The letter of a provision number ("61a", "(1a)") is printed in small capitals in the Bill, which its conversion reads as lower case; the reprint prints a capital ("61A", "(1A)"). Same number.',
  },
  {
    kind: 'hyphen',
    test: (b, r) => b.replace(/[\s-]+/g, '') === r.replace(/[\s-]+/g, '') && r.includes('-'),
    explanation:
      'A hyphenated or reduplicated word ("mana-mana", "undang-undang") lost its hyphen in the Bill\'s conversion (broken at a line end or read as a space); same word.',
  },
  {
    kind: 'deleted-placeholder',
    test: (b, r) => b === '' && /^\(\w+\) \((?:Deleted by Act|Dipotong oleh Akta) A\d+\);?$/.test(r),
    explanation:
      'The reprint keeps the place of a paragraph an amending Act deleted, as "(x) (Deleted by Act …)"; the amending Bill deletes the paragraph, so the consolidated text has nothing there.',
  },
  {
    kind: 'punctuation',
    test: (b, r) => b !== r && b.replace(/[^\p{L}\p{N}]+/gu, '') === r.replace(/[^\p{L}\p{N}]+/gu, ''),
    explanation:
      'Punctuation only (a comma, a dash or colon introducing a list, a stray point), and no Bill we hold makes the change: the Bill as printed and the Act as the reprint prints it differ; the reprint\'s punctuation is the law in force.',
  },
];

function classify(id: string, lang: Lang, where: 'heading' | 'text', bill: string, reprint: string, curated: readonly Explanation[]): Pick<ReprintDifference, 'kind' | 'explanation'> {
  const c = curated.find((e) => e.id === id && e.lang === lang && e.where === where && e.bill === bill && e.reprint === reprint);
  if (c) return { kind: 'explained', explanation: c.explanation };
  const rule = RULES.find((r) => r.test(bill, reprint));
  return rule ? { kind: rule.kind, explanation: rule.explanation } : { kind: 'unexplained', explanation: 'not explained yet' };
}

/**
 * Each change between two word sequences, as (removed, added) pairs: a removal directly followed
 * by an addition is one replacement.
 */
function changes(a: string[], b: string[]): { bill: string; reprint: string; after: string }[] {
  const parts = diffArrays(a, b);
  const out: { bill: string; reprint: string; after: string }[] = [];
  let common: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      common = p.value;
      continue;
    }
    const after = common.slice(-6).join(' ');
    if (p.removed && parts[i + 1]?.added) {
      out.push({ bill: p.value.join(' '), reprint: parts[i + 1]!.value.join(' '), after });
      i++;
    } else out.push(p.removed ? { bill: p.value.join(' '), reprint: '', after } : { bill: '', reprint: p.value.join(' '), after });
    common = [];
  }
  return out;
}

/**
 * The consolidation's current sections in one language against the reprint's sections (by
 * number). Definitions are compared inside their section.
 */
export function checkAgainstReprint(
  act: string,
  lang: Lang,
  file: string,
  current: readonly Provision[],
  reprint: ReadonlyMap<string, ReprintSection>,
  curated: readonly Explanation[],
): ReprintCheck {
  const check: ReprintCheck = { act, lang, file, compared: 0, identical: 0, skipped: [], differences: [] };
  for (const p of current.filter((x) => x.meta.act === act && x.meta.lang === lang && x.meta.kind === 'section')) {
    const r = reprint.get(p.meta.number);
    if (p.meta.status === 'text-unavailable') {
      check.skipped.push({ id: p.meta.id, reason: `no ${lang} text in the consolidation (${p.meta.unavailable?.note ?? 'text not held'})` });
      continue;
    }
    if (!r) {
      check.skipped.push({ id: p.meta.id, reason: 'section not found in the reprint text' });
      continue;
    }
    check.compared++;
    const found: ReprintDifference[] = [];
    const add = (where: 'heading' | 'text', c: { bill: string; reprint: string; after: string }) =>
      found.push({ id: p.meta.id, lang, where, ...c, file, lines: r.lines, ...classify(p.meta.id, lang, where, c.bill, c.reprint, curated) });
    for (const c of changes(words(p.meta.heading), words(r.heading))) add('heading', c);
    for (const c of changes(words(provisionText(p)), words(r.text))) add('text', c);
    if (!found.length) check.identical++;
    check.differences.push(...found);
  }
  return check;
}

/** Curated explanations that no difference uses any more (stale after a source or code change). */
export const unusedExplanations = (checks: readonly ReprintCheck[], curated: readonly Explanation[]): Explanation[] =>
  curated.filter(
    (e) => !checks.some((c) => c.differences.some((d) => d.kind === 'explained' && d.id === e.id && d.lang === e.lang && d.where === e.where && d.bill === e.bill && d.reprint === e.reprint)),
  );
