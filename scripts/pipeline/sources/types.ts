import type { Division, Provision } from '../../../src/schema/provision.js';
import type { Anomaly, Note } from '../structure/anomalies.js';

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

/** What a reader makes of one source: its provisions, its arrangement, and what it found wrong. */
export interface ParsedAct {
  provisions: Provision[];
  arrangement: ArrangementEntry[];
  anomalies: Anomaly[];
}

/** What every step of a reader reads: the cleaned lines, the body region [b0, b1) and the anomaly log. */
export interface Reading {
  lines: readonly string[];
  b0: number;
  b1: number;
  note: Note;
}

/** A section found in the body: its arrangement entry and the 0-based line of its number. */
export interface SectionStart {
  entry: ArrangementEntry;
  index: number;
}
