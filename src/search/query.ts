/**
 * The query text sent to the engine. Numbers are quoted: a quoted word is matched exactly, so
 * "62" cannot be split into "6 2" (which matches "6(2)"), typo-corrected or prefix-extended,
 * and "370A" stays 370A. Typo tolerance alone (disableOnNumbers) does not stop word splitting.
 */
const NUMBER_WORD = /(^|\s)(\d{1,5}[A-Za-z]{0,3})(?=\s|$)/g;

export function engineQuery(q: string): string {
  // A person who quotes already chose their phrases; leave the query as typed.
  if (q.includes('"')) return q;
  return q.replace(NUMBER_WORD, '$1"$2"');
}
