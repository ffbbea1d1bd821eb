/**
 * The public relevance set: test/system/relevance/*.tsv, one judged query a line.
 * Columns: query, expected ids (most relevant first, comma-separated), user, lang, kind.
 * Lines starting with "#" are comments; the first other line is the header.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Lang, ProvisionId } from '../../../src/schema/provision.js';

export const RELEVANCE_DIR = 'test/system/relevance';
export const HEADER = ['query', 'expected', 'user', 'lang', 'kind'] as const;

export const User = z.enum(['prosecutor', 'researcher', 'ngo']);
export const QueryKind = z.enum(['words', 'facts', 'citation']);

export const Judgement = z
  .object({
    query: z.string().trim().min(1),
    expected: z.array(ProvisionId).min(1),
    user: User,
    lang: Lang,
    kind: QueryKind,
    /** Where it came from, for error messages: "words.tsv:12". */
    at: z.string(),
  })
  .strict();
export type Judgement = z.infer<typeof Judgement>;

/** Parses one TSV file; throws with file:line on the first malformed line. */
export function parseRelevanceTsv(text: string, file: string): Judgement[] {
  const rows = text
    .split('\n')
    .map((line, i) => ({ line: line.replace(/\r$/, ''), at: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...body] = rows;
  if (!header || header.line !== HEADER.join('\t')) {
    throw new Error(`${header?.at ?? file}: header must be "${HEADER.join('\\t')}"`);
  }
  return body.map(({ line, at }) => {
    const cells = line.split('\t');
    if (cells.length !== HEADER.length) throw new Error(`${at}: ${cells.length} columns, expected ${HEADER.length}`);
    const [query, expected, user, lang, kind] = cells as [string, string, string, string, string];
    const parsed = Judgement.safeParse({
      query,
      expected: expected.split(',').map((id) => id.trim()),
      user,
      lang,
      kind,
      at,
    });
    if (!parsed.success) throw new Error(`${at}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

export async function loadRelevanceSet(dir = RELEVANCE_DIR): Promise<Judgement[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.tsv')).sort();
  const sets = await Promise.all(files.map(async (f) => parseRelevanceTsv(await readFile(join(dir, f), 'utf8'), f)));
  return sets.flat();
}
