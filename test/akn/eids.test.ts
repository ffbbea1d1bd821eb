/**
 * Unit eIds (src/akn/eids.ts) as the pages give them, from one provision's own text, against the
 * eIds the Akoma Ntoso documents give them with the Act's definition provisions at hand: the same
 * for every provision of the corpus, in both languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pageEids, pinpointEid, pinpointEids, unitEids } from '../../src/akn/eids.js';
import { pinpointPaths } from '../../src/cite/pinpoint.js';
import type { ProvisionDoc } from '../../src/schema/document.js';
import { corpusDocuments } from '../helpers/akn.js';

let docs: ProvisionDoc[];
beforeAll(async () => {
  docs = await corpusDocuments();
});

describe('unit eIds', () => {
  it('a page holding one section names its units as the whole-Act document does', () => {
    const definitionsOf = new Map<string, ProvisionDoc[]>();
    for (const d of docs) if (d.kind === 'definition' && d.parent) definitionsOf.set(`${d.parent}_${d.lang}`, [...(definitionsOf.get(`${d.parent}_${d.lang}`) ?? []), d]);
    let units = 0;
    for (const p of docs) {
      const defs = p.kind === 'section' ? [...(definitionsOf.get(`${p.id}_${p.lang}`) ?? [])].sort((a, b) => a.order - b.order) : [];
      const page = [...pageEids(p).of.values()];
      const document = [...unitEids(p, defs).of.values()];
      expect(page, `${p.id} ${p.lang}`).toEqual(document);
      units += page.length;
    }
    expect(units).toBeGreaterThan(1000);
  });

  it('names pinpoints by the units they pass through', () => {
    const s43 = docs.find((d) => d.id === 'child-act-s43' && d.lang === 'en')!;
    expect(pinpointEid(s43, '(1)(k)')).toBe('sec_43__subsec_1__para_k');
    expect(pinpointEid(s43, '(9)(z)')).toBeUndefined();
    const s14 = docs.find((d) => d.id === 'atipsom-s14' && d.lang === 'ms')!;
    expect(pinpointEid(s14, '(2)')).toBe('sec_14__subsec_2');
    const def = docs.find((d) => d.id === 'atipsom-s2-exploitation' && d.lang === 'en')!;
    expect([...pageEids(def).of.values()][0]).toBe('sec_2__def_exploitation');
  });

  it('gives every pinpoint of every provision a unit, and distinct units distinct eIds', () => {
    for (const p of docs) {
      const pins = pinpointEids(p);
      expect(pins.map((x) => x.path), p.id).toEqual(pinpointPaths(p.blocks));
      for (const { path, eid } of pins) expect(eid, `${p.id} ${p.lang} ${path}`).toMatch(/^(sec|sch)_[^_]/);
      const all = [...pageEids(p).of.values()];
      expect(new Set(all).size, p.id).toBe(all.length);
    }
  });
});
