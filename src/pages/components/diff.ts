/** Word differences between two verbatim texts, for marking what one provision says that another does not. */
import { diffWords } from 'diff';

export interface Part {
  value: string;
  /** Words in this text that the other text does not have. */
  only: boolean;
}

/**
 * `text` cut into parts, those absent from `other` flagged. Joining the parts gives `text` back
 * exactly (checked: if the diff ever failed to, the text is returned unmarked rather than altered).
 */
export function markDifferences(text: string, other: string): Part[] {
  const parts = diffWords(other, text)
    .filter((change) => !change.removed)
    .map((change) => ({ value: change.value, only: change.added }));
  return parts.map((p) => p.value).join('') === text ? parts : [{ value: text, only: false }];
}
