/**
 * Number words as statutes write them, in English and Malay, to numbers:
 * "one hundred and fifty thousand" → 150000, "dua ratus lima puluh ribu" → 250000,
 * "lima belas" → 15. Digits ("10,000") pass through.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // Malay
  kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8,
  sembilan: 9, sepuluh: 10, sebelas: 11,
};

/** Multipliers that scale the group before them. "belas" (teen) and "puluh" (tens) are Malay. */
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1000, million: 1_000_000,
  belas: 10, puluh: 10, ratus: 100, ribu: 1000, juta: 1_000_000,
};

const WORD = Object.keys(UNITS).concat(Object.keys(SCALES)).join('|');

/** A run of number words (with "and" between them) or digits, for use inside other patterns. */
export const NUMBER_PATTERN = `(?:\\d[\\d,]*|(?:(?:${WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD}))*)(?![a-z]))`;

/** Parse a number written in words or digits; undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase();
  if (/^\d[\d,]*$/.test(s)) return Number(s.replace(/,/g, ''));
  // Malay prefixes "se-" for one: "seratus", "seribu", "sejuta", "sebelas" (handled in UNITS).
  const words = s
    .replace(/\bse(ratus|ribu|juta|puluh)\b/g, 'satu $1')
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== '');
  if (words.length === 0) return undefined;
  // `cur` is the trailing run of unit words; "belas", "puluh" and "ratus"/"hundred" scale only
  // that run ("dua ratus lima puluh" = 2×100 + 5×10); thousands and millions scale all before.
  let total = 0;
  let group = 0;
  let cur = 0;
  for (const w of words) {
    const unit = UNITS[w];
    const scale = SCALES[w];
    if (unit !== undefined) cur += unit;
    else if (w === 'belas') (group += cur + 10), (cur = 0);
    else if (scale === undefined) return undefined;
    else if (scale < 1000) (group += (cur || 1) * scale), (cur = 0);
    else (total += (group + cur || 1) * scale), (group = 0), (cur = 0);
  }
  return total + group + cur;
}
