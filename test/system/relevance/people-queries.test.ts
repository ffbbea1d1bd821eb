/**
 * Issue 14 on the real engine and the real corpus: the queries people typed that failed now find
 * their provision near the top, and the answer says what the search did with the words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { get, testApp } from '../../helpers/app.js';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});

interface Hit { id: string; lang: string; act: string; via: string; lang_fallback: boolean }
interface Answer {
  total: number;
  hits: Hit[];
  understanding: { text: string; ages: number[]; act: { slug: string } | null; facts: { input: Record<string, unknown> } | null; expansions: { words: string; terms: string[] }[] };
}
const search = async (q: string, extra = '') => {
  const res = await get<Answer>(app, `/v1/search?q=${encodeURIComponent(q)}&limit=10${extra}`);
  expect(res.status).toBe(200);
  return res.body;
};
const top = (a: Answer, n: number) => a.hits.slice(0, n).map((h) => h.id);

describe('queries that failed before issue 14 find their provision in the top 3', () => {
  it.each([
    ['non-punishment', 'atipsom-s25'],
    ['illegal entry', 'atipsom-s25'],
    ['fake passport used for trafficking', 'atipsom-s18'],
    ['girl of 15 brought into Malaysia for prostitution', 'atipsom-s14'],
    ['forced labour', 'employment-act-s90b'],
  ])('%s → %s', async (q, id) => {
    expect(top(await search(q), 3)).toContain(id);
  });

  // Long queries are searched thesaurus words first (src/search/understand.ts wordsFirst): the Penal Code's and the
  // Employment Act's provisions matching the rarest lay word no longer come first.
  it.each([
    ['the victim agreed to go, is consent a defence', 'atipsom-s16'],
    ['ship owner must check travel documents', 'atipsom-s23'],
  ])('%s → %s', async (q, id) => {
    expect(top(await search(q), 3)).toContain(id);
  });

  // KNOWN GAP (issue 14): four meaningful words are searched as typed with `frequency` matching, which requires the
  // rarest word, "trafficking"; s 64 ("Offence by body corporate") does not contain it, so it is not among the hits
  // (employment-act-s60k, which has all five words, comes first). Ordering queries this short cost the plain-words group.
  it.fails('company liable for trafficking offence → atipsom-s64', async () => {
    expect(top(await search('company liable for trafficking offence'), 3)).toContain('atipsom-s64');
  });

  it('reads "girl of 15" as an age: no section 15 comes first', async () => {
    const a = await search('girl of 15 brought into Malaysia for prostitution');
    expect(a.understanding.ages).toEqual([15]);
    expect(a.understanding.text).not.toMatch(/15/);
    expect(a.hits[0]!.id).not.toMatch(/-s15$/);
  });

  it('answers "massage" and "passport" with more than one provision', async () => {
    expect((await search('massage')).hits.length).toBeGreaterThan(1);
    expect((await search('passport')).hits.length).toBeGreaterThan(1);
  });
});

describe('what the answer says about the query', () => {
  it('reports the thesaurus expansions the engine applied', async () => {
    const a = await search('fake passport');
    expect(a.understanding.expansions).toContainEqual(expect.objectContaining({ words: 'fake passport', terms: expect.arrayContaining(['fraudulent travel or identity document']) }));
    expect(top(a, 3)).toContain('atipsom-s18');
  });

  it('filters to an Act named in the query', async () => {
    const a = await search('penal code kidnapping');
    expect(a.understanding.act?.slug).toBe('penal-code');
    expect(a.hits.length).toBeGreaterThan(0);
    expect(a.hits.every((h) => h.act === 'penal-code')).toBe(true);
    expect(top(a, 3)).toEqual(expect.arrayContaining(['penal-code-s359']));
  });

  it('blends the offences the facts → charges matcher finds into a fact description, labelled', async () => {
    const a = await search('smugglers brought migrants by boat into Malaysia for money');
    expect(a.understanding.facts?.input).toMatchObject({ conduct: expect.arrayContaining(['smuggle']) });
    const facts = a.hits.filter((h) => h.via === 'facts');
    expect(facts.length).toBeGreaterThan(0);
    expect(a.hits.map((h) => h.id)).toContain('atipsom-s26a');
  });

  // A query of up to four meaningful words: a longer one is matched from the front already (wordsFirst), and its
  // loose fill is then the typed words.
  it('fills a short answer with hits matching only some words, below the full matches', async () => {
    const a = await search('worker passport massage');
    expect(a.hits.length).toBe(10);
    const vias = a.hits.map((h) => h.via);
    const firstLoose = vias.indexOf('loose');
    if (firstLoose >= 0) expect(vias.slice(firstLoose).every((v) => v === 'loose')).toBe(true);
    expect(vias).toContain('loose');
  });

  // "penculikan" is the Malay texts' word for kidnapping (Child Act s 2: "Akta Penculikan 1961"); without that pair the
  // English-only fallback dropped "kidnapping" as the commoner word and searched the Penal Code for "penculikan" alone.
  it('shows provisions of an Act not held in the language asked for in the language it is held in, labelled', async () => {
    const a = await search('penculikan kidnapping', '&lang=ms');
    const english = a.hits.filter((h) => h.lang === 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((h) => h.lang_fallback && h.act !== 'atipsom')).toBe(true);
    expect(a.hits.filter((h) => h.lang === 'ms').every((h) => !h.lang_fallback)).toBe(true);
  });

  it('leaves a citation first, labelled as such', async () => {
    const a = await search('ATIPSOM s 14');
    expect(a.hits[0]).toMatchObject({ id: 'atipsom-s14', via: 'citation' });
    expect(a.understanding.ages).toEqual([]);
  });

  // With limit/offset the engine stops early and its facets counted language copies (16 for 12 provisions);
  // the facets now come from the exhaustive counting query.
  it('gives one hit per provision, and counts each provision once in the facets', async () => {
    const a = await search('exploitation');
    expect(new Set(a.hits.map((h) => h.id)).size).toBe(a.hits.length);
    const facets = (await get<{ total: number; facets: { act: Record<string, number>; lang: Record<string, number> } }>(app, '/v1/search?q=exploitation&limit=1')).body;
    const sum = (c: Record<string, number>) => Object.values(c).reduce((x, y) => x + y, 0);
    expect(sum(facets.facets.act)).toBe(facets.total);
    expect(sum(facets.facets.lang)).toBe(facets.total);
    expect(Object.keys(facets.facets.lang).sort()).toEqual(['en', 'ms']);
  });
});
