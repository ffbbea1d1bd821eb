/** Reads corpus/thesaurus.yaml from disk (Node); the Worker bundles the same file as text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThesaurus, type Thesaurus } from '../../../src/search/thesaurus.js';

export const THESAURUS_FILE = 'corpus/thesaurus.yaml';

export function readThesaurus(root = process.cwd()): Thesaurus {
  return parseThesaurus(readFileSync(join(root, THESAURUS_FILE), 'utf8'), THESAURUS_FILE);
}
