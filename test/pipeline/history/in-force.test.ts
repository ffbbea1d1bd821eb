/** Dated versions of Acts without amending Bills (Child Act), from the reprint's lists, in both corpus states. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOriginalSources } from '../../../scripts/pipeline/corpus/build.js';
import { amendedBy, billInForce, listedVersions, type ReprintLists } from '../../../scripts/pipeline/history/in-force.js';
import { readReprintLists } from '../../../scripts/pipeline/history/reprint-lists.js';
import { actBySlug } from '../../../src/registry/acts.js';
import type { Provision } from '../../../src/schema/provision.js';

// The Bill as passed: the corpus's current files are now the reprint, so the Bill text comes from its parse.
let bill: Provision[];
let s31: Provision;
let child: ReprintLists[];
beforeAll(() => {
  bill = parseOriginalSources('.').flatMap((s) => s.provisions);
  s31 = bill.find((p) => p.meta.id === 'child-act-s31' && p.meta.lang === 'en')!;
  child = readReprintLists('child-act');
});

describe('listedVersions', () => {
  // Merged design: without the Bill as passed, the file given is the reprint's text, so only the last version has text here.
  it('reprint text without the Bill: it is the A1511 version; the 2002–2017 version has no text here', () => {
    const reprintText: Provision = { meta: { ...s31.meta, amended_by: amendedBy(child, s31) }, blocks: [{ kind: 'text', text: 'the reprint text', children: [] }] };
    const { current, history } = listedVersions(reprintText, child, '611', { from: 'enactment' });
    expect(history).toEqual([]);
    expect(current.blocks).toEqual(reprintText.blocks);
    expect(current.meta.version).toMatchObject({ valid_from: '2017-01-01', act: 'Act A1511', status: 'in-force' });
    expect(current.meta.version!.valid_to).toBeUndefined();
    expect(current.meta.versions!.map((v) => [v.valid_from, v.valid_to, v.act, v.status])).toEqual([
      ['2002-08-01', '2017-01-01', 'Act 611', 'text-unavailable'],
      ['2017-01-01', undefined, 'Act A1511', 'in-force'],
    ]);
  });

  it('reprint text as the current file: it is the A1511 version, the Bill text goes to history', () => {
    const reprintText: Provision = { meta: { ...s31.meta, amended_by: amendedBy(child, s31) }, blocks: [{ kind: 'text', text: 'the reprint text', children: [] }] };
    const { current, history } = listedVersions(reprintText, child, '611', { from: 'enactment', words: s31 });
    expect(current.meta.version).toMatchObject({ valid_from: '2017-01-01', act: 'Act A1511', status: 'in-force' });
    expect(current.meta.version!.valid_to).toBeUndefined();
    expect(current.blocks).toEqual(reprintText.blocks);
    expect(history).toHaveLength(1);
    expect(history[0]!.meta.version).toMatchObject({ valid_from: '2002-08-01', valid_to: '2017-01-01', bill: 'D.R.24/1999' });
    expect(history[0]!.blocks).toEqual(s31.blocks);
  });

  it('a provision the lists never name keeps one version from the commencement', () => {
    const s1 = bill.find((p) => p.meta.id === 'child-act-s1' && p.meta.lang === 'en')!;
    expect(amendedBy(child, s1)).toEqual([]);
    expect(listedVersions(s1, child, '611', { from: 'enactment' }).current.meta.versions).toEqual([expect.objectContaining({ valid_from: '2002-08-01', bill: 'D.R.24/1999' })]);
    expect(listedVersions(s1, child, '611', { from: 'enactment', words: s1 }).history).toEqual([]);
  });
});

describe('billInForce', () => {
  it('dates each ATIPSOM amending Bill by its Act in the List of Amendments', () => {
    const atipsom = readReprintLists('atipsom');
    expect(actBySlug('atipsom')!.amendments!.map((b) => [b.act, billInForce(atipsom, b)?.date])).toEqual([
      ['Act A1385', '2010-11-15'],
      ['Act A1500', '2015-11-18'],
      ['Act A1644', '2022-02-22'],
    ]);
  });
});
