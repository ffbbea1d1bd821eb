/**
 * English ↔ Malay pairs of defined terms (corpus/definitions-pairs.yaml): each definition gets its
 * counterpart in the other language, and what stays unpaired is listed for the report. Pure.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Counterpart, Lang, Provision } from '../../../src/schema/provision.js';

export const DefinitionPairs = z.record(z.string(), z.array(z.object({ en: z.string().min(1), ms: z.string().min(1) }).strict()));
export type DefinitionPairs = z.infer<typeof DefinitionPairs>;

export const parseDefinitionPairs = (yaml: string, path: string): DefinitionPairs => {
  const r = DefinitionPairs.safeParse(parse(yaml) ?? {});
  if (!r.success) throw new Error(`${path}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
};

export interface Pairing {
  /** Document key (`<id>_<lang>`) → the definition in the other language. */
  counterparts: Map<string, Counterpart>;
  /** Definitions of an Act held in both languages that no pair names. */
  unpaired: { act: string; lang: Lang; id: string; term: string; status: string }[];
  /** Terms of a pair that no definition of the corpus has (exact term). */
  missing: { act: string; lang: Lang; term: string }[];
}

export function pairDefinitions(provisions: readonly Provision[], pairs: DefinitionPairs): Pairing {
  const defs = provisions.filter((p) => p.meta.kind === 'definition');
  const find = (act: string, lang: Lang, term: string) => defs.find((p) => p.meta.act === act && p.meta.lang === lang && p.meta.term === term);
  const out: Pairing = { counterparts: new Map(), unpaired: [], missing: [] };
  const paired = new Set<Provision>();
  for (const [act, list] of Object.entries(pairs)) {
    for (const pair of list) {
      const en = find(act, 'en', pair.en);
      const ms = find(act, 'ms', pair.ms);
      if (!en) out.missing.push({ act, lang: 'en', term: pair.en });
      if (!ms) out.missing.push({ act, lang: 'ms', term: pair.ms });
      if (!en || !ms) continue;
      out.counterparts.set(`${en.meta.id}_en`, { id: ms.meta.id, lang: 'ms', term: pair.ms });
      out.counterparts.set(`${ms.meta.id}_ms`, { id: en.meta.id, lang: 'en', term: pair.en });
      paired.add(en).add(ms);
    }
  }
  const bilingual = (act: string) => new Set(defs.filter((p) => p.meta.act === act).map((p) => p.meta.lang)).size === 2;
  for (const p of defs)
    if (!paired.has(p) && bilingual(p.meta.act)) out.unpaired.push({ act: p.meta.act, lang: p.meta.lang, id: p.meta.id, term: p.meta.term!, status: p.meta.status });
  return out;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function definitionPairsReportMarkdown(pairing: Pairing, provisions: readonly Provision[]): string {
  const acts = [...new Set(provisions.filter((p) => p.meta.kind === 'definition').map((p) => p.meta.act))].sort();
  const count = (act: string, lang: Lang) => provisions.filter((p) => p.meta.kind === 'definition' && p.meta.act === act && p.meta.lang === lang).length;
  const pairedIn = (act: string) => [...pairing.counterparts.keys()].filter((k) => k.endsWith('_en') && k.startsWith(`${act}-`)).length;
  return [
    '## Definitions: English ↔ Malay',
    '',
    'Pairs from `corpus/definitions-pairs.yaml` (curated; exact terms). Each paired definition names its',
    'counterpart in its front matter (`counterpart`), so its page links the other language.',
    '',
    '| act | en definitions | ms definitions | pairs | unpaired | pair terms not in the corpus |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...acts.map((a) => `| ${a} | ${count(a, 'en')} | ${count(a, 'ms')} | ${pairedIn(a)} | ${pairing.unpaired.filter((u) => u.act === a).length} | ${pairing.missing.filter((m) => m.act === a).length} |`),
    '',
    ...(pairing.unpaired.length
      ? ['Unpaired definitions:', '', '| act | lang | id | term | status |', '| --- | --- | --- | --- | --- |', ...pairing.unpaired.map((u) => `| ${u.act} | ${u.lang} | ${u.id} | ${cell(u.term)} | ${u.status} |`), '']
      : []),
    ...(pairing.missing.length
      ? ['Pair terms with no definition of that exact term in the corpus:', '', ...pairing.missing.map((m) => `- ${m.act} (${m.lang}): “${m.term}”`), '']
      : []),
  ].join('\n');
}
