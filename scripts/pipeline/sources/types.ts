import type { Division } from '../../../src/schema/provision.js';

/** One line of an Act's Arrangement of Clauses: the table of contents the body must match. */
export interface ArrangementEntry {
  kind: 'section' | 'schedule';
  /** Section number as printed ("14"); for schedules the marker as printed ("SCHEDULES"). */
  number: string;
  /** The number as printed where it is misprinted ("5 B"). */
  printed?: string;
  heading: string;
  part?: Division;
  chapter?: Division;
  /** 1-based line in the source file. */
  line: number;
}

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
    | 'ocr-error';
  message: string;
}
