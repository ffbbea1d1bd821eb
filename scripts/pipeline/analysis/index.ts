/**
 * The analysis layer's single entry: per provision (in each language) its references out and in,
 * penalties, offence elements and topics, and the ids of the overlap and gap records that name
 * it; plus the records themselves and the figures for the corpus report. Pure: the caller reads
 * the corpus and the annotations.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Elements } from '../../../src/schema/elements.js';
import type { Gap } from '../../../src/schema/gap.js';
import type { Overlap } from '../../../src/schema/overlap.js';
import type { Penalty } from '../../../src/schema/penalty.js';
import type { IncomingReference, Reference } from '../../../src/schema/reference.js';
import type { TopicAssignment } from '../../../src/schema/topic.js';
import { LANGS, type Provision } from '../../../src/schema/provision.js';
import { provisionText } from '../corpus/text.js';
import { checkAnnotations, type Annotations, type CuratedOffence } from './annotations.js';
import { definitionIndex, offenceElements, offenceWords, type DefinitionIndex } from './elements.js';
import { offenceModel, type OffenceModel, type OffenceRole } from './offences.js';
import { deepFreeze } from './frozen.js';
import type { ProvisionText } from './input.js';
import { analysePenalties, createsOffence, isGeneralPenalty, parsePenaltyClause, penaltyClauses, type PenaltyAnalysis } from './penalties.js';
import { extractReferences, incomingReferences, knownTargets, type KnownTargets } from './references.js';
import { computedOverlaps, definitionDifferences, penaltyDisparities, type OffenceFacts, type OverlapMemo } from './relations.js';
import { ruleTopics } from './topics.js';
import { docKey } from '../../../src/schema/ids.js';

export interface ProvisionAnalysis {
  id: string;
  lang: string;
  offence: boolean;
  /** "way-of-charging": abetment, conspiracy, attempt — charged with another offence, never matched alone. */
  role?: OffenceRole;
  refs_out: Reference[];
  refs_in: IncomingReference[];
  penalties: Penalty[];
  elements?: Elements;
  topics: TopicAssignment[];
  overlaps: string[];
  gaps: string[];
}

export interface AnalysisReport {
  references: { total: number; resolved: number; external: number; unresolved: { from: string; words: string; reason: string }[] };
  penalties: { offences: number; parsed: number; general: number; unparsed: { id: string; lang: string; reason: string; words: string }[] };
  /** Offences per Act (one per provision, any language), and how many have a curated model. */
  offences: Record<string, { offences: number; curated: number; ways_of_charging: number }>;
  topics: { untagged: string[] };
  overlaps: { computed: number; curated: number };
  gaps: Record<Gap['kind'], number>;
}

export interface Analysis {
  /** By document key `<id>_<lang>`. */
  provisions: Map<string, ProvisionAnalysis>;
  overlaps: Overlap[];
  gaps: Gap[];
  report: AnalysisReport;
}

const key = (p: ProvisionText) => docKey(p.meta.id, p.meta.lang);

/**
 * The Act's general penalty ("for which no penalty is expressly provided"), per Act and language.
 * Where a language lacks the provision's text (text-unavailable), the other language's is used
 * and its clause marked with that language.
 */
function generalPenalties(items: readonly ProvisionText[]) {
  const found = new Map<string, { id: string; penalty: Penalty }>();
  for (const p of items) {
    if (p.meta.kind !== 'section' || !isGeneralPenalty(p.text)) continue;
    const clause = penaltyClauses(p.text)[0];
    const penalty = clause ? parsePenaltyClause(clause) : undefined;
    if (penalty) found.set(`${p.meta.act}|${p.meta.lang}`, { id: p.meta.id, penalty: { ...penalty, clause_lang: p.meta.lang } });
  }
  const out = new Map<string, { id: string; penalty: Penalty }>();
  for (const act of new Set(items.map((p) => p.meta.act))) {
    for (const lang of LANGS) {
      const own = found.get(`${act}|${lang}`);
      const other = LANGS.map((l) => found.get(`${act}|${l}`)).find((g) => g !== undefined);
      const g = own ?? other;
      if (!g) continue;
      const { clause_lang, ...penalty } = g.penalty;
      out.set(`${act}|${lang}`, { id: g.id, penalty: clause_lang === lang ? penalty : g.penalty });
    }
  }
  return out;
}

/**
 * A provision's topics are what it is about, whichever language's words a rule fired on: each live
 * copy takes the other's (Malay s 66B is about wages in arrears as the English is), so its type,
 * topic counts and the protections list are the same in both languages. A topic taken over keeps
 * the other language's words, marked with that language; "general" (nothing else applies) goes
 * once the copy has another topic.
 */
function shareTopics(items: readonly ProvisionText[], provisions: Map<string, ProvisionAnalysis>): void {
  const copies = new Map<string, ProvisionAnalysis[]>();
  for (const p of items) {
    if (p.meta.status === 'deleted') continue;
    copies.set(p.meta.id, [...(copies.get(p.meta.id) ?? []), provisions.get(key(p))!]);
  }
  for (const group of copies.values()) {
    if (group.length < 2) continue;
    const own = new Map(group.map((a) => [a, [...a.topics]]));
    for (const a of group) {
      for (const other of group.filter((x) => x !== a)) {
        for (const t of own.get(other)!) {
          if (a.topics.some((x) => x.topic === t.topic)) continue;
          a.topics.push(t.basis === 'rule' ? { ...t, because: `${other.lang} text: ${t.because}` } : t);
        }
      }
      if (a.topics.some((t) => t.topic !== 'general')) a.topics = a.topics.filter((t) => t.topic !== 'general');
    }
  }
}

/** Provision id → the ids of the records naming it, in the records' order (one pass, not one per provision). */
function recordsNaming<T extends { id: string }>(records: readonly T[], named: (r: T) => readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of records) {
    for (const id of new Set(named(r))) {
      const ids = out.get(id);
      if (ids) ids.push(r.id);
      else out.set(id, [r.id]);
    }
  }
  return out;
}

/** What a provision's analysis reads besides its own text: the corpus-wide inputs. */
interface Context {
  known: KnownTargets;
  defs: DefinitionIndex;
  general: ReturnType<typeof generalPenalties>;
  curatedOffences: ReadonlyMap<string, CuratedOffence>;
}

/** A provision's results that depend only on its own text and the Context. */
interface OwnResults {
  refs: Reference[];
  model: OffenceModel;
  offence: boolean;
  pen: PenaltyAnalysis;
  topics: TopicAssignment[];
}

function ownResults(p: ProvisionText, { known, defs, general, curatedOffences }: Context): OwnResults {
  const refs = extractReferences(p, known);
  const worded = p.meta.status !== 'deleted' && p.meta.kind === 'section' && createsOffence(p.text, p.meta.heading);
  const model = offenceModel(
    p,
    { offence: worded, words: offenceWords(p.text), ...(worded ? { elements: offenceElements(p, defs) } : {}) },
    curatedOffences,
  );
  const offence = model.offence && p.meta.status !== 'deleted';
  const pen = offence || isGeneralPenalty(p.text)
    ? analysePenalties(p.text, general.get(`${p.meta.act}|${p.meta.lang}`), p.meta.heading, offence)
    : { penalties: [], unparsed: [] };
  const elements = offence ? model.elements : undefined;
  const topics = ruleTopics(p, { offence, ...(elements ? { elements } : {}) });
  return { refs, model, offence, pen, topics };
}

/** A corpus provision as the analysis reads it: front matter and verbatim plain text. */
const asText = (p: Provision): ProvisionText => ({ meta: p.meta, text: provisionText(p) });

/**
 * What a long-lived indexer (`npm start -- --watch`) keeps of one analysis for the next, so a
 * run after a one-section correction analyses that section again, not the corpus: each
 * provision's own results (references out, offence model, penalties, rule topics) are reused
 * when its input is the same object (its corpus file unchanged: the parse cache hands out the
 * same Provision, and `withText` here the same ProvisionText) and the corpus-wide inputs they
 * read (known targets, definitions, general penalties, curated offences) are deep-equal to last
 * run's; any difference there and every provision is analysed again. What crosses provisions
 * (references in, shared and curated topics, overlaps, gaps, the report) is computed every run.
 * Kept results are frozen: code that changed one would throw, not corrupt the next run.
 */
export class AnalysisMemo {
  #texts = new WeakMap<Provision, ProvisionText>();
  #own = new WeakMap<ProvisionText, OwnResults>();
  #context: Context | undefined;
  /** The computed overlaps' pair scores, by the two offences' elements (frozen, so shared safely). */
  readonly overlaps: OverlapMemo = new WeakMap();
  /** Provisions analysed in the last run (the others' results were reused). */
  analysed = 0;

  withText(p: Provision): ProvisionText {
    let t = this.#texts.get(p);
    if (!t) this.#texts.set(p, (t = asText(p)));
    return t;
  }

  /** Called once per run, before `own`: forgets every kept result unless the context is unchanged. */
  begin(context: Context): void {
    if (!this.#context || !isDeepStrictEqual(this.#context, context)) this.#own = new WeakMap();
    this.#context = context;
    this.analysed = 0;
  }

  own(p: ProvisionText, context: Context): OwnResults {
    const kept = this.#own.get(p);
    if (kept) return kept;
    this.analysed++;
    const made = deepFreeze(ownResults(p, context));
    this.#own.set(p, made);
    return made;
  }
}

/** The analysis input for corpus provisions: front matter and verbatim plain text. */
export const withText = (provisions: readonly Provision[]): ProvisionText[] => provisions.map(asText);

/** Analyse corpus provisions (the document build's entry). */
export const analyseProvisions = (
  provisions: readonly Provision[],
  annotations: Annotations,
  history: readonly Provision[] = [],
  memo?: AnalysisMemo,
): Analysis => {
  const toText = memo ? (p: Provision) => memo.withText(p) : asText;
  return analyse(provisions.map(toText), annotations, history.map(toText), memo);
};

/**
 * `history`: past versions (readCorpus(root, 'history')), only to check quotes that name a version.
 * `memo`: what the last run of a long-lived indexer analysed (AnalysisMemo); the result is the same.
 */
export function analyse(
  items: readonly ProvisionText[],
  annotations: Annotations,
  history: readonly ProvisionText[] = [],
  memo?: AnalysisMemo,
): Analysis {
  const problems = checkAnnotations(annotations, items, history);
  if (problems.length > 0) {
    throw new Error(`corpus/annotations do not match the corpus:\n  ${problems.join('\n  ')}`);
  }
  const live = items.filter((p) => p.meta.status !== 'deleted');
  const known = knownTargets(items);
  const defs = definitionIndex(live);
  const general = generalPenalties(live);
  const report: AnalysisReport = {
    references: { total: 0, resolved: 0, external: 0, unresolved: [] },
    penalties: { offences: 0, parsed: 0, general: 0, unparsed: [] },
    offences: {},
    topics: { untagged: [] },
    overlaps: { computed: 0, curated: 0 },
    gaps: { protocol: 0, 'non-punishment': 0, 'penalty-disparity': 0, definition: 0, regime: 0 },
  };

  const curatedOffences = new Map(annotations.offences.map((o) => [o.id, o]));
  const counted = new Set<string>();
  const provisions = new Map<string, ProvisionAnalysis>();
  const outgoing = new Map<string, Map<string, Reference[]>>(); // lang → id → refs
  const context: Context = { known, defs, general, curatedOffences };
  memo?.begin(context);
  for (const p of items) {
    const { refs, model, offence, pen, topics } = memo ? memo.own(p, context) : ownResults(p, context);
    const byLang = outgoing.get(p.meta.lang) ?? new Map<string, Reference[]>();
    byLang.set(p.meta.id, refs);
    outgoing.set(p.meta.lang, byLang);
    for (const r of refs) {
      report.references.total++;
      if (r.status === 'resolved') report.references.resolved++;
      else if (r.status === 'external') report.references.external++;
      else report.references.unresolved.push({ from: key(p), words: r.words, reason: r.reason ?? '' });
    }

    if (offence) {
      const counts = (report.offences[p.meta.act] ??= { offences: 0, curated: 0, ways_of_charging: 0 });
      if (!counted.has(p.meta.id)) {
        counted.add(p.meta.id);
        counts.offences++;
        if (model.basis === 'curated') counts.curated++;
        if (model.role === 'way-of-charging') counts.ways_of_charging++;
      }
    }
    if (offence) {
      report.penalties.offences++;
      if (pen.unparsed.length === 0 && pen.penalties.length > 0) report.penalties.parsed++;
      if (pen.penalties.some((x) => x.basis === 'general')) report.penalties.general++;
    }
    // A way of charging takes the punishment of the offence it attaches to: no clause of its own is no gap.
    if (model.role !== 'way-of-charging') report.penalties.unparsed.push(...pen.unparsed.map((u) => ({ id: p.meta.id, lang: p.meta.lang, ...u })));
    const elements = offence ? model.elements : undefined;
    provisions.set(key(p), {
      id: p.meta.id,
      lang: p.meta.lang,
      offence,
      ...(offence && model.role ? { role: model.role } : {}),
      refs_out: refs,
      refs_in: [],
      penalties: pen.penalties,
      ...(elements ? { elements } : {}),
      // A copy: curated and shared topics are added to it below.
      topics: [...topics],
      overlaps: [],
      gaps: [],
    });
  }
  for (const [lang, refs] of outgoing) {
    for (const [id, incoming] of incomingReferences(refs)) {
      const a = provisions.get(docKey(id, lang));
      if (a) a.refs_in = incoming;
    }
  }

  const languagesOf = new Map<string, ProvisionAnalysis[]>();
  for (const a of provisions.values()) languagesOf.set(a.id, [...(languagesOf.get(a.id) ?? []), a]);
  for (const t of annotations.topics) {
    for (const a of languagesOf.get(t.id) ?? []) {
      for (const topic of t.topics) {
        if (!a.topics.some((x) => x.topic === topic)) a.topics.push({ topic, basis: 'curated', because: t.because });
      }
    }
  }
  shareTopics(items, provisions);
  report.topics.untagged = [...provisions.values()].filter((a) => a.topics.length === 0).map((a) => docKey(a.id, a.lang));

  // Relations are language-neutral: computed from the English text where we hold it, else Malay.
  const offences = new Map<string, OffenceFacts>();
  const malayOffences = new Map<string, OffenceFacts>();
  for (const p of live) {
    const a = provisions.get(key(p))!;
    if (!a.offence || !a.elements) continue;
    if (p.meta.lang === 'ms') malayOffences.set(p.meta.id, { p, elements: a.elements, penalties: a.penalties });
    if (offences.has(p.meta.id) && p.meta.lang !== 'en') continue;
    offences.set(p.meta.id, { p, elements: a.elements, penalties: a.penalties });
  }
  const curatedPairs = new Set(annotations.overlaps.map((o) => [...o.provisions].sort().join('|')));
  const computed = computedOverlaps([...offences.values()], memo?.overlaps).filter(
    (o) => !curatedPairs.has([...o.provisions].sort().join('|')),
  );
  const overlaps = [...annotations.overlaps, ...computed];
  const gaps = [
    ...annotations.gaps,
    ...penaltyDisparities(overlaps, offences, (id) => malayOffences.get(id)),
    ...definitionDifferences(live),
  ];
  report.overlaps = { computed: computed.length, curated: annotations.overlaps.length };
  for (const g of gaps) report.gaps[g.kind]++;

  const overlapsOf = recordsNaming(overlaps, (o) => o.provisions);
  const gapsOf = recordsNaming(gaps, (g) => g.assessments.map((s) => s.id));
  for (const a of provisions.values()) {
    a.overlaps = [...(overlapsOf.get(a.id) ?? [])];
    a.gaps = [...(gapsOf.get(a.id) ?? [])];
  }
  return { provisions, overlaps, gaps, report };
}
