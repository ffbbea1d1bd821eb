/**
 * Typo tolerance forgives misspelt words but never bends a number: "14" never matches 41,
 * "373A" never matches 373. Checked on the real index by reading back each hit's words.
 */
import { describe, expect, it } from 'vitest';
import { ProvisionSearch } from '../../src/search/client.js';
import { INDEX_SETTINGS } from '../../src/search/settings.js';
import { get, meili, testApp } from '../helpers/app.js';

const engine = () => new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: meili().index });
/** Every attribute the engine searches (top-level names: "part.heading" → part), the reprints' notes included. */
const FIELDS = ['id', 'lang', ...new Set((INDEX_SETTINGS.searchableAttributes ?? []).map((a) => a.split('.')[0]!))];

/** Every word of a document's searchable fields, lowercased. */
const words = (doc: Record<string, unknown>): string[] =>
  JSON.stringify(FIELDS.map((f) => doc[f]))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);

async function hitsFor(q: string) {
  const { hits } = await engine().search({ q, limit: 1000, offset: 0, attributesToRetrieve: FIELDS });
  return hits as unknown as Record<string, unknown>[];
}

describe('numbers are matched exactly (or as a typed prefix), never with a typo', () => {
  const exactNumber = async (number: string) => {
    const hits = await hitsFor(number);
    expect(hits.length).toBeGreaterThan(0);
    const token = number.toLowerCase();
    for (const doc of hits) {
      // Meilisearch may split "373a" into "373" + "a"; the digits must still be the ones typed.
      const ok = words(doc).some((w) => w.startsWith(token)) || (/[a-z]$/.test(token) && JSON.stringify(doc).toLowerCase().includes(token));
      expect(ok, `${doc.id} (${doc.lang}) matched "${number}" without containing it`).toBe(true);
    }
  };
  // "26" also finds atipsom-s1 (ms) through its reprint note ("lihat seksyen 26 …"): notes are searched too.
  it.each(['14', '41', '62', '26', '373A', '377C', '173A', '2017'])('%s', exactNumber);

  it('"373A" does not find the provisions that cite only section 373', async () => {
    const ids = (await hitsFor('373A')).map((d) => `${d.id}_${d.lang}`);
    expect(ids).not.toContain('atipsom-s2-pemerdagangan-orang_ms');
    expect(ids).toEqual(expect.arrayContaining(['child-act-sch1_en', 'child-act-sch2_en']));
  });

  it('"section 41" ranks s 41 of ATIPSOM, never s 14', async () => {
    const { body } = await get(testApp(), '/v1/search?q=section%2041&act=atipsom&limit=20');
    const ids = body.hits.map((h: { id: string }) => h.id);
    expect(ids[0]).toBe('atipsom-s41');
    expect(ids).not.toContain('atipsom-s14');
  });
});

describe('words still forgive typos', () => {
  it.each([
    ['exploitaton', 'atipsom-s2-exploitation'],
    ['traficking in chidren', 'atipsom-s14'],
  ])('%s → %s', async (q, id) => {
    const { body } = await get(testApp(), `/v1/search?q=${encodeURIComponent(q)}&lang=en&limit=5`);
    expect(body.hits.map((h: { id: string }) => h.id)).toContain(id);
  });

  // The SOCA reprint says "child sexual abuse material", not "pornography"; the thesaurus maps "pornography" to it, and a
  // misspelt "pornograpy" is read as "pornography" (the engine looks synonyms up by exact words only).
  it('pornograpy → soca-s4, saying how the word was read', async () => {
    const { body } = await get(testApp(), `/v1/search?q=${encodeURIComponent('pornograpy')}&lang=en&limit=5`);
    expect(body.hits.map((h: { id: string }) => h.id)).toContain('soca-s4');
    expect(body.understanding.expansions).toContainEqual({ words: 'pornograpy', terms: ['pornography'], kind: 'spelling' });
  });
});
