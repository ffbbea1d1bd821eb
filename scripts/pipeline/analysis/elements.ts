/**
 * Offence elements in the UN Trafficking Protocol frame (act, means, purpose, victim), found by
 * wording rules in English and Malay. Every option keeps the statutory words that fired it
 * (a verbatim substring) and the provision they are in. An offence defined through a term
 * ("traffics in persons", "smuggling of migrants", "for the purpose of exploitation") takes the
 * elements of that term's definition, sourced to the definition — so the rules follow the text
 * as amended (the 2021 amendment moved the means into the definition of "trafficking in persons")
 * without any list of sections.
 */
import { ELEMENT_CATEGORIES, type Element, type ElementCategory, type ElementNote, type ElementOption, type Elements } from '../../../src/schema/elements.js';
import type { Lang } from '../../../src/schema/provision.js';
import type { ProvisionText } from './input.js';
import { penaltyClauses } from './penalties.js';

interface Rule {
  category: ElementCategory;
  code: string;
  en?: RegExp;
  ms?: RegExp;
}

/** The rules, in the order options are listed. Codes are the match API's vocabulary. */
export const ELEMENT_RULES: readonly Rule[] = [
  // act
  { category: 'act', code: 'recruit', en: /\brecruit(?:s|ing|ment)?\b/i, ms: /\b(?:merekrut|perekrutan)\b/i },
  { category: 'act', code: 'transport', en: /\b(?:transport(?:s|ing)?|convey(?:s|ing)?)\b(?! of goods)/i, ms: /\b(?:mengangkut|pengangkutan)\b(?! barang)/i },
  { category: 'act', code: 'transfer', en: /\btransfer+(?:s|ing|red)?\b|\b(?:sells|lets for hire|otherwise disposes of)\b(?=[^.;]{0,60}\bchild\b)/i, ms: /\b(?:memindahkan|pemindahan)\b(?=, (?:memperoleh|melindungi|pelindungan|menyembunyikan))|\bmenjual\b(?=[^.;]{0,60}kanak-kanak)/i },
  { category: 'act', code: 'harbour-escapee', en: /\bharbours or conceals\b(?=[^.;]{0,60}\bescaped\b)/i, ms: /\b(?:melindungi|menyorokkan) atau menyembunyikan\b(?=[^.;]{0,80}(?:melarikan di|lepas lari))/i },
  { category: 'act', code: 'harbour', en: /\bharbour(?:s|ing)?\b(?! or conceals[^.;]{0,60}\bescaped\b)/i, ms: /\bmelindungi\b(?= seseorang|,? (?:atau )?menyediakan)|\bpelindungan\b(?=, penyediaan)/i },
  { category: 'act', code: 'provide', en: /\bproviding\b(?= or receiving)/i, ms: /\b(?:menyediakan|penyediaan)\b(?= atau (?:menerima|penerimaan))/i },
  { category: 'act', code: 'receive', en: /\breceiving\b(?= of a person)|\breceiv(?:es|ing)\b(?! country)(?=[^.;]{0,40}\b(?:child|person)\b)/i, ms: /\b(?:menerima|penerimaan)\b(?= seseorang|, seseorang)/i },
  { category: 'act', code: 'acquire', en: /\bacquiring\b|\b(?:buys|otherwise obtains possession)\b(?=[^.;]{0,60}\bchild\b)/i, ms: /\bmemperoleh\b(?=, mengekalkan)|\bmembeli\b(?=[^.;]{0,60}kanak-kanak)/i },
  { category: 'act', code: 'maintain', en: /\bmaintaining\b/i, ms: /\bmengekalkan\b/i },
  { category: 'act', code: 'bring-in-transit', en: /\bbrings? in transit\b/i, ms: /\bmembawa dalam transit\b/i },
  { category: 'act', code: 'bring-into-country', en: /\bbrings? or assists in bringing\b/i, ms: /\bmembawa atau membantu membawa\b/i },
  { category: 'act', code: 'take-out-of-custody', en: /\btakes or sends out\b/i, ms: /\bmengambil atau menghantar keluar\b/i },
  { category: 'act', code: 'profit', en: /\bprofits? from\b/i, ms: /\bmendapat(?:kan)? keuntungan daripada\b/i },
  { category: 'act', code: 'document-fraud', en: /\bmakes, obtains, gives, sells or possesses\b/i, ms: /\bmembuat, memperoleh, memberi, menjual,? atau memiliki\b/i },
  { category: 'act', code: 'smuggle', en: /\bsmuggling of migrants\b|\bunlawful entry\b/i, ms: /\bpenyeludupan migran\b|\bkemasukan seseorang secara tidak sah\b/i },
  { category: 'act', code: 'facilitate', en: /\bprovides or makes available financial services\b|\bknowingly permits\b|\bmaterial support\b/i, ms: /\bmenyediakan atau mengadakan perkhidmatan\b|\bdengan diketahuinya membenarkan\b|\bsokongan material\b/i },
  { category: 'act', code: 'sexual-abuse', en: /\bsexual(?:ly)? (?:assault|abuses?)\b|\bsexual communication\b|\bchild pornography\b|\bgrooming\b/i, ms: /\bserangan seksual\b|\bpornografi kanak-kanak\b|\bmendera secara seksual\b|\bpenganiayaan seksual\b|\bmenganiayai dari segi seks\b/i },
  { category: 'act', code: 'confine', en: /\bwrongfully (?:confines|restrains|conceals or keeps)\b|\bdetains (?:a child |any person )?(?:in (?:a brothel|any place) )?against (?:the child’s|his) will\b|\bprevents that employee from proceeding beyond\b/i },
  { category: 'act', code: 'compel-labour', en: /\bcompels any person to labour\b|\bforces an employee to do\b/i },
  { category: 'act', code: 'withhold-documents', en: /\bissued for the use of some person other than himself\b/i },
  { category: 'act', code: 'withhold-wages', en: /\bfails to pay the wages\b/i },
  { category: 'act', code: 'kidnap', en: /\bkidnaps?(?: or abducts)?\b/i },
  { category: 'act', code: 'keep-brothel', en: /\bkeeps, manages or assists in the management of a brothel\b/i },
  { category: 'act', code: 'control-prostitution', en: /\blives wholly or in part on the earnings of the prostitution\b|\bcontrolling the prostitution\b/i },
  { category: 'act', code: 'advertise', en: /\bby means of any advertisement\b/i },
  { category: 'act', code: 'solicit', en: /\bsolicits or importunes\b/i },
  // means
  { category: 'means', code: 'threat', en: /\bthreat\b/i, ms: /\bancaman\b/i },
  { category: 'means', code: 'force', en: /\buse of force\b/i, ms: /\bpenggunaan kekerasan\b/i },
  { category: 'means', code: 'coercion', en: /\bcoercion\b/i, ms: /\bpaksaan\b/i },
  { category: 'means', code: 'abduction', en: /\babduction\b/i, ms: /\b(?:pemelarian|penculikan)\b/i },
  { category: 'means', code: 'fraud', en: /\bfraud\b|\bfraudulent or deceitful means\b|\bfalse pretence\b/i, ms: /(?<!diri )\bfraud\b(?! bagi)|\bcara fraud\b|\bpura-pura palsu\b/i },
  { category: 'means', code: 'deception', en: /\bdeception\b|\bdeceitful\b/i, ms: /\bperdayaan\b|\btipu daya\b/i },
  { category: 'means', code: 'abuse-of-power', en: /\babuse of power\b/i, ms: /\bpenyalahgunaan kuasa\b/i },
  { category: 'means', code: 'abuse-of-vulnerability', en: /\babuse of the position of vulnerability\b/i, ms: /\bpenyalahgunaan kedudukan orang yang mudah terdedah\b/i },
  { category: 'means', code: 'debt', en: /\bdebt or alleged debt\b/i },
  { category: 'means', code: 'payments', en: /\bgiving or receiving of payments or benefits\b/i, ms: /\bpemberian atau penerimaan bayaran atau faedah\b/i },
  // purpose
  { category: 'purpose', code: 'exploitation', en: /\bfor the purpose of exploitation\b|\bexploitation of a trafficked person\b/i, ms: /\bbagi maksud eksploitasi\b|\b(?:pengeksploitasian|eksploitasi) orang yang diperdagangkan\b/i },
  { category: 'purpose', code: 'sexual-exploitation', en: /\bsexual exploitation\b|\bprostitution\b|\bsexual gratification\b|\bsexual purposes?\b/i, ms: /\beksploitasi seks\b|\bpelacuran\b|\bpemuasan seks\b|\bmaksud seksual\b/i },
  { category: 'purpose', code: 'forced-labour', en: /\bforced labour(?: or services)?\b/i, ms: /\bkerja atau perkhidmatan paksa\b|\bkerja paksa\b/i },
  { category: 'purpose', code: 'slavery', en: /\bslavery(?: or practices similar to slavery)?\b/i, ms: /\bperhambaan\b/i },
  { category: 'purpose', code: 'servitude', en: /\bservitude\b/i, ms: /\bpengabdian\b/i },
  { category: 'purpose', code: 'illegal-activity', en: /\bany illegal activity\b|\billegal activities\b/i, ms: /\bapa-apa aktiviti yang menyalahi undang-undang\b|\baktiviti (?:lain )?yang menyalahi undang-undang\b/i },
  { category: 'purpose', code: 'organ-removal', en: /\bremoval of human organs\b/i, ms: /\bpemindahan organ manusia\b/i },
  { category: 'purpose', code: 'begging', en: /\bbegging\b/i, ms: /\bmengemis\b/i },
  { category: 'purpose', code: 'facilitate-trafficking', en: /\b(?:an act of|offence of) trafficking in persons\b/i, ms: /\b(?:suatu perbuatan|kesalahan) pemerdagangan orang\b/i },
  { category: 'purpose', code: 'facilitate-smuggling', en: /\ban act of smuggling of migrants\b/i, ms: /\bsuatu perbuatan penyeludupan migran\b/i },
  { category: 'purpose', code: 'forced-marriage', en: /\bcompelled to marry\b/i },
  { category: 'purpose', code: 'murder-or-harm', en: /\bmay be murdered\b|\bsubjected to grievous hurt\b/i },
  { category: 'purpose', code: 'extortion', en: /\bfor the purpose of extorting\b/i },
  { category: 'purpose', code: 'theft', en: /\btaking dishonestly any movable property\b/i },
  // victim
  { category: 'victim', code: 'adult', en: /\bnot being a child\b/i, ms: /\bbukan merupakan seorang kanak-kanak\b|\bbukan kanak-kanak\b/i },
  { category: 'victim', code: 'child', en: /\b(?<!not )being a child\b|\bchild(?:ren)?\b/i, ms: /\bkanak-kanak\b/i },
  { category: 'victim', code: 'disabled-person', en: /(?<!not being )\ba person who is unable to fully take care of or protect himself\b/i, ms: /(?<!bukan )\bseseorang yang tidak dapat menjaga atau melindungi dirinya\b/i },
  { category: 'victim', code: 'migrant', en: /\bsmuggled migrants?\b/i, ms: /\bmigran yang diseludup\b/i },
  { category: 'victim', code: 'trafficked-person', en: /\btrafficked person\b/i, ms: /\borang yang diperdagangkan\b/i },
  { category: 'victim', code: 'employee', en: /\b(?:forces|threatens, deceives or forces) an employee\b/i },
  { category: 'victim', code: 'woman', en: /\bany woman\b/i },
  // circumstance: aggravation, as listed "in committing the offence" (ATIPSOM ss 13, 26B)
  { category: 'circumstance', code: 'grievous-hurt', en: /\bcaused grievous hurt\b/i, ms: /\bmenyebabkan kecederaan parah\b/i },
  { category: 'circumstance', code: 'death', en: /\bcaused death\b/i, ms: /\bmenyebabkan kematian\b/i },
  { category: 'circumstance', code: 'suicide', en: /\bcommitted suicide\b/i, ms: /\bmembunuh diri\b/i },
  { category: 'circumstance', code: 'life-threatening-disease', en: /\blife threatening diseases\b/i, ms: /\bpenyakit yang mengancam nyawa\b/i },
  { category: 'circumstance', code: 'organised-crime', en: /\bpart of an organized criminal group\b/i, ms: /\bsebahagian daripada aktiviti kumpulan jenayah terancang\b/i },
  { category: 'circumstance', code: 'public-officer', en: /\bby a public officer in the performance of his public duties\b/i, ms: /\boleh seorang pegawai awam dalam melaksanakan kewajipan awamnya\b/i },
  { category: 'circumstance', code: 'intent-to-exploit', en: /\bintended to exploit the smuggled migrant\b|\bintends that the smuggled migrant will be exploited\b/i, ms: /\bberniat untuk mengeksploitasi migran yang diseludup\b/i },
  { category: 'circumstance', code: 'cruel-treatment', en: /\bcruel, inhuman or degrading treatment\b/i, ms: /\blayanan yang kejam, tidak berperikemanusiaan atau menjatuhkan maruah\b/i },
  { category: 'circumstance', code: 'risk-of-death', en: /\brisk of death or serious harm\b/i, ms: /\brisiko kematian atau kemudaratan yang serius\b/i },
  { category: 'circumstance', code: 'brothel', en: /\bin a brothel\b/i },
  // mental element: the state of mind the words require
  { category: 'mental', code: 'knowledge', en: /\bknowingly\b|\bknowing or having reason to believe\b|\bknowing that\b/i, ms: /\bdengan diketahuinya\b|\bmengetahui atau mempunyai sebab untuk mempercayai\b|\bdengan sedar\b/i },
  { category: 'mental', code: 'intent', en: /\bwith (?:such |the )?inten(?:t|tion)\b|\bintending\b/i, ms: /\bdengan niat\b/i },
  { category: 'mental', code: 'wilfully', en: /\bwilfully\b/i, ms: /\bdengan sengaja\b/i },
];

/** Verbs that make an offence defined through a term, and the term whose definition applies. */
const TERMS: { en: RegExp; ms: RegExp; term: { en: string; ms: string } }[] = [
  {
    en: /\btraffics in persons\b|\bcommits an offence of trafficking in persons\b/i,
    ms: /\bmemperdagangkan orang\b|\bkesalahan pemerdagangan orang\b/i,
    term: { en: 'trafficking in persons', ms: 'pemerdagangan orang' },
  },
  {
    en: /\b(?:carries out|commits|conducts) (?:an offence of )?smuggling of migrants\b/i,
    ms: /\b(?:menjalankan|melakukan) (?:kesalahan )?penyeludupan migran\b/i,
    term: { en: 'smuggling of migrants', ms: 'penyeludupan migran' },
  },
  {
    en: /\bfor the purpose of exploitation\b|\bexploitation of a trafficked person\b/i,
    ms: /\bbagi maksud eksploitasi\b|\b(?:pengeksploitasian|eksploitasi) orang yang diperdagangkan\b/i,
    term: { en: 'exploitation', ms: 'eksploitasi' },
  },
];

const MEANS_NOT_REQUIRED = {
  en: /the means used[^.]*?is irrelevant and is not a requirement to be proved/i,
  ms: /cara yang digunakan[^.]*?adalah tidak relevan dan bukanlah menjadi satu kehendak untuk dibuktikan/i,
};

/** Definitions by `act|lang|term` (lower case), for term incorporation. */
export type DefinitionIndex = ReadonlyMap<string, ProvisionText>;
export const definitionKey = (act: string, lang: string, term: string): string =>
  `${act}|${lang}|${term.toLowerCase()}`;
export function definitionIndex(provisions: readonly ProvisionText[]): DefinitionIndex {
  const index = new Map<string, ProvisionText>();
  for (const p of provisions) {
    if (p.meta.kind !== 'definition' || !p.meta.term) continue;
    // `"trafficking in persons" or "traffics in persons"`: index each quoted form.
    for (const form of p.meta.term.split(/["“”]\s*(?:or|atau)\s*["“”]/)) {
      index.set(definitionKey(p.meta.act, p.meta.lang, form.replace(/["“”]/g, '').trim()), p);
    }
  }
  return index;
}

/** The words an offence is defined by: the text without its penalty clauses. */
export const offenceWords = (text: string): string =>
  penaltyClauses(text).reduce((t, clause) => t.replace(clause, ' '), text);

type Found = ElementOption & { category: ElementCategory };

function matchRules(text: string, lang: Lang, source: string): Found[] {
  return ELEMENT_RULES.flatMap((rule) => {
    const m = rule[lang]?.exec(text);
    return m ? [{ category: rule.category, code: rule.code, words: m[0], source }] : [];
  });
}

/**
 * Whether the offence's own means words reach every alternative paragraph of its text: "(a) …;
 * (b) …; or (c) by false pretence …" needs a means only under (c), so means are not required of
 * the offence as a whole. Means taken from a definition the offence uses apply to all of it.
 */
function inEveryAlternative(words: string, options: readonly ElementOption[], id: string): boolean {
  if (options.some((o) => o.source !== id)) return true;
  const items = words.split(/(?:^|\s)\([a-z]{1,2}\)\s/).slice(1);
  if (items.length < 2) return true;
  return items.every((item) => options.some((o) => item.includes(o.words)));
}

export function offenceElements(p: ProvisionText, definitions: DefinitionIndex): Elements {
  const { meta } = p;
  const lang = meta.lang;
  const words = offenceWords(p.text);
  const found = matchRules(words, lang, meta.id);

  // Incorporate definitions of the terms the offence is defined by (one level, then the
  // definitions those definitions use, e.g. "trafficking in persons" → "exploitation").
  const seen = new Set<string>([meta.id]);
  const queue = [words];
  while (queue.length > 0) {
    const t = queue.shift()!;
    for (const { term, ...verbs } of TERMS) {
      if (!verbs[lang].test(t)) continue;
      const def = definitions.get(definitionKey(meta.act, lang, term[lang]));
      if (!def || seen.has(def.meta.id)) continue;
      seen.add(def.meta.id);
      found.push(...matchRules(def.text, lang, def.meta.id).filter((o) => o.category !== 'victim' && o.category !== 'circumstance'));
      queue.push(def.text);
    }
  }

  const notes: ElementNote[] = [];
  const notRequired = MEANS_NOT_REQUIRED[lang].exec(p.text);
  if (notRequired) notes.push({ code: 'means-not-required', words: notRequired[0], source: meta.id });

  // An adult-only offence ("not being a child") names "child" only to exclude it; a trafficking
  // offence mentions "an act of trafficking" and "the trafficked person" only inside its means.
  const adult = found.some((o) => o.code === 'adult');
  const trafficking = seen.size > 1 && TERMS[0]![lang].test(words);
  const victimNamed = found.some((o) => ['adult', 'child', 'disabled-person', 'migrant'].includes(o.code));
  const incidental = (o: Found): boolean =>
    (adult && (o.code === 'child' || o.code === 'disabled-person')) ||
    (trafficking && o.code === 'facilitate-trafficking') ||
    (victimNamed && o.code === 'trafficked-person');
  const elements: Element[] = ELEMENT_CATEGORIES.flatMap((category) => {
    const options: ElementOption[] = [];
    for (const o of found) {
      if (o.category !== category || options.some((x) => x.code === o.code)) continue;
      if (incidental(o)) continue;
      options.push({ code: o.code, words: o.words, source: o.source });
    }
    if (options.length === 0) return [];
    const required = !(category === 'means' && (notRequired || !inEveryAlternative(words, options, meta.id)));
    return [{ category, required, options }];
  });
  return { elements, notes };
}

/** Is a means element required to be proved? (Absent means: no.) */
export const requiresMeans = (e: Elements): boolean =>
  e.elements.some((x) => x.category === 'means' && x.required && x.options.length > 0);
