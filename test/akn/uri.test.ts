/**
 * FRBR URIs and eIds: built and parsed by one module. Every kind of eId the corpus's documents
 * have (derived from the generated XML, not listed by hand) round-trips, and names the provision
 * it is in.
 */
import { describe, expect, it } from 'vitest';
import { ACTS, actBySlug } from '../../src/registry/acts.js';
import { actToAkn } from '../../src/akn/build.js';
import { provisionAkn } from '../../src/akn/links.js';
import {
  actExpression,
  actWork,
  buildEid,
  eidNum,
  expressionUri,
  formatUri,
  langOfAkn,
  parseEid,
  parseUri,
  provisionEid,
  provisionIdOfEid,
  workUri,
  type FrbrUri,
} from '../../src/akn/uri.js';
import { LANGS } from '../../src/schema/provision.js';
import { corpusDocuments } from '../helpers/akn.js';

const atipsom = actBySlug('atipsom')!;

describe('FRBR URIs', () => {
  it('builds the work, expression, component, manifestation and portion of an Act from the registry', () => {
    const work = actWork(atipsom);
    expect(workUri(work)).toBe('/akn/my/act/2007/670');
    const expr = actExpression(atipsom, 'en', '2022-02-22');
    expect(expressionUri(expr)).toBe('/akn/my/act/2007/670/eng@2022-02-22');
    expect(expressionUri(actExpression(atipsom, 'ms', ''))).toBe('/akn/my/act/2007/670/msa@');
    expect(formatUri({ ...expr, component: 'main' })).toBe('/akn/my/act/2007/670/eng@2022-02-22/!main');
    expect(formatUri({ ...expr, component: 'main', format: 'xml' })).toBe('/akn/my/act/2007/670/eng@2022-02-22/!main.xml');
    expect(formatUri({ ...expr, portion: 'sec_14__subsec_2' })).toBe('/akn/my/act/2007/670/eng@2022-02-22/~sec_14__subsec_2');
    expect(formatUri({ ...work, portion: 'sec_14' })).toBe('/akn/my/act/2007/670/~sec_14');
  });

  it('parses what it builds, for every Act in the registry and every shape of URI', () => {
    for (const act of ACTS) {
      for (const lang of LANGS) {
        const shapes: FrbrUri[] = [
          actWork(act),
          { ...actWork(act), portion: 'sec_14' },
          actExpression(act, lang, '2023-07-01'),
          actExpression(act, lang, ''),
          { ...actExpression(act, lang, '2019'), component: 'main' },
          { ...actExpression(act, lang, '2023-07-01'), component: 'main', format: 'xml', portion: 'part_V__chp_1' },
          { ...actExpression(act, lang, '2023-07-01'), portion: 'sec_2__def_exploitation__para_a' },
        ];
        for (const u of shapes) {
          const uri = formatUri(u);
          expect(parseUri(uri), uri).toEqual({
            country: 'my', doctype: 'act', date: String(act.year), number: act.actNumber,
            language: u.language, expressionDate: u.expressionDate, component: u.component, format: u.format, portion: u.portion,
          });
          expect(formatUri(parseUri(uri)!)).toBe(uri);
        }
      }
    }
  });

  it('rejects what is not an address of this API', () => {
    for (const bad of ['/akn/my/act/2007', '/akn/my/act/07/670', '/akn/MY/act/2007/670', 'akn/my/act/2007/670', '/akn/my/act/2007/670/english', '/akn/my/act/2007/670/eng@22-02-2022', '/akn/my/act/2007/670/~sec 14', '/akn/my/act/2007/670/~14', '/akn/my/act/2007/670/eng/extra/~sec_1']) {
      expect(parseUri(bad), bad).toBeUndefined();
    }
  });

  it('maps the product languages to ISO 639-2 codes and back', () => {
    expect(langOfAkn('eng')).toBe('en');
    expect(langOfAkn('msa')).toBe('ms');
    expect(langOfAkn('fra')).toBeUndefined();
  });
});

describe('eIds', () => {
  it('build from the units and parse back', () => {
    expect(buildEid([{ prefix: 'sec', num: '14' }, { prefix: 'subsec', num: '2' }, { prefix: 'para', num: 'a' }])).toBe('sec_14__subsec_2__para_a');
    expect(parseEid('part_IIIA')).toEqual([{ prefix: 'part', num: 'IIIA' }]);
    expect(parseEid('sec_2__def_migran-yang-diseludup')).toEqual([{ prefix: 'sec', num: '2' }, { prefix: 'def', num: 'migran-yang-diseludup' }]);
    for (const bad of ['sec14', 'sec_', '_14', 'sec_14__', 'sec_14___subsec_2', 'SEC_14', 'sec_(1)']) expect(parseEid(bad), bad).toBeUndefined();
  });

  it('numbers come from the labels as printed', () => {
    expect(['(1)', '(1A)', '(a)', '(la)', '(ii)', '(A)', '1.'].map(eidNum)).toEqual(['1', '1A', 'a', 'la', 'ii', 'A', '1']);
  });

  it('name a whole provision after its kind, and the provision back from any eId inside it', () => {
    expect(provisionEid({ id: 'atipsom-s14', kind: 'section', number: '14' })).toBe('sec_14');
    expect(provisionEid({ id: 'atipsom-s26a', kind: 'section', number: '26A' })).toBe('sec_26A');
    expect(provisionEid({ id: 'atipsom-s2-exploitation', kind: 'definition', number: '2', parent: 'atipsom-s2' })).toBe('sec_2__def_exploitation');
    expect(provisionEid({ id: 'child-act-sch1', kind: 'schedule', number: '1' })).toBe('sch_1');
    expect(provisionIdOfEid('atipsom', 'sec_26A__subsec_1__para_b')).toBe('atipsom-s26a');
    expect(provisionIdOfEid('atipsom', 'sec_2__def_exploitation__para_a')).toBe('atipsom-s2-exploitation');
    expect(provisionIdOfEid('child-act', 'sch_2__para_1')).toBe('child-act-sch2');
    expect(provisionIdOfEid('atipsom', 'part_IIIA')).toBeUndefined();
  });

  it('every kind of eId in the corpus documents round-trips and lies in a provision of the corpus', async () => {
    const docs = await corpusDocuments();
    const shapes = new Map<string, string>();
    for (const act of ACTS) {
      for (const lang of LANGS) {
        const provisions = docs.filter((d) => d.act === act.slug && d.lang === lang);
        if (!provisions.length) continue;
        const ids = new Set(provisions.map((p) => p.id));
        const xml = actToAkn({ act, lang, date: '2023-07-01', provisions });
        const eids = [...xml.slice(xml.indexOf('<body>')).matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!);
        expect(new Set(eids).size, `${act.slug} ${lang}: eIds unique`).toBe(eids.length);
        for (const eid of eids) {
          const parts = parseEid(eid);
          expect(parts, eid).toBeDefined();
          expect(buildEid(parts!)).toBe(eid);
          const shape = parts!.map((p) => p.prefix).join('/');
          if (!shapes.has(shape)) shapes.set(shape, `${act.slug} ${eid}`);
          const uri = formatUri({ ...actExpression(act, lang, '2023-07-01'), portion: eid });
          expect(parseUri(uri)?.portion).toBe(eid);
          if (['part', 'chp'].includes(parts![0]!.prefix)) continue;
          expect(ids.has(provisionIdOfEid(act.slug, eid)!), `${act.slug} ${lang} ${eid} → ${provisionIdOfEid(act.slug, eid)}`).toBe(true);
        }
        // Every provision is addressable: its own eId is in the document.
        for (const p of provisions) expect(eids, p.key).toContain(provisionEid(p));
      }
    }
    // The kinds of unit the corpus has: Parts, Chapters, sections and their subdivisions, definitions, schedules.
    const prefixes = new Set([...shapes.keys()].flatMap((s) => s.split('/')));
    for (const prefix of ['part', 'chp', 'sec', 'subsec', 'para', 'subpara', 'def', 'sch']) expect(prefixes, prefix).toContain(prefix);
    console.info(`eId shapes in the corpus (${shapes.size}):\n${[...shapes].map(([s, e]) => `  ${s.padEnd(40)} e.g. ${e}`).join('\n')}`);
  });

  it('API links of a provision: the work portion and this language as at its version', () => {
    expect(provisionAkn({ id: 'atipsom-s14', act: 'atipsom', lang: 'en', kind: 'section', number: '14', version: { valid_from: '2022-02-22' } })).toEqual({
      work: '/akn/my/act/2007/670/~sec_14',
      expression: '/akn/my/act/2007/670/eng@2022-02-22/~sec_14',
    });
    expect(provisionAkn({ id: 'soca-s2-child', act: 'soca', lang: 'en', kind: 'definition', number: '2', parent: 'soca-s2' })?.expression).toBe('/akn/my/act/2017/792/eng@/~sec_2__def_child');
  });
});
