/**
 * How provisions are cited: the full form ("Anti-Trafficking ... Act 2007 [Act 670], section 14"),
 * the short form ("ATIPSOM 2007 s 14") and the forms people type, used as search aliases.
 * Pure; the parser (parse.ts) reads every form written here.
 */
import type { ActConfig } from '../registry/acts.js';
import type { Lang, ProvisionKind } from '../schema/provision.js';

export interface Citable {
  kind: ProvisionKind;
  number: string;
  term?: string | undefined;
}

const WORDS = {
  en: { act: 'Act', section: 'section', schedule: 'Schedule' },
  ms: { act: 'Akta', section: 'seksyen', schedule: 'Jadual' },
} as const;

const quoted = (term: string) => `(“${term}”)`;

/** "section 14", "section 2 (“exploitation”)", "Schedule 1" — in the document's language. */
function locator(p: Citable, lang: Lang): string {
  const w = WORDS[lang];
  if (p.kind === 'schedule') return `${w.schedule} ${p.number}`;
  return [`${w.section} ${p.number}`, p.term ? quoted(p.term) : ''].filter(Boolean).join(' ');
}

export function fullCitation(act: ActConfig, p: Citable, lang: Lang): string {
  const title = (lang === 'ms' && act.title.ms) || act.title.en;
  return `${title} [${WORDS[lang].act} ${act.actNumber}], ${locator(p, lang)}`;
}

export function shortCitation(act: ActConfig, p: Citable, pinpoint: readonly string[] = []): string {
  if (p.kind === 'schedule') return `${act.shortCitation} Sch ${p.number}`;
  const term = p.term ? ` ${quoted(p.term)}` : '';
  return `${act.shortCitation} s ${p.number}${pinpoint.join('')}${term}`;
}

/** Citation strings people type for this provision, so search matches them too. */
export function citationAliases(act: ActConfig, p: Citable): string[] {
  if (p.kind === 'schedule') return [`${act.shortCitation} Schedule ${p.number}`];
  // Short names only: full titles would make every section of an Act match its title's words.
  const names = act.aliases.filter((name) => name.split(/\s+/).length <= 3);
  const forms = names.flatMap((name) => [`${name} s ${p.number}`, `section ${p.number} ${name}`]);
  forms.push(`seksyen ${p.number} Akta ${act.actNumber}`);
  return [...new Set(forms)];
}

export interface PinpointCitations {
  /** "ATIPSOM 2007 s 14(2)" */
  short: string;
  /** "Anti-Trafficking … Act 2007 [Act 670], section 14(2)" */
  full: string;
  /** "Akta 670 seksyen 14(2)" */
  ms: string;
}

/** A unit inside a provision ("(2)", "(1)(a)") cited in the common styles. */
export function pinpointCitations(act: ActConfig, p: Citable, path: string): PinpointCitations {
  const at = (lang: Lang) =>
    p.kind === 'schedule'
      ? `${WORDS[lang].schedule} ${p.number}${path}`
      : [`${WORDS[lang].section} ${p.number}${path}`, p.term ? quoted(p.term) : ''].filter(Boolean).join(' ');
  return {
    short: p.kind === 'schedule' ? `${act.shortCitation} Sch ${p.number}${path}` : shortCitation(act, p, [path]),
    full: `${act.title.en} [${WORDS.en.act} ${act.actNumber}], ${at('en')}`,
    ms: `${WORDS.ms.act} ${act.actNumber} ${at('ms')}`,
  };
}
