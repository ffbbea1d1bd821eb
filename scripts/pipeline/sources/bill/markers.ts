/**
 * Structural markers of the Bills (English and Malay) as this converter writes them, after
 * markup is stripped. Character errors in markers ("P ART V", "PlRST SCHEDULE") are tolerated
 * here so the parser finds the structure; the printed wording is kept wherever it is shown.
 */
export const PART = /^(?:P ?ART|Part|B ?AHAGIAN)\s+([IVXLC]+[A-Z]?)$/;
export const CHAPTER = /^(?:C ?HAPTER|Chapter|B ?A[BP])\s+([IVXLC]+|\d+[A-Z]?)$/;
/** The markers as correctly printed; others are reported as misspelt. */
export const WELL_PRINTED_DIVISION = /^(?:PART|Part|BAHAGIAN|CHAPTER|Chapter|BAB) /;
/** "FIRST SCHEDULE", "SCHEDULE", "JADUAL KEDUA"; in the arrangement also "Schedule(s)". */
export const SCHEDULE = /^(?:([A-Za-z]+)\s+)?(?:SCHEDULES?|Schedules?)$|^(?:JADUAL|Jadual)(?:\s+([A-Za-z]+))?$/;
export const ORDINALS = [
  ['FIRST', 'PERTAMA'],
  ['SECOND', 'KEDUA'],
  ['THIRD', 'KETIGA'],
  ['FOURTH', 'KEEMPAT'],
  ['FIFTH', 'KELIMA'],
  ['SIXTH', 'KEENAM'],
] as const;
/** "Clause" / "Fasal" column labels in the arrangement. */
export const COLUMN_LABEL = /^(?:Clause|Fasal|Section|Seksyen)$/;
/** A numbered line: a section start in the body, an entry in the arrangement. */
export const NUMBERED = /^(\d+[A-Z]?)\.(?:\s+(.*))?$/;
/** A section start in the body; the converter sometimes reads the full stop as a comma. */
export const SECTION_START = /^(\d+[A-Z]?)[.,](?:\s+(.*))?$/;
