/** What a reader reports about its source: shared by every source reader and the corpus report. */

/** Something the source gets wrong, or where the parser had to choose. Reported, never fixed. */
export interface Anomaly {
  act: string;
  lang: string;
  /** 1-based source line. */
  line: number;
  /** Provision id when the anomaly is inside one. */
  id?: string;
  kind:
    | 'marker-misspelt'
    | 'heading-mismatch'
    | 'missing-section'
    | 'extra-section'
    | 'text-unterminated'
    | 'duplicate-term'
    | 'heading-split'
    | 'number-misprinted'
    | 'label-in-text'
    | 'definition-unquoted'
    | 'number-spaced'
    | 'note-unattached'
    | 'cross-heading'
    | 'letter-spaced'
    | 'respaced-from-pdf'
    | 'ocr-error';
  message: string;
}

/** Report an anomaly of one source: its 1-based line, kind, what is wrong, and the provision it is in. */
export type Note = (line: number, kind: Anomaly['kind'], message: string, id?: string) => void;

/** A source's anomaly list and the function that adds to it, in the order they are met. */
export function anomalyLog(act: string, lang: string): { anomalies: Anomaly[]; note: Note } {
  const anomalies: Anomaly[] = [];
  const note: Note = (line, kind, message, id) => {
    anomalies.push({ act, lang, line, ...(id ? { id } : {}), kind, message });
  };
  return { anomalies, note };
}
