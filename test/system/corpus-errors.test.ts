/**
 * A malformed corpus file stops the build with its file, line and reason, before the engine is
 * touched: the live index keeps serving what it served. Each case breaks one real file in a copy
 * of corpus/acts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusFileError } from '../../scripts/pipeline/corpus/markdown.js';
import { indexCorpus } from '../../scripts/pipeline/index/index-corpus.js';
import { get, meili, testApp } from '../helpers/app.js';
import { corpusCopy, removeCopy } from '../helpers/corpus-copy.js';

const FILE = join('atipsom', 'en', 's14.md');
const original = readFileSync(join('corpus/acts', FILE), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

let dir: string;
let root: string;
beforeAll(() => {
  dir = corpusCopy('atip-broken-corpus-', { acts: 'corpus/acts' });
  root = join(dir, 'acts');
});
afterAll(() => removeCopy(dir));

const cases: [string, (md: string) => string, string, RegExp][] = [
  ['a front-matter value out of the schema', (md) => md.replace('lang: en', 'lang: english'), 'lang: english', /front matter: lang: /],
  ['a field of the wrong type, nested', (md) => md.replace(/(source:\n {2}file: .*\n {2}lines:\n {4}- )\d+/, '$1seven hundred'), '- seven hundred', /front matter: source\.lines\.0: /],
  ['front matter that is not YAML (a key twice)', (md) => md.replace('act: atipsom', 'act: atipsom\nact: soca'), 'act: soca', /front matter is not valid YAML: Map keys must be unique/],
  ['a body with something the format does not have', (md) => md.replace(/\n\*\*\(1\)\*\*/, '\n```\ncode\n```\n\n**(1)**'), '```', /unexpected code in the body/],
  ['a title that does not match the front matter', (md) => md.replace('# 14\\. Offence', '# 41\\. Offence'), '# 41\\. Offence', /title "41\. Offence.*does not match the front matter/],
];

/** The suite's live indexes, their standbys and build record (other test files create indexes of their own meanwhile). */
const liveFamily = ({ results }: { results: { uid: string }[] }) =>
  results.map((i) => i.uid).filter((uid) => [meili().index, 'relations'].some((live) => uid === live || uid.startsWith(`${live}-`))).sort();

describe('a malformed corpus file', () => {
  it.each(cases)('%s: file, line and reason; the live index untouched', async (_name, breakIt, needle, reason) => {
    const broken = breakIt(original);
    expect(broken).not.toBe(original);
    const path = join(root, FILE);
    writeFileSync(path, broken);
    const admin = new Meilisearch({ host: meili().url, apiKey: meili().adminKey });
    const indexesBefore = liveFamily(await admin.getIndexes({ limit: 1000 }));
    const app = testApp();
    const before = (await get(app, '/v1/search?q=&limit=1&total=exact')).body.total;
    try {
      const error = await indexCorpus({ url: meili().url, adminKey: meili().adminKey, indexName: meili().index, root, log: () => {} }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CorpusFileError);
      const e = error as CorpusFileError;
      expect(e.file).toBe(path);
      expect(e.line).toBe(lineOf(broken, needle));
      expect(e.reason).toMatch(reason);
      expect(e.message).toBe(`${path}:${e.line}: ${e.reason}`);
    } finally {
      writeFileSync(path, original);
    }
    const after = await get(app, '/v1/search?q=&limit=1&total=exact');
    expect(after.body.total, JSON.stringify(after.body).slice(0, 300)).toBe(before);
    expect(liveFamily(await admin.getIndexes({ limit: 1000 }))).toEqual(indexesBefore);
    expect((await get(app, '/v1/provisions/atipsom-s14')).status).toBe(200);
  });
});
