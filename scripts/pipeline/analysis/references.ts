/**
 * Cross-references in statute text, English and Malay: "section 13", "sections 12 and 13",
 * "subsections 30(3), (4) and (5)", "paragraph (2)(n)", "Part IIIA", "this Act",
 * "section 82 of the Penal Code [Act 574]", "seksyen 32 atau 33 atau subseksyen 56(2) Akta
 * Imigresen 1959/63", "Bahagian ini", "Akta 155". Each is resolved against the corpus: a target
 * in an Act whose text we hold must exist; one in an Act we do not hold stays external.
 */
import { ACTS, type ActConfig } from '../../../src/registry/acts.js';
import type { Reference, ReferenceTarget, IncomingReference } from '../../../src/schema/reference.js';
import { sectionId } from '../../../src/schema/ids.js';
import { ownSectionId, type ProvisionText } from './input.js';
import { normalizeSpace } from '../structure/whitespace.js';

/** What a reference may resolve to: provision ids, Parts (`atipsom:IIIA`) and Acts in the corpus. */
export interface KnownTargets {
  ids: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  acts: ReadonlySet<string>;
}

export function knownTargets(provisions: readonly ProvisionText[]): KnownTargets {
  return {
    ids: new Set(provisions.map((p) => p.meta.id)),
    parts: new Set(
      provisions.flatMap((p) => (p.meta.part ? [partKey(p.meta.act, p.meta.part.number)] : [])),
    ),
    // An Act held only in a few provisions of an amending Bill (Immigration, Passports) is not held:
    // its other sections are external, not missing.
    acts: new Set(provisions.map((p) => p.meta.act).filter((act) => ACTS.find((a) => a.slug === act)?.sources.length)),
  };
}

const partKey = (act: string, part: string): string => `${act}:${part.toUpperCase()}`;

// --- patterns ---------------------------------------------------------------------------------

const SEC = String.raw`\d+[A-Za-z]{0,2}\b`;
const PIN = String.raw`(?:\s?\((?:\d+[A-Za-z]{0,2}|[a-z]{1,4}|[A-Z])\))+`;
const ITEM = String.raw`(?:${SEC}(?:${PIN})?|${PIN})`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+|dan\s+|atau\s+)?|\s+(?:and|or|to|dan|atau|hingga)\s+)`;
const KEYWORD = String.raw`\b(?:[Ss]ub)?(?:[Ss]ections?|[Pp]aragraphs?|[Ss]ubparagraphs?|[Ss]eksyen|[Pp]erenggan|[Ss]ubperenggan)`;

/** A name of an Act: capitalised words ending in Act/Code/Ordinance (+ year, + [Act N]). */
const ACT_NAME_EN = String.raw`(?:[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|and|in|for|against)\s+){0,12}?(?:Act|Code|Ordinance)(?:\s+\d{4}(?:\/\d{2})?)?(?:\s*\[Act\s+\d+\])?|Act\s+\d+\b)`;
const ACT_NAME_MS = String.raw`(?:(?:Akta|Kanun|Ordinan)(?:\s+(?:[A-Z][\w'’-]*|dan))+(?:\s+\d{4}(?:\/\d{2})?)?(?:\s*\[Akta\s+\d+\])?(?:\s*\([A-Z][^)]*\))?|Akta\s+\d+\b)`;
const SELF_ACT = String.raw`\b(?:this Act|Akta ini)\b`;

const GROUP = new RegExp(
  String.raw`(${KEYWORD})\s+(${ITEM}(?:${JOIN}${ITEM})*)` +
    String.raw`(?:\s+of\s+(?:the\s+)?(${ACT_NAME_EN}|this Act)|\s+(${ACT_NAME_MS}|Akta ini))?`,
  'g',
);
const PART = /\b(?:Part|Bahagian)\s+(?:([IVX]+[A-Za-z]?)\b|(ini)\b)|\bthis Part\b/g;
const ACT_MENTION = new RegExp(String.raw`${SELF_ACT}|${ACT_NAME_EN}|${ACT_NAME_MS}`, 'g');
const ITEM_RE = new RegExp(ITEM, 'g');

// --- Act names ----------------------------------------------------------------------------------

interface NamedAct {
  act?: ActConfig;
  name: string;
  number?: string;
}

const ALIAS_INDEX = new Map<string, ActConfig>(
  ACTS.flatMap((a) => a.aliases.map((al) => [al.toLowerCase(), a] as const)),
);

/** Which Act a written name means: by alias, then by Act number. */
export function resolveActName(raw: string): NamedAct {
  const number = /\[(?:Act|Akta)\s+(\d+)\]|^(?:Act|Akta)\s+(\d+)$/.exec(raw.trim());
  const num = number?.[1] ?? number?.[2];
  const name = normalizeSpace(raw.replace(/\s*\[(?:Act|Akta)\s+\d+\]/, ''));
  const bare = name.replace(/^the\s+/i, '');
  const act =
    ALIAS_INDEX.get(bare.toLowerCase()) ??
    ALIAS_INDEX.get(bare.replace(/\s+\d{4}(?:\/\d{2})?$/, '').toLowerCase()) ??
    (num ? ACTS.find((a) => a.actNumber === num) : undefined);
  return { ...(act ? { act } : {}), name: bare, ...(num ?? act ? { number: num ?? act!.actNumber } : {}) };
}

// --- extraction ---------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}
const overlapsAny = (s: Span, taken: Span[]) => taken.some((t) => s.start < t.end && t.start < s.end);

export function extractReferences(p: ProvisionText, known: KnownTargets): Reference[] {
  const { meta, text } = p;
  const refs: Reference[] = [];
  const taken: Span[] = [];

  // Section groups, right to left so that "section 27 or paragraphs 32(1)(a) ... of the Evidence
  // Act 1950" lets the first group inherit the Act named after the second.
  const groups = [...text.matchAll(GROUP)].map((m) => ({
    m,
    span: { start: m.index, end: m.index + m[0].length },
    actWords: m[3] ?? m[4],
  }));
  for (let i = groups.length - 2; i >= 0; i--) {
    const g = groups[i]!;
    const next = groups[i + 1]!;
    const between = text.slice(g.span.end, next.span.start);
    if (!g.actWords && next.actWords && /^\s*(?:,|or|and|atau|dan)\s*$/.test(between)) {
      g.actWords = next.actWords;
    }
  }
  const groupRefs: Reference[][] = groups.map((g) => {
    taken.push(g.span);
    return sectionGroup(meta, g.m, g.actWords, known);
  });
  refs.push(...groupRefs.flat());

  for (const m of text.matchAll(PART)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const number = m[1] ?? (meta.part?.number && (m[2] || m[0] === 'this Part') ? meta.part.number : undefined);
    if (!number) continue;
    taken.push(span);
    const target: ReferenceTarget = { act: meta.act, part: number.toUpperCase() };
    const ok = known.parts.has(partKey(meta.act, number));
    refs.push({
      words: m[0],
      kind: 'part',
      target,
      status: ok ? 'resolved' : 'unresolved',
      ...(ok ? {} : { reason: `no Part ${number.toUpperCase()} in the corpus text of ${meta.act}` }),
    });
  }

  for (const m of text.matchAll(ACT_MENTION)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken)) continue;
    const ref = actReference(meta.act, m[0], known);
    if (ref) refs.push(ref);
  }
  return refs;
}

function actReference(ownAct: string, words: string, known: KnownTargets): Reference | undefined {
  if (/^(?:this Act|Akta ini)$/.test(words)) {
    return { words, kind: 'act', target: { act: ownAct }, status: 'resolved' };
  }
  const named = resolveActName(words);
  // A bare capitalised phrase ending in "Act" that names no Act we know and carries no number or
  // year ("the Council Act") is not a citation: skip it rather than invent a target.
  if (!named.act && !named.number && !/\d{4}/.test(words)) return undefined;
  const target = actTarget(named);
  const inCorpus = named.act !== undefined && known.acts.has(named.act.slug);
  return { words, kind: 'act', target, status: inCorpus ? 'resolved' : 'external' };
}

const actTarget = (named: NamedAct): ReferenceTarget => ({
  ...(named.act ? { act: named.act.slug } : { act_name: named.name }),
  ...(named.number ? { act_number: named.number } : {}),
});

/** The references in one "sections 12, 13 or 14 [of X]" group: one per section named. */
function sectionGroup(
  meta: ProvisionText['meta'],
  m: RegExpMatchArray,
  actWords: string | undefined,
  known: KnownTargets,
): Reference[] {
  const list = m[2]!;
  const named = actWords && !/^(?:this Act|Akta ini)$/.test(actWords) ? resolveActName(actWords) : undefined;
  const act = named ? named.act?.slug : meta.act;
  const words = m[0];

  // Split the list into sections, each with its pinpoint words verbatim ("(3), (4) and (5)").
  const items = [...list.matchAll(ITEM_RE)];
  const starts = items.flatMap((it, i) => (/^\d/.test(it[0]) || i === 0 ? [i] : []));
  const sections = starts.map((first, k) => {
    const it = items[first]!;
    const number = /^\d+[A-Za-z]{0,2}/.exec(it[0])?.[0];
    const from = it.index + (number?.length ?? 0);
    const next = starts[k + 1];
    const to = next === undefined ? list.length : items[next]!.index;
    const pinpoint = list.slice(from, to).replace(new RegExp(`${JOIN}$`), '').trim();
    return { number, pinpoint };
  });

  return sections.map(({ number, pinpoint }) => {
    const pin = pinpoint ? { pinpoint } : {};
    if (!number) {
      // "subsection (2)", "paragraph (a)": a place in this provision's own section.
      const id = ownSectionId(meta);
      return {
        words,
        kind: 'pinpoint' as const,
        target: { act: meta.act, section: meta.number, ...pin },
        id,
        status: 'resolved' as const,
      };
    }
    const section = number.toUpperCase();
    if (!act) {
      return {
        words,
        kind: 'section' as const,
        target: { ...actTarget(named!), section, ...pin },
        status: 'external' as const,
      };
    }
    const base = { words, kind: 'section' as const, target: { act, section, ...pin } };
    const id = sectionId(act, number);
    if (known.ids.has(id)) return { ...base, id, status: 'resolved' as const };
    if (!known.acts.has(act)) return { ...base, status: 'external' as const };
    return {
      ...base,
      status: 'unresolved' as const,
      reason:
        `no section ${section} in the corpus text of ${act}` +
        (/[A-Za-z]$/.test(number)
          ? ' (a lettered section, inserted by an amending Act: its text is not in the corpus)'
          : ''),
    };
  });
}

/** Incoming references per target id, from every provision's outgoing references. */
export function incomingReferences(
  outgoing: ReadonlyMap<string, readonly Reference[]>,
): Map<string, IncomingReference[]> {
  const incoming = new Map<string, IncomingReference[]>();
  for (const [from, refs] of outgoing) {
    for (const r of refs) {
      if (!r.id || r.id === from || r.kind === 'pinpoint') continue;
      const list = incoming.get(r.id) ?? [];
      if (!list.some((x) => x.from === from && x.words === r.words)) {
        list.push({ from, words: r.words, ...(r.target.pinpoint ? { pinpoint: r.target.pinpoint } : {}) });
      }
      incoming.set(r.id, list);
    }
  }
  return incoming;
}
