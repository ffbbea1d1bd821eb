import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { loadRelevanceSet, parseRelevanceTsv, type Judgement } from '../../../scripts/ops/bench/relevance.js';

let set: Judgement[];
/** Provision ids held in each language: a Malay query is judged against Malay documents. */
const idsByLang = new Map<string, Set<string>>();
const deleted = new Set<string>();

beforeAll(async () => {
  set = await loadRelevanceSet();
  for (const p of await readCorpus()) {
    const ids = idsByLang.get(p.meta.lang) ?? new Set<string>();
    ids.add(p.meta.id);
    idsByLang.set(p.meta.lang, ids);
    if (p.meta.status === 'deleted') deleted.add(p.meta.id);
  }
});

describe('public relevance set (test/system/relevance/*.tsv)', () => {
  it('has at least 60 queries, in English and Malay, of every kind and for every user', () => {
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.map((j) => j.lang))).toEqual(new Set(['en', 'ms']));
    expect(new Set(set.map((j) => j.kind))).toEqual(new Set(['words', 'facts', 'citation']));
    expect(new Set(set.map((j) => j.user))).toEqual(new Set(['prosecutor', 'researcher', 'ngo']));
    expect(set.filter((j) => j.lang === 'ms').length).toBeGreaterThanOrEqual(20);
  });

  it('names only provisions that exist in the corpus in the query language', () => {
    const missing = set.flatMap((j) =>
      j.expected.filter((id) => !idsByLang.get(j.lang)?.has(id)).map((id) => `${j.at} ${j.lang} ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('expects no provision the current law has deleted', () => {
    expect(set.flatMap((j) => j.expected.filter((id) => deleted.has(id)).map((id) => `${j.at} ${id}`))).toEqual([]);
  });

  it('has no duplicate query and no id expected twice for one query', () => {
    const keys = set.map((j) => `${j.lang}|${j.query.toLowerCase()}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    const repeated = set.filter((j) => new Set(j.expected).size !== j.expected.length).map((j) => j.at);
    expect(repeated).toEqual([]);
  });

  it('gives a citation query exactly one expected provision', () => {
    expect(set.filter((j) => j.kind === 'citation' && j.expected.length !== 1).map((j) => j.at)).toEqual([]);
  });
});

describe('relevance TSV parser', () => {
  const header = 'query\texpected\tuser\tlang\tkind';
  it('reads comments, the header and a row', () => {
    const rows = parseRelevanceTsv(`# note\n${header}\nharbouring\tatipsom-s22, child-act-s48\tngo\ten\twords\n`, 'x.tsv');
    expect(rows).toEqual([
      { query: 'harbouring', expected: ['atipsom-s22', 'child-act-s48'], user: 'ngo', lang: 'en', kind: 'words', at: 'x.tsv:3' },
    ]);
  });
  it('rejects a wrong header, a missing column, an unknown user and a malformed id, naming the line', () => {
    expect(() => parseRelevanceTsv('q\texpected\n', 'x.tsv')).toThrow(/x\.tsv:1: header/);
    expect(() => parseRelevanceTsv(`${header}\nq\tatipsom-s1\tngo\ten\n`, 'x.tsv')).toThrow(/x\.tsv:2: 4 columns/);
    expect(() => parseRelevanceTsv(`${header}\nq\tatipsom-s1\tjudge\ten\twords\n`, 'x.tsv')).toThrow(/x\.tsv:2/);
    expect(() => parseRelevanceTsv(`${header}\nq\tATIPSOM S1\tngo\ten\twords\n`, 'x.tsv')).toThrow(/x\.tsv:2/);
  });
});
