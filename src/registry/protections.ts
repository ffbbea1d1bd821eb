/**
 * The needs an NGO brings to the law (immunity, shelter, a protection order, ...), each answered
 * by provisions on some topics or named outright. Only provisions that protect count: offences
 * (SOCA's child sexual abuse material sections, ATIPSOM s 26H) and definitions never do, whatever
 * their topics; a provision named outright counts whatever its type (ECWA s 14 protects a child
 * witness's identity through an offence). Grouping is analysis. Data only (runs in the Worker).
 */
export interface ProtectionNeed {
  key: string;
  title: string;
  /** The same title in Malay, for the Malay pages (our words). */
  title_ms: string;
  topics: readonly string[];
  ids: readonly string[];
}

export const PROTECTION_NEEDS: readonly ProtectionNeed[] = [
  { key: 'immunity', title: 'Immunity from prosecution', title_ms: 'Kekebalan daripada pendakwaan', topics: ['non-punishment'], ids: ['atipsom-s25'] },
  { key: 'shelter-and-release', title: 'Shelter, care and release', title_ms: 'Tempat perlindungan, pemeliharaan dan pelepasan', topics: ['places-of-refuge', 'medical-care', 'repatriation-and-status'], ids: [] },
  { key: 'protection-order', title: 'Protection orders', title_ms: 'Perintah perlindungan', topics: ['protection-orders'], ids: ['atipsom-s44', 'atipsom-s51'] },
  { key: 'movement-and-work', title: 'Moving freely and working', title_ms: 'Bergerak dengan bebas dan bekerja', topics: [], ids: ['atipsom-s51a'] },
  { key: 'compensation-and-wages', title: 'Compensation and wages', title_ms: 'Pampasan dan gaji', topics: ['compensation'], ids: ['atipsom-s66a', 'atipsom-s66b'] },
  { key: 'privacy', title: 'Privacy', title_ms: 'Privasi', topics: ['privacy'], ids: ['ecwa-s14'] },
  { key: 'child-specific', title: 'For children', title_ms: 'Untuk kanak-kanak', topics: ['child-protection'], ids: [] },
  { key: 'witness', title: 'Witnesses', title_ms: 'Saksi', topics: ['witnesses'], ids: ['atipsom-s52', 'atipsom-s61a'] },
];

/** Types of provision that never protect by themselves. */
export const NOT_PROTECTING = ['offence', 'definition'] as const;

/** Does a provision (its id, type and topics) answer the need? */
export const answersNeed = (need: ProtectionNeed, d: { id: string; type: string; topics: readonly string[] }): boolean =>
  need.ids.includes(d.id) || (!(NOT_PROTECTING as readonly string[]).includes(d.type) && d.topics.some((t) => need.topics.includes(t)));
