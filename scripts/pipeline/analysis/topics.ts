/**
 * Topic rules: wording in the heading, the Part heading or the text (English and Malay), plus
 * element-based rules for offences. Curated assignments (corpus/annotations/topics.yaml) are added
 * by the caller; a provision nothing else tags gets "definitions" or "general", so every provision
 * has at least one topic.
 */
import type { Elements } from '../../../src/schema/elements.js';
import type { TopicAssignment } from '../../../src/schema/topic.js';
import type { ProvisionText } from './input.js';

type Where = 'heading' | 'text';
interface TopicRule {
  topic: string;
  where: Where;
  en: RegExp;
  ms: RegExp;
  offenceOnly?: boolean;
}

const RULES: readonly TopicRule[] = [
  { topic: 'trafficking-offences', where: 'text', offenceOnly: true, en: /\btraffic(?:s|king|ked)\b/i, ms: /\b(?:pemerdagangan|memperdagangkan|diperdagangkan)\b/i },
  { topic: 'forced-labour', where: 'text', en: /\bforced labour\b|\bslavery\b|\bservitude\b/i, ms: /\bkerja atau perkhidmatan paksa\b|\bperhambaan\b|\bpengabdian\b/i },
  { topic: 'sexual-exploitation', where: 'text', en: /\bprostitution\b|\bsexual(?:ly)?\b|\bpornograph/i, ms: /\bpelacuran\b|\bseks(?:ual)?\b|\blucah\b/i },
  { topic: 'smuggling-of-migrants', where: 'text', en: /\bsmuggl(?:ing|ed)\b/i, ms: /\bpenyeludupan\b|\bdiseludup\b/i },
  { topic: 'harbouring', where: 'text', en: /\bharbours?\b|\bconceals?\b/i, ms: /\bmenyembunyikan\b/i },
  { topic: 'document-fraud', where: 'text', en: /\bfraudulent travel or identity document\b|\bpassport\b/i, ms: /\bdokumen perjalanan atau pengenalan diri fraud\b|\bpasport\b/i },
  { topic: 'carriers', where: 'text', en: /\bowner, operator or master\b/i, ms: /\bpemunya, operator atau nakhoda\b/i },
  { topic: 'non-punishment', where: 'text', en: /\bshall not be liable to criminal prosecution\b|\bimmunity from criminal prosecution\b/i, ms: /\btidak boleh dikenakan pendakwaan jenayah\b|\bkekebalan daripada pendakwaan jenayah\b/i },
  { topic: 'consent-irrelevant', where: 'heading', en: /\birrelevant\b/i, ms: /\btidak relevan\b/i },
  { topic: 'consent-irrelevant', where: 'text', en: /\bis irrelevant and is not a requirement to be proved\b/i, ms: /\btidak relevan dan bukanlah menjadi satu kehendak\b/i },
  { topic: 'victim-protection', where: 'text', en: /\bcare and protection\b|\bProtection Officer\b|\bin need of protection\b/, ms: /\bpemeliharaan dan perlindungan\b|\bPegawai Pelindung\b|\bmemerlukan perlindungan\b/i },
  { topic: 'places-of-refuge', where: 'text', en: /\bplaces? of (?:refuge|safety)\b/i, ms: /\btempat (?:perlindungan|selamat)\b/i },
  { topic: 'protection-orders', where: 'text', en: /\bprotection order\b/i, ms: /\bperintah perlindungan\b/i },
  { topic: 'medical-care', where: 'heading', en: /\bmedical\b|\bhospital/i, ms: /\bperubatan\b|\bhospital/i },
  { topic: 'privacy', where: 'text', en: /\bidentification of (?:any|the) (?:trafficked person|child)\b|\breveal the name\b|\binformers?\b/i, ms: /\bpengenalan (?:mana-mana|apa-apa) (?:orang yang diperdagangkan|kanak-kanak)\b|\bpemberi maklumat\b/i },
  { topic: 'repatriation-and-status', where: 'text', en: /\bcountry of origin\b|\bmove freely\b|\bpermission to (?:move freely and to )?work\b|\brelease(?:d)? (?:him|that person|that person) to an immigration officer\b/i, ms: /\bnegara asal\b|\bbergerak dengan bebas\b|\bkebenaran untuk (?:bergerak dengan bebas dan untuk )?bekerja\b/i },
  { topic: 'compensation', where: 'text', en: /\bcompensation\b|\bwages in arrears\b/i, ms: /\bpampasan\b|\bgaji (?:yang )?tertunggak\b/i },
  { topic: 'witnesses', where: 'text', en: /\bchild witness\b|\brecording of evidence\b|\bevidence of (?:the )?trafficked person\b|\bdeposition\b/i, ms: /\bsaksi kanak-kanak\b|\bperakaman keterangan\b|\bdeposisi\b/i },
  { topic: 'enforcement-powers', where: 'heading', en: /\barrest\b|\bsearch\b|\bseiz|\binvestigat|\benforcement\b|\bforfeit|\bexamine\b|\bobstruct|\btipping-off\b|\bpowers? of\b/i, ms: /\btangkap|\bgeledah|\bsita|\bpenyiasatan|\bpenguat ?kuasa|\blucut ?hak|\bmemeriksa\b|\bhalangan\b|(?<!kuat )\bkuasa\b/i },
  { topic: 'institutions', where: 'heading', en: /\bCouncil\b|\bCommittee\b|\bSecretary\b|\bProtectors?\b|\bBoard\b|\bTeam\b|\bofficers?\b/, ms: /\bMajlis\b|\bJawatankuasa\b|\bSetiausaha\b|\bPelindung\b|\bLembaga\b|\bPasukan\b|\bpegawai\b/i },
  { topic: 'evidence-and-procedure', where: 'heading', en: /\badmissib|\bevidence\b|\bprosecution\b|\bproceedings?\b|\bCourt\b|\bstatement\b|\btrial\b|\bwitness/i, ms: /\bboleh diterima\b|\bketerangan\b|\bpendakwaan\b|\bprosiding\b|\bMahkamah\b|\bpernyataan\b|\bperbicaraan\b|\bsaksi\b/i },
  { topic: 'extraterritoriality', where: 'text', en: /\boutside Malaysia\b|\bextra ?territorial\b|\bhigh seas\b/i, ms: /\bluar Malaysia\b|\bwilayah\b|\blaut lepas\b/i },
  { topic: 'prevention', where: 'text', en: /\bprevent and suppress\b|\bprevention\b|\bpublic awareness\b|\beducation programmes?\b|\bnational action plan\b/i, ms: /\bmencegah dan (?:menyekat|memerangi)\b|\bkesedaran awam\b|\bprogram pendidikan\b|\bpelan tindakan kebangsaan\b/i },
  { topic: 'penalties', where: 'heading', en: /\bpenalt|\bpunishment|\boffence by (?:body corporate|employee)/i, ms: /\bpenalti\b|\bhukuman\b|\bkesalahan oleh (?:pertubuhan perbadanan|pekerja)/i },
  { topic: 'definitions', where: 'heading', en: /\binterpretation\b/i, ms: /\btafsiran\b/i },
];

/** Offence acts that move or transfer a person: with a child victim, child trafficking. */
const TRAFFICKING_ACTS = new Set(['recruit', 'transport', 'transfer', 'harbour', 'receive', 'acquire', 'bring-into-country', 'take-out-of-custody', 'provide']);

export function ruleTopics(
  p: ProvisionText,
  context: { offence: boolean; elements?: Elements },
): TopicAssignment[] {
  const { meta, text } = p;
  const out: TopicAssignment[] = [];
  const add = (topic: string, because: string, basis: TopicAssignment['basis'] = 'rule') => {
    if (!out.some((a) => a.topic === topic)) out.push({ topic, basis, because });
  };
  for (const rule of RULES) {
    if (rule.offenceOnly && !context.offence) continue;
    const m = rule[meta.lang].exec(rule.where === 'heading' ? meta.heading : text);
    if (m) add(rule.topic, m[0]);
  }
  if (context.elements) {
    const codes = (cat: string) =>
      context.elements!.elements.filter((e) => e.category === cat).flatMap((e) => e.options);
    const child = codes('victim').find((o) => o.code === 'child');
    const act = codes('act').find((o) => TRAFFICKING_ACTS.has(o.code));
    if (child && act) add('child-trafficking', `${act.words} … ${child.words}`);
  }
  if (meta.act === 'child-act' || meta.act === 'soca' || meta.act === 'ecwa') {
    if (context.offence) add('child-protection', `an offence in ${meta.act}`, 'type');
  }
  if (context.offence) add('penalties', 'the provision creates an offence', 'type');
  if (meta.kind === 'definition') add('definitions', `definition of "${meta.term}"`, 'type');
  if (out.length === 0) add('general', 'no specific topic rule applies', 'type');
  return out;
}
