/**
 * Every Act held, in each language, as Akoma Ntoso: the current text and the text as at an
 * earlier version date (where the corpus has versions) are valid against the OASIS schema, and
 * reading each document back gives every provision's heading and text exactly as the corpus has them.
 */
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../src/registry/acts.js';
import { editionAt } from '../../src/akn/at.js';
import { actToAkn, portionToAkn, type AknProvision } from '../../src/akn/build.js';
import { readProvisions } from '../../src/akn/read.js';
import { parseEid, provisionEid } from '../../src/akn/uri.js';
import { LANGS } from '../../src/schema/provision.js';
import { corpusDocuments, corpusHistory, validateAkn, type NamedXml } from '../helpers/akn.js';

interface Edition {
  name: string;
  act: (typeof ACTS)[number];
  lang: (typeof LANGS)[number];
  date: string;
  provisions: AknProvision[];
}

const versionDates = (ps: readonly AknProvision[]): string[] =>
  [...new Set(ps.flatMap((p) => (p.versions ?? []).map((v) => v.valid_from)))].sort();

/** Each Act and language held: the latest text, and the text as at the version date before it. */
async function editions(): Promise<Edition[]> {
  const [docs, history] = await Promise.all([corpusDocuments(), corpusHistory()]);
  const out: Edition[] = [];
  for (const act of ACTS) {
    for (const lang of LANGS) {
      const current = docs.filter((d) => d.act === act.slug && d.lang === lang);
      if (!current.length) continue;
      const dates = versionDates(current);
      const latest = editionAt(current, undefined);
      if (!latest.ok) throw new Error(`${act.slug} ${lang}: no latest text`);
      out.push({ name: `${act.slug}-${lang}-latest`, act, lang, date: latest.date ?? String(act.year), provisions: latest.docs });
      const earlier = dates.at(-2);
      if (!earlier) continue;
      const past = [...current, ...history.filter((h) => h.act === act.slug && h.lang === lang)];
      const at = editionAt(past, earlier);
      // An earlier text our sources do not hold (no Bill in this language) has no edition to build.
      if (!at.ok) continue;
      out.push({ name: `${act.slug}-${lang}-${earlier}`, act, lang, date: at.date ?? earlier, provisions: at.docs });
    }
  }
  return out;
}

describe('Akoma Ntoso documents of the corpus', async () => {
  const all = await editions();
  const documents: NamedXml[] = all.map((e) => ({ name: e.name, xml: actToAkn(e) }));

  it('include an earlier edition of every Act and language whose earlier text is held (Bills as passed)', () => {
    const earlier = all.filter((e) => !e.name.endsWith('-latest')).map((e) => `${e.act.slug}-${e.lang}`);
    expect(earlier).toEqual(expect.arrayContaining(['atipsom-en', 'atipsom-ms', 'child-act-en', 'child-act-ms', 'soca-en', 'ecwa-en']));
  });

  it('cover every Act held in each of its languages, and an earlier version where the corpus has versions', () => {
    const held = ACTS.flatMap((a) => [...new Set([...a.sources, ...(a.extracts ?? [])].map((s) => `${a.slug}-${s.lang}-latest`))]);
    expect(all.filter((e) => e.name.endsWith('-latest')).map((e) => e.name).sort()).toEqual(held.sort());
    const versioned = all.filter((e) => versionDates(e.provisions).length > 1 || !e.name.endsWith('-latest'));
    // Earlier text is held where the Bill as passed is held in that language.
    const billHeld = (e: Edition) => e.act.original?.some((s) => s.lang === e.lang) ?? false;
    for (const e of versioned.filter((v) => v.name.endsWith('-latest') && billHeld(v))) {
      expect(all.some((o) => o.act === e.act && o.lang === e.lang && !o.name.endsWith('-latest')), `${e.name} has an earlier edition`).toBe(true);
    }
  });

  it('are valid against the OASIS Akoma Ntoso 3.0 schema: whole Acts, and portions of each kind of unit', async () => {
    const portions = all.flatMap((e) =>
      portionSample(documents[all.indexOf(e)]!.xml).map((eid) => ({ name: `${e.name}-${eid}`, xml: portionToAkn(e, eid) ?? `missing ${eid}` })),
    );
    const errors = await validateAkn([...documents, ...portions]);
    expect(errors.map((e) => e.rawMessage)).toEqual([]);
    expect(portions.length).toBeGreaterThanOrEqual(all.length * 3);
    console.info(`Akoma Ntoso schema validation: ${documents.length} Act documents (${all.map((e) => e.name).join(', ')}) and ${portions.length} portions, ${errors.length} errors`);
  });

  const readBack = (latest: boolean) => () => {
    for (const [i, e] of all.entries()) {
      if (e.name.endsWith('-latest') !== latest) continue;
      const read = readProvisions(documents[i]!.xml);
      for (const p of e.provisions) {
        const got = read.get(provisionEid(p));
        const text = p.blocks.length ? flatText(p) : '';
        expect(got?.text, `${e.name} ${p.id}`).toBe(text);
        if (p.kind !== 'definition') expect(got?.heading, `${e.name} ${p.id} heading`).toBe(p.heading);
      }
      // Nothing but the corpus's provisions: no unit was invented or duplicated.
      expect([...read.keys()].sort(), e.name).toEqual(e.provisions.map(provisionEid).sort());
    }
  };
  it('read back to the corpus text and heading of every provision (current editions)', readBack(true));
  it('read back to the corpus text and heading of every provision (earlier editions)', readBack(false));

  it("an earlier edition quotes each definition as its section read then, not the reprint's later wording", () => {
    const edition = (name: string) => all.find((e) => e.name === name)!;
    const earlier = all.find((e) => e.act.slug === 'atipsom' && e.lang === 'ms' && !e.name.endsWith('-latest'))!;
    const word = (e: Edition) => e.provisions.find((p) => p.id === 'atipsom-s2-pegawai-kebajikan-masyarakat')!.blocks[0]!.text;
    // The law revision's "di" (corpus/amendments/atipsom-reprint-differences.yaml) is in the reprint only.
    expect(word(edition('atipsom-ms-latest'))).toContain('Masyarakat di kementerian');
    expect(word(earlier)).toContain('Masyarakat kementerian');
    const s2 = earlier.provisions.find((p) => p.id === 'atipsom-s2')!;
    expect(earlier.provisions.find((p) => p.id === 'atipsom-s2-pegawai-kebajikan-masyarakat')!.source).toEqual(s2.source);
  });

  it('an earlier edition shows the earlier words where a provision changed', () => {
    const earlier = all.filter((e) => !e.name.endsWith('-latest'));
    for (const e of earlier) {
      const latest = all.find((o) => o.act === e.act && o.lang === e.lang && o.name.endsWith('-latest'))!;
      const changed = e.provisions.filter((p) => {
        const now = latest.provisions.find((q) => q.id === p.id);
        return !now || flatText(now) !== flatText(p);
      });
      expect(changed.length, e.name).toBeGreaterThan(0);
    }
  });
});

const NOT_UNITS = new Set(['intro', 'wrapup', 'term']);

/** The first eId of each shape (`sec`, `sec/subsec`, `part/chp`, `sec/def/para`, ...) in a document. */
function portionSample(xml: string): string[] {
  const byShape = new Map<string, string>();
  for (const [, eid] of xml.slice(xml.indexOf('<body>')).matchAll(/ eId="([^"]+)"/g)) {
    const parts = parseEid(eid!);
    const shape = parts?.map((p) => p.prefix).join('/');
    // intro, wrapUp and inline terms are parts of a unit, not units a portion can hold.
    if (shape && !NOT_UNITS.has(parts!.at(-1)!.prefix) && !byShape.has(shape)) byShape.set(shape, eid!);
  }
  return [...byShape.values()];
}

/** The corpus's plain text of a provision: labels and words in order, whitespace collapsed (provisionText). */
function flatText(p: AknProvision): string {
  const flat = (bs: AknProvision['blocks']): string[] => bs.flatMap((b) => [b.label ?? '', b.text, ...flat(b.children)]);
  return flat(p.blocks).join(' ').replace(/\s+/g, ' ').trim();
}
