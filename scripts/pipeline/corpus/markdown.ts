/**
 * A provision as a corpus file: YAML front matter, then a markdown body a person can read on
 * GitHub, which reads back to the same provision (see ARCHITECTURE.md "Corpus markdown").
 *
 *   # 14. Offence of trafficking in children
 *
 *   **(1)** Any person who …
 *
 *   - **(a)** threat;
 *     - **(i)** …
 *   - commits an offence …        ← an unlabelled block (closing words, proviso, …)
 *
 * A top-level block is a paragraph; its children are the list that follows it; a list item's
 * children are its nested list. A label is the bold enumerator opening a block. Block kinds are
 * not written: the reader derives them from labels and opening words with the same functions
 * the parser uses (labels.ts), and the round-trip test proves both agree.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import YAML, { LineCounter, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { Provision, ProvisionFrontMatter, type Block, type BlockKind } from '../../../src/schema/provision.js';
import { follows, insertedAfter, kindForLabel, kindForText, listType, type LabelType } from '../structure/labels.js';

const LABEL_TEXT = /^(?:\([0-9A-Za-z]+\)|\d+\.)$/;

/** Backslash-escape what markdown would read as syntax; remark reads the escapes back. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&]/g, (c) => `\\${c}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function blockLine(b: Block): string {
  const text = escapeText(b.text);
  return b.label ? (text ? `**${b.label}** ${text}` : `**${b.label}**`) : text;
}

function listLines(blocks: readonly Block[], indent: string): string[] {
  return blocks.flatMap((b) => [
    `${indent}- ${blockLine(b)}`,
    '',
    ...(b.children.length ? listLines(b.children, `${indent}  `) : []),
  ]);
}

/** The title line of a provision's body. */
export function titleOf(p: Provision): string {
  const m = p.meta;
  if (m.kind === 'schedule') return m.heading;
  if (m.kind === 'definition') return `${m.number}. “${m.term}”`;
  return `${m.number}. ${m.heading}`;
}

/** The body markdown of a provision: its title and its blocks. */
export function blocksToMarkdown(p: Provision): string {
  const lines = [`# ${escapeText(titleOf(p))}`, ''];
  for (const b of p.blocks) {
    lines.push(blockLine(b), '');
    if (b.children.length) lines.push(...listLines(b.children, ''));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function provisionToMarkdown(p: Provision): string {
  const meta = ProvisionFrontMatter.parse(p.meta);
  const yaml = YAML.stringify(meta, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${blocksToMarkdown(p)}`;
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
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!fm) throw new CorpusFileError(path, 1, 'no YAML front matter: the file must open with "---", the fields, and "---"');
  const meta = readFrontMatter(fm[1]!, path);
  const bodyStart = fm[0].split('\n').length - 1;
  const at = (node: { position?: { start: { line: number } } | undefined }) => bodyStart + (node.position?.start.line ?? 1);
  const tree: Root = unified().use(remarkParse).parse(md.slice(fm[0].length));
  const [title, ...nodes] = tree.children;
  if (title?.type !== 'heading') throw new CorpusFileError(path, title ? at(title) : bodyStart + 1, 'the body must open with a "# " title');
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
