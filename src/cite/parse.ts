/**
 * Reads a citation as people type it ("ATIPSOM s 14", "s.14 ATIPSOM 2007", "section 14 of
 * Act 670", "Akta 670 seksyen 14", "Child Act s 48(1)(a)", "PC 372B", "s 2 ATIPSOM
 * 'exploitation'") into a Citation. Pure: Act names come from the registry's aliases.
 */
import { ACTS, type ActConfig } from '../registry/acts.js';
import type { Citation } from '../schema/citation.js';

export type ParseFailureReason = 'empty' | 'no-section' | 'unknown-act' | 'no-act';
export type ParseResult =
  | { ok: true; citation: Citation }
  | { ok: false; reason: ParseFailureReason; message: string };

const EXAMPLE = 'e.g. "ATIPSOM s 14", "section 14 of Act 670", "Child Act s 48(1)(a)"';

// Words that join an Act name to a section without being part of either.
const CONNECTORS = new Set(['of', 'the', 'under', 'in', 'and', 'di', 'bawah', 'dalam', 'bagi', 'dan']);

/** Comparable form of an Act name: case, punctuation and connecting words do not matter. */
export function canonicalName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !CONNECTORS.has(w))
    .join(' ');
}

const actByName = (acts: readonly ActConfig[]): Map<string, string> => {
  const names = new Map<string, string>();
  for (const act of acts) {
    for (const name of [...act.aliases, act.shortCitation, act.title.en, act.title.ms ?? '']) {
      if (name) names.set(canonicalName(name), act.slug);
    }
  }
  return names;
};
const NAMES = actByName(ACTS);

/** The Act a name denotes; a trailing year the registry does not list is tolerated ("ATIP 2007"). */
function actNamed(name: string): string | undefined {
  const canon = canonicalName(name);
  return NAMES.get(canon) ?? NAMES.get(canon.replace(/ (19|20)\d\d$/, ''));
}

/** An Act name at the start or end of `rest`, and the words left beside it. */
function actAtEdge(rest: string): { act: string; leftover: string } | undefined {
  const words = canonicalName(rest).split(' ').filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = NAMES.get(words.slice(0, n).join(' '));
    if (head) return { act: head, leftover: words.slice(n).join(' ') };
    const tail = NAMES.get(words.slice(words.length - n).join(' '));
    if (tail) return { act: tail, leftover: words.slice(0, words.length - n).join(' ') };
  }
  return undefined;
}

const KEYWORD = String.raw`(?:sections?|sects?\.?|secs?\.?|ss?\.?|seksyen|sek\.?|§{1,2})`;
const NUMBER = String.raw`(\d{1,4}[A-Za-z]{0,3})`;
const ENUMERATOR = String.raw`\(\s*(?:\d{1,3}[A-Za-z]{0,2}|[A-Za-z]{1,2}|[ivxlcIVXLC]{1,7})\s*\)`;
const PINPOINT = String.raw`((?:\s*${ENUMERATOR})*)`;
const WITH_KEYWORD = new RegExp(String.raw`(?:^|[\s,;(\[])${KEYWORD}\s*${NUMBER}${PINPOINT}(?![\p{L}\p{N}])`, 'iu');
const NUMBER_LAST = new RegExp(String.raw`^(.*\S)\s+${NUMBER}${PINPOINT}\s*$`, 'u');
const NUMBER_FIRST = new RegExp(String.raw`^${NUMBER}${PINPOINT}\s+(.*\S)\s*$`, 'u');
const QUOTED = /["“”'‘’«»]\s*([^"“”'‘’«»]+?)\s*["“”'‘’«»]/u;
const ACT_NUMBER_BRACKET = /\[\s*(?:act|akta)\s+(\d+)\s*\]/iu;

const ORDINALS: Record<string, string> = {
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6',
  pertama: '1', kedua: '2', ketiga: '3', keempat: '4', kelima: '5', keenam: '6',
};
const BEFORE = String.raw`(?:^|[\s,;(\[])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const SCHEDULE_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`${BEFORE}(?:sch(?:edule)?\.?|jadual)\s*(\d{1,2})${AFTER}`, 'iu'),
  new RegExp(String.raw`${BEFORE}(?:the\s+)?(first|second|third|fourth|fifth|sixth)\s+schedule${AFTER}`, 'iu'),
  new RegExp(String.raw`${BEFORE}jadual\s+(pertama|kedua|ketiga|keempat|kelima|keenam)${AFTER}`, 'iu'),
  // "SOCA, the Schedule": an Act's only Schedule is numbered 1.
  new RegExp(String.raw`${BEFORE}(?:the\s+)?(schedule|jadual)${AFTER}`, 'iu'),
];

/** A Schedule named in the text: its number, and the text without it. */
function scheduleIn(text: string): { number: string; rest: string } | undefined {
  for (const form of SCHEDULE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    return { number: /^\d+$/.test(word) ? word : (ORDINALS[word] ?? '1'), rest: text.replace(m[0], ' ') };
  }
  return undefined;
}

const pinpointOf = (raw: string | undefined): string[] =>
  [...(raw ?? '').matchAll(/\(\s*([0-9A-Za-z]+)\s*\)/g)].map((m) => `(${m[1]})`);

const sectionOf = (raw: string): string => raw.toUpperCase();

/**
 * False when `input` cannot parse as a citation: every citation parseCitation reads has a section,
 * and a section is a number (ASCII digits after NFKC, as the patterns' \d reads them) or a Schedule,
 * whose every form holds "sch" or "jadual" (case-folded as the patterns' `iu` flags fold; NFKC has
 * already turned the two letters that fold to ASCII, ſ and K, into s and K). For the search box,
 * where most queries are words: they skip the grammar (about 2% of the Node API's CPU per search).
 */
export const mayBeCitation = (input: string): boolean => /\d|sch|jadual/iu.test(input.normalize('NFKC'));

export function parseCitation(input: string): ParseResult {
  let text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'empty', message: `Type a citation, ${EXAMPLE}.` };

  const quoted = QUOTED.exec(text);
  let term = quoted?.[1];
  if (quoted) text = text.replace(quoted[0], ' ').replace(/\(\s*\)/g, ' ');

  // "[Act 670]" as printed in full citations names the Act by number.
  const bracket = ACT_NUMBER_BRACKET.exec(text);
  if (bracket) text = text.replace(bracket[0], ' ');
  const bracketAct = bracket ? actNamed(`act ${bracket[1]}`) : undefined;

  let section: string | undefined;
  let pinpoint: string[] = [];
  let rest: string;
  const keyword = WITH_KEYWORD.exec(text);
  const schedule = keyword ? undefined : scheduleIn(text);
  if (schedule) {
    [section, rest] = [schedule.number, schedule.rest];
  } else if (keyword) {
    section = sectionOf(keyword[1]!);
    pinpoint = pinpointOf(keyword[2]);
    rest = text.replace(keyword[0], ' ');
  } else {
    rest = text;
    if (!actNamed(text)) {
      const last = NUMBER_LAST.exec(text);
      const first = NUMBER_FIRST.exec(text);
      if (last && actNamed(last[1]!)) {
        [section, pinpoint, rest] = [sectionOf(last[2]!), pinpointOf(last[3]), last[1]!];
      } else if (first && actNamed(first[3]!)) {
        [section, pinpoint, rest] = [sectionOf(first[1]!), pinpointOf(first[2]), first[3]!];
      }
    }
  }

  let act = canonicalName(rest) ? actNamed(rest) : bracketAct;
  if (!act && section) {
    // "ATIPSOM s 2 exploitation": an Act name with the defined term beside it.
    const edge = actAtEdge(rest);
    if (edge) [act, term] = [edge.act, term ?? edge.leftover];
  }
  act ??= bracketAct;

  if (!section) {
    return act
      ? { ok: false, reason: 'no-section', message: `"${input.trim()}" names an Act but no section: add one, e.g. "${input.trim()} s 14".` }
      : { ok: false, reason: 'no-section', message: `Could not find a section number in "${input.trim()}": write it as "s 14" or "section 14", ${EXAMPLE}.` };
  }
  if (!act) {
    const name = rest.replace(/\s+/g, ' ').trim();
    return name
      ? { ok: false, reason: 'unknown-act', message: `"${name}" is not an Act this knowledge base knows: use a name such as ${knownNames()}.` }
      : { ok: false, reason: 'no-act', message: `Say which Act section ${section} is in, e.g. "ATIPSOM s ${section}" or "Child Act s ${section}".` };
  }
  return {
    ok: true,
    citation: { act, section, pinpoint, ...(schedule ? { kind: 'schedule' as const } : {}), ...(term ? { term } : {}) },
  };
}

const knownNames = (): string => ACTS.map((a) => `"${a.aliases[0]}"`).join(', ');
