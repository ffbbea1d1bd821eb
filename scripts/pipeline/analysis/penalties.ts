/**
 * Penalty clauses → one structure. English: "shall, on conviction, be punished with imprisonment
 * for a term not less than three years but not exceeding twenty years, and shall also be liable
 * to fine"; Malay: "hendaklah, apabila disabitkan, dihukum dengan pemenjaraan selama tempoh tidak
 * melebihi lima belas tahun, dan boleh juga didenda". Offences that state no punishment take the
 * Act's general penalty ("for which no penalty is expressly provided").
 */
import type { Penalty, PenaltyVariant } from '../../../src/schema/penalty.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';

const N = NUMBER_PATTERN;

/**
 * Words that create an offence ("commits an offence", not "commits an offence under this Act"; in
 * Malay not "telah melakukan suatu kesalahan", has committed, nor "suatu kesalahan lain", another).
 */
const OFFENCE = /commits an offence(?!\s+(?:under|against))|(?:is|shall be) guilty of an offence|(?<!telah )melakukan suatu kesalahan(?!\s+(?:di bawah|lain)\b)|commits an offence of|menjalankan (?:kesalahan )?penyeludupan|\bshall be punished\b/g;
/**
 * The phrase that opens a penalty clause, with its modal verb: "on conviction" in the modern Acts,
 * the Penal Code's "shall be punished with" or "shall, if ..., be punished" (it has no "on conviction"),
 * and their Malay forms ("jika disabitkan" in SOCA s 19; "hendaklah, ..., dihukum dengan" in SOCA s 16;
 * not "boleh dihukum dengan", which is "punishable with" as often as "liable to").
 */
const CONVICTION = /\b(?:shall|hendaklah|boleh|is liable|dan boleh)?,?\s*(?:on conviction|upon conviction|(?:apabila|jika) disabitkan)\b|\b(?:shall )?be punished\b|\b(?:hendaklah )?(?<!boleh (?:juga )?)dihukum dengan\b/g;
const GENERAL_PENALTY = /no penalty is (?:expressly )?provided|tiada penalti (?:yang )?diperuntukkan dengan nyata/;

export const isGeneralPenalty = (text: string): boolean => GENERAL_PENALTY.test(text);

/** Does the text create an offence (or an aggravated form punished on conviction)? */
export function createsOffence(text: string, heading = ''): boolean {
  // A regulation-making power that lets regulations create offences creates none itself.
  if (isGeneralPenalty(text) || /^(?:Regulations|Peraturan-peraturan)$/i.test(heading.trim())) return false;
  return new RegExp(OFFENCE.source).test(text) || hasConvictionClause(text);
}

const hasConvictionClause = (text: string): boolean =>
  /\b(?:on conviction|(?:apabila|jika) disabitkan)\b/.test(text) && /\b(?:punished|liable|dihukum|didenda|dikenakan|dipenjarakan|released)\b/.test(text);

/** The penalty clauses stated in the text, verbatim from the modal verb to the sentence end. */
export function penaltyClauses(text: string): string[] {
  const clauses: string[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(CONVICTION)) {
    if (m.index < lastEnd) continue;
    const rest = text.slice(m.index);
    const end = /\.(?=\s|$)/.exec(rest);
    const clause = rest.slice(0, end ? end.index + 1 : rest.length).trim();
    lastEnd = m.index + clause.length;
    clauses.push(clause);
  }
  return clauses;
}

/** Parse one clause; undefined when no variant states a punishment we recognise. */
export function parsePenaltyClause(clause: string): Penalty | undefined {
  const variants = splitVariants(clause).map(parseVariant);
  if (variants.length === 0 || variants.some((v) => v === undefined)) return undefined;
  return { clause, variants: variants as PenaltyVariant[], basis: 'own' };
}

/**
 * A clause with alternatives — "(a) where such person is an individual, ... (b) where such person
 * is a body corporate, ...", "(aa) in the case of offences under paragraphs (a) to (h) ..." — or a
 * "second or subsequent offence" rider yields one variant per alternative.
 */
function splitVariants(clause: string): { appliesTo?: string; words: string; lead?: string }[] {
  // Only a run of sequential labels ((a), (b) or (aa), (bb)) splits: "(a) to (h)" inside an
  // alternative is a reference, not an alternative.
  const enumerated: RegExpMatchArray[] = [];
  for (const m of clause.matchAll(/(?:^|[\s—–-])\(([a-z]{1,2})\)\s/g)) {
    const prev = enumerated.at(-1)?.[1];
    if (prev === undefined ? /^(a|aa)$/.test(m[1]!) : m[1] === nextLabel(prev)) enumerated.push(m);
  }
  // Labels after the punishment are its conditions, not alternatives (Penal Code s 411A: "shall be
  // punished with imprisonment ... if the person— (a) knows ...; and (b) knows or is reckless ...").
  const conditions = enumerated[0] !== undefined && parseVariant({ words: clause.slice(0, enumerated[0].index) }) !== undefined;
  if (enumerated.length >= 2 && !conditions) {
    // The words before the first label carry the modal the alternatives share ("shall be punished— (a) ...").
    const lead = clause.slice(0, enumerated[0]!.index);
    return enumerated.map((m, i) => {
      const words = clause.slice(m.index, enumerated[i + 1]?.index ?? clause.length).trim();
      const cond = /^\S*\([a-z]{1,2}\)\s+((?:where|in the case of|jika|dalam hal)[^,]*)/.exec(words);
      return { ...(cond ? { appliesTo: cond[1]! } : {}), words, lead };
    });
  }
  const subsequent = /(?:for|in the case of|bagi) a? ?(?:second or subsequent|kali kedua atau (?:yang )?berikutnya) (?:offence|kesalahan)/i.exec(clause);
  if (subsequent) {
    return [
      { words: clause.slice(0, subsequent.index) },
      { appliesTo: subsequent[0], words: clause.slice(subsequent.index) },
    ];
  }
  return [{ words: clause }];
}

/** (a) → b, (aa) → bb. */
const nextLabel = (label: string): string =>
  String.fromCharCode(label.charCodeAt(0) + 1).repeat(label.length);

const num = (re: RegExp, s: string): number | undefined => {
  const m = re.exec(s);
  return m ? parseNumber(m[1]!) : undefined;
};

const LESS = String.raw`(?:not (?:be )?less than|of not less than|tidak kurang daripada|minimum sebanyak)`;
const MORE = String.raw`(?:not exceeding|not more than|which may extend to|tidak melebihi|tidak lebih daripada)`;
/** A term in years; the Penal Code also counts months ("may extend to one month"). */
const TERM = (bound: string, words: string): number | undefined => {
  const m = new RegExp(`${bound}\\s+(${N})\\s+(years?|months?|tahun|bulan)`).exec(words);
  if (!m) return undefined;
  const n = parseNumber(m[1]!);
  return n !== undefined && /^(?:month|bulan)/.test(m[2]!) ? Math.round((n / 12) * 100) / 100 : n;
};

/** Is the punishment introduced by the nearest modal before `at` mandatory ("punished")? */
function mandatoryAt(words: string, at: number): boolean {
  const before = words.slice(0, at);
  // A clause opening on "dihukum dengan" had its "hendaklah" before a condition ("hendaklah, jika ..., dihukum").
  const modals = [...before.matchAll(/\b(punished|liable|hendaklah|boleh)\b|^(dihukum)\b/g)];
  const last = modals.at(-1);
  return last !== undefined && (last[2] !== undefined || last[1] === 'punished' || last[1] === 'hendaklah');
}

function parseVariant({ appliesTo, words, lead = '' }: { appliesTo?: string; words: string; lead?: string }): PenaltyVariant | undefined {
  const v: PenaltyVariant = {
    ...(appliesTo ? { applies_to: appliesTo } : {}),
    // "with death", not a death the offence causes (s 304) or an offence "punishable with death" (s 221).
    death: /(?<!punishable )\bwith death\b|\b(?:hukuman mati|dihukum mati)\b/.test(words),
    either_or_both: /\bor (?:to |with )?both\b|atau kedua-?duanya/.test(words),
    forfeiture: /dilucuthakkan keuntungan|forfeit(?:ure of)? (?:the )?profits?/.test(words),
  };

  const prison = /\b(?:imprisonment|pemenjaraan|penjara|dipenjarakan)\b/.exec(words);
  if (prison) {
    const min = TERM(LESS, words);
    const max = TERM(MORE, words);
    v.imprisonment = {
      ...(min !== undefined ? { min_years: min } : {}),
      ...(max !== undefined ? { max_years: max } : {}),
      life: /imprisonment for life|(?:pemenjaraan|penjara) seumur hidup/.test(words),
      mandatory: mandatoryAt(lead + words, lead.length + prison.index),
    };
  }
  const fine = /\b(?:fine|denda|didenda)\b/.exec(words);
  if (fine) {
    const min = num(new RegExp(`${LESS}\\s+(${N})\\s+ringgit`), words);
    const max = num(new RegExp(`${MORE}\\s+(${N})\\s+ringgit`), words);
    v.fine = {
      ...(min !== undefined ? { min_ringgit: min } : {}),
      ...(max !== undefined ? { max_ringgit: max } : {}),
      // "imprisonment ..., with or without fine" (Penal Code ss 221, 222): the fine is the court's choice.
      mandatory: !/with or without fine/.test(words) && mandatoryAt(lead + words, lead.length + fine.index),
    };
  }
  const whip = /\b(?:whipping|sebat(?:an)?)\b/.exec(words);
  if (whip) {
    const min = num(new RegExp(`${LESS}\\s+(${N})\\s+(?:strokes|sebatan)`), words);
    const max = num(new RegExp(`${MORE}\\s+(${N})\\s+(?:strokes|sebatan)`), words);
    v.whipping = {
      ...(min !== undefined ? { min_strokes: min } : {}),
      ...(max !== undefined ? { max_strokes: max } : {}),
      mandatory: mandatoryAt(lead + words, lead.length + whip.index),
    };
  }
  const other = /twice (?:as long as|of) the maximum term[^.;,]*|enhanced penalty[^.;]*|punished (?:in the same manner as|as (?:an abettor|prescribed|a person convicted)|for the offence for which)[^.;]*|punishment provided for (?:the|that|the said|murder)[^.;]*|hukuman yang diperuntukkan bagi[^.;]*|punishment to which he was originally sentenced[^.;]*|released on a bond[^.;]*|dilepaskan (?:dengan|atas) (?:suatu )?bon[^.;]*|(?:heavier|greater) (?:penalty|punishment)[^.;]*|penalti yang lebih (?:berat|keras)[^.;]*/.exec(words);
  if (other) v.other = other[0].trim();

  // "... or to both": the court chooses, so neither is imposed of necessity.
  if (v.either_or_both) {
    if (v.imprisonment) v.imprisonment.mandatory = false;
    if (v.fine) v.fine.mandatory = false;
  }
  const states = v.imprisonment || v.fine || v.whipping || v.death || v.other;
  return states ? v : undefined;
}

export interface PenaltyAnalysis {
  penalties: Penalty[];
  /** Clauses or offences we could not turn into a penalty, with the reason. */
  unparsed: { reason: string; words: string }[];
}

/**
 * The penalties of one provision. `general` is the Act's general penalty (parsed from its general
 * penalty provision), used for offences whose provision states no punishment.
 */
export function analysePenalties(
  text: string,
  general?: { id: string; penalty: Penalty },
  heading = '',
  offence = createsOffence(text, heading),
): PenaltyAnalysis {
  const result: PenaltyAnalysis = { penalties: [], unparsed: [] };
  if (!offence && !isGeneralPenalty(text)) return result;
  for (const clause of penaltyClauses(text)) {
    const p = parsePenaltyClause(clause);
    if (p) result.penalties.push(p);
    else result.unparsed.push({ reason: 'penalty words not recognised', words: clause });
  }
  if (offence && result.penalties.length === 0 && result.unparsed.length === 0) {
    if (general) {
      result.penalties.push({ ...general.penalty, basis: 'general', general_penalty: general.id });
    } else {
      result.unparsed.push({
        reason: 'the offence states no punishment and the Act has no general penalty provision in the corpus',
        words: new RegExp(OFFENCE.source).exec(text)?.[0] ?? text.slice(0, 80),
      });
    }
  }
  return result;
}
