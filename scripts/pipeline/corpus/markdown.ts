/**
 * A provision as a corpus file: YAML front matter, then a markdown body a person can read on
 * GitHub, which reads back to the same provision (see ARCHITECTURE.md "Corpus markdown").
 *
 *   # 14. Offence of trafficking in children
 *
 *   **(1)** Any person who …
 *
 *   - **(a)** threat;
 *
 *     - **(i)** …
 *
 *   - commits an offence …        ← an unlabelled block (closing words, proviso, …)
 *
 * A top-level block is a paragraph; its children are the list that follows it; a list item's
 * children are its nested list. A label is the bold enumerator opening a block. Block kinds are
 * not written: the reader derives them from labels and opening words with the same functions
 * the parser uses (labels.ts); roundtrip.test.ts proves both agree on the corpus, and
 * markdown.test.ts that any text survives the trip.
 */
import type { Unsafe } from 'mdast-util-to-markdown';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import YAML, { LineCounter, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { Provision, ProvisionFrontMatter, type Block, type BlockKind } from '../../../src/schema/provision.js';
import { follows, insertedAfter, kindForLabel, kindForText, listType, type LabelType } from '../structure/labels.js';

const LABEL_TEXT = /^(?:\([0-9A-Za-z]+\)|\d+\.)$/;

/**
 * Escapes beyond what markdown needs, kept so the committed corpus stays byte-identical to what
 * the hand-written writer before this one produced (remark reads both forms the same): every
 * "]" and "\" in text, and the dot after a title's number ("# 14\. Offence"). A backslash
 * before punctuation the library escapes itself; matching it here too would escape it twice.
 */
const KEPT_ESCAPES: Unsafe[] = [
  { character: ']', inConstruct: 'phrasing' },
  { character: '\\', after: '[^!-/:-@[-`{-~]', inConstruct: 'phrasing' },
  { character: '.', before: '^# \\d+', inConstruct: 'headingAtx' },
];

/**
 * One processor both reads and writes corpus files, so writer and reader share one markdown
 * model (mdast, YAML front matter as a `yaml` node). Lists are loose ("-", a blank line between
 * items) so GitHub shows each paragraph of the statute apart.
 */
const corpusMarkdown = unified()
  .use(remarkParse)
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', strong: '*', unsafe: KEPT_ESCAPES })
  .use(remarkFrontmatter, ['yaml'])
  .freeze();

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const bodyMarkdown = unified().use(remarkParse).freeze();

/**
 * A corpus file's front matter (what stands between the fences), its body, and how many lines
 * of the file come before the body; undefined without front matter. Reading splits here rather
 * than with remark-frontmatter: micromark's front matter construct walks the YAML character by
 * character, which cost more than parsing the body (the front matter is most of a file's bytes).
 * The fences are remark-frontmatter's: "---" opening the file, the next line that is "---"
 * (trailing spaces allowed) closing it; markdown.test.ts checks both agree on the corpus.
 */
export function splitFrontMatter(md: string): { yaml: string; body: string; linesBefore: number } | undefined {
  const fm = FRONT_MATTER.exec(md);
  return fm ? { yaml: fm[1] ?? '', body: md.slice(fm[0].length), linesBefore: fm[0].split('\n').length - 1 } : undefined;
}

function paragraphOf(b: Block): Paragraph {
  if (!b.label) return { type: 'paragraph', children: [{ type: 'text', value: b.text }] };
  const label: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: b.label }] };
  return { type: 'paragraph', children: b.text ? [label, { type: 'text', value: ` ${b.text}` }] : [label] };
}

const listOf = (blocks: readonly Block[]): List => ({
  type: 'list',
  ordered: false,
  spread: true,
  children: blocks.map((b): ListItem => ({ type: 'listItem', spread: true, children: [paragraphOf(b), ...childList(b)] })),
});

const childList = (b: Block): List[] => (b.children.length ? [listOf(b.children)] : []);

/** The title line of a provision's body. */
export function titleOf(p: Provision): string {
  const m = p.meta;
  if (m.kind === 'schedule') return m.heading;
  if (m.kind === 'definition') return `${m.number}. “${m.term}”`;
  // A deleted section has no heading: "42. (Deleted by Act A1511)." prints none.
  return m.heading ? `${m.number}. ${m.heading}` : `${m.number}.`;
}

/** The body as mdast: the title, then each top-level block as a paragraph and its children as a list. */
function bodyOf(p: Provision): RootContent[] {
  const title: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: titleOf(p) }] };
  return [title, ...p.blocks.flatMap((b) => [paragraphOf(b), ...childList(b)])];
}

/** The body markdown of a provision: its title and its blocks. */
export function blocksToMarkdown(p: Provision): string {
  return corpusMarkdown.stringify({ type: 'root', children: bodyOf(p) });
}

export function provisionToMarkdown(p: Provision): string {
  const meta = ProvisionFrontMatter.parse(p.meta);
  // The yaml node holds what stands between the fences; YAML.stringify ends with a line break.
  const yaml = YAML.stringify(meta, { lineWidth: 0 }).replace(/\n$/, '');
  return corpusMarkdown.stringify({ type: 'root', children: [{ type: 'yaml', value: yaml }, ...bodyOf(p)] });
}

interface RawBlock {
  label?: string;
  text: string;
  children: RawBlock[];
}

function fromParagraph(p: Paragraph): RawBlock {
  const [first, ...rest] = p.children;
  if (first?.type === 'strong' && LABEL_TEXT.test(toString(first))) {
    return { label: toString(first), text: phrasing(rest).trim(), children: [] };
  }
  return { text: phrasing(p.children).trim(), children: [] };
}

const phrasing = (nodes: PhrasingContent[]): string => nodes.map((n) => toString(n)).join('');

function fromList(list: List, at: (node: RootContent | ListItem) => number, path: string): RawBlock[] {
  return list.children.map((item: ListItem) => {
    const [para, sub, ...extra] = item.children;
    if (para?.type !== 'paragraph' || extra.length || (sub && sub.type !== 'list')) {
      throw new CorpusFileError(path, at(item), 'a list item must be one paragraph and an optional list');
    }
    const block = fromParagraph(para);
    if (sub) block.children = fromList(sub, at, path);
    return block;
  });
}

/**
 * Kinds from structure, exactly as the parser assigns them: a label continuing the run of
 * labels before it ("(i)" after "(h)") has that run's type; any other label starts a new run
 * ("(aa)" after closing words that followed "(b)").
 */
function withKinds(raw: readonly RawBlock[], parent: BlockKind | undefined): Block[] {
  let run: { type: LabelType; label: string } | undefined;
  return raw.map((b) => {
    let kind: BlockKind;
    if (b.label) {
      const type = run && (follows(run.type, run.label, b.label) || insertedAfter(run.label, b.label)) ? run.type : listType(b.label);
      if (!type) throw new Error(`not an enumerator: ${b.label}`);
      run = { type, label: b.label };
      kind = kindForLabel(type, parent);
    } else {
      kind = kindForText(b.text);
    }
    return {
      kind,
      ...(b.label ? { label: b.label } : {}),
      text: b.text,
      children: withKinds(b.children, kind),
    };
  });
}

/** A corpus file that cannot be read: which file, which line (1-based, in the whole file) and why. */
export class CorpusFileError extends Error {
  override readonly name = 'CorpusFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const zodReason = (error: ZodError): string =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');

/** Line (in the file) of the deepest YAML node on a zod issue's path; the opening "---" if none. */
function frontMatterLine(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line + 1;
  }
  return 1;
}

function readFrontMatter(yaml: string, path: string) {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(yaml, { lineCounter: lines });
  const [error] = doc.errors;
  if (error) throw new CorpusFileError(path, (error.linePos?.[0].line ?? 0) + 1, `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
  const meta = ProvisionFrontMatter.safeParse(doc.toJS());
  if (!meta.success) {
    throw new CorpusFileError(path, frontMatterLine(doc, lines, meta.error.issues[0]!.path), `front matter: ${zodReason(meta.error)}`);
  }
  return meta.data;
}

/** Read a corpus file back into the provision it was written from; zod-validated. */
export function markdownToProvision(md: string, path: string): Provision {
  const split = splitFrontMatter(md);
  if (!split) throw new CorpusFileError(path, 1, 'no YAML front matter: the file must open with "---", the fields, and "---"');
  const meta = readFrontMatter(split.yaml, path);
  const tree: Root = bodyMarkdown.parse(split.body);
  // Positions in the body's tree count from the body's first line.
  const at = (node: { position?: { start: { line: number } } | undefined }) => split.linesBefore + (node.position?.start.line ?? 1);
  const [title, ...nodes] = tree.children;
  if (title?.type !== 'heading') throw new CorpusFileError(path, title ? at(title) : split.linesBefore + 1, 'the body must open with a "# " title');
  const raw: RawBlock[] = [];
  nodes.forEach((node: RootContent) => {
    if (node.type === 'paragraph') raw.push(fromParagraph(node));
    else if (node.type === 'list' && raw.length) raw.at(-1)!.children.push(...fromList(node, at, path));
    else throw new CorpusFileError(path, at(node), `unexpected ${node.type} in the body`);
  });
  let blocks: Block[];
  try {
    blocks = withKinds(raw, undefined);
  } catch (error) {
    throw new CorpusFileError(path, at(title), error instanceof Error ? error.message : String(error));
  }
  const provision = Provision.safeParse({ meta, blocks });
  if (!provision.success) throw new CorpusFileError(path, at(title), `body: ${zodReason(provision.error)}`);
  if (toString(title) !== titleOf(provision.data)) {
    throw new CorpusFileError(path, at(title), `title "${toString(title)}" does not match the front matter`);
  }
  return provision.data;
}
