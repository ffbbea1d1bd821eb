/**
 * The document build with the analysis: every document carries it, a curated record that does not
 * match the corpus stops the build with its file and reason, and the relations index the suite's
 * server holds comes from the same build as the provisions.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexes, type CorpusIndexes } from '../../../scripts/pipeline/documents/build.js';
import { RELATIONS_INDEX } from '../../../src/search/relations.js';
import { meili } from '../../helpers/app.js';

let built: CorpusIndexes;
beforeAll(async () => {
  built = await buildIndexes();
});

describe('documents carry the analysis', () => {
  it('every document has at least one topic; every offence with text has elements and a parsed penalty', () => {
    for (const d of built.provisions) expect(d.topics.length, d.key).toBeGreaterThan(0);
    const offences = built.provisions.filter((d) => d.type === 'offence' && d.status === 'in-force');
    expect(offences.length).toBe(built.analysis.report.penalties.offences);
    for (const d of offences) {
      const role = built.analysis.provisions.get(d.key)?.role;
      // A way of charging (abetment, attempt, conspiracy, SOCA s 16) is charged with another offence:
      // no elements of its own, and its punishment may be only "as the offence abetted" (Penal Code s 111).
      if (role === 'way-of-charging') {
        expect(d.elements, d.key).toBeUndefined();
        continue;
      }
      expect(d.elements, d.key).toBeDefined();
      expect(d.penalties?.length, d.key).toBeGreaterThan(0);
    }
    expect(offences.filter((d) => d.lang === 'ms').length).toBeGreaterThan(60);
    expect(built.analysis.report.penalties.unparsed).toEqual([]);
  });

  it('every ATIPSOM-internal reference resolves, and incoming references mirror outgoing ones', () => {
    const atipsom = built.provisions.filter((d) => d.act === 'atipsom');
    for (const d of atipsom) {
      for (const r of d.refs_out.filter((x) => x.target.act === 'atipsom' && x.kind !== 'act')) expect(r.status, `${d.key}: ${r.words}`).toBe('resolved');
    }
    const byKey = new Map(built.provisions.map((d) => [d.key, d]));
    for (const d of atipsom) {
      for (const r of d.refs_in) expect(byKey.get(`${r.from}_${d.lang}`)!.refs_out.some((o) => o.id === d.id && o.words === r.words), `${r.from} → ${d.key}`).toBe(true);
    }
  });

  it('overlap and gap ids on documents are the relation records that name them', () => {
    const records = new Map(built.relations.map((r) => [`${r.kind}:${r.id}`, r]));
    for (const d of built.provisions) {
      for (const o of d.overlaps) expect(records.get(`overlap:${o.id}`)?.provisions, `${d.key} ${o.id}`).toContain(d.id);
      for (const g of d.gaps) expect(records.get(`gap:${g.id}`)?.provisions, `${d.key} ${g.id}`).toContain(d.id);
    }
  });
});

describe('annotations that do not match the corpus stop the build', () => {
  it('names the file, the record and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    try {
      cpSync('corpus/annotations', dir, { recursive: true });
      const overlaps = readFileSync(join(dir, 'overlaps.yaml'), 'utf8');
      writeFileSync(join(dir, 'overlaps.yaml'), overlaps.replace('provisions: [atipsom-s14,', 'provisions: [atipsom-s999,'));
      await expect(buildIndexes('corpus/acts', dir)).rejects.toThrow(/overlaps\.yaml \S+: no provision atipsom-s999 in the corpus/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('the live relations index holds the records of the same build', async () => {
  const client = new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
  const stats = await client.index(RELATIONS_INDEX).getStats();
  expect(stats.numberOfDocuments).toBe(built.relations.length);
  const settings = await client.index(RELATIONS_INDEX).getSettings();
  expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(['acts', 'article', 'coverage', 'gap_kind', 'id', 'kind', 'provisions', 'topics']);
});
