/** Pieces shared by several pages. Every string is escaped by hono/jsx unless said otherwise. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Block } from '../../schema/provision.js';
import { topicBySlug } from '../../registry/topics.js';
import { EXPORT_FORMATS, type ExportFormat } from './export.js';
import { ui } from './i18n.js';

/** A whole page, with its doctype. */
export function render(c: Context, page: Child, status: 200 | 400 | 404 | 503 = 200): Response {
  return c.html(`<!DOCTYPE html>${String(page)}`, status);
}

const BLOCK_CLASS: Record<Block['kind'], string> = {
  text: 'text',
  subsection: 'subsection',
  paragraph: 'paragraph',
  subparagraph: 'subparagraph',
  subsubparagraph: 'subsubparagraph',
  proviso: 'proviso',
  explanation: 'explanation',
  illustration: 'illustration',
  exception: 'exception',
  definition: 'definition',
};

/**
 * The statute's words in their structure, exactly as held: label, then text, then nested units.
 * Each unit gets its Akoma Ntoso eId as its id (`sec_14__subsec_2__para_a`), the anchor a
 * pinpoint jumps to; `aliases` are earlier anchors (`p-2-a`) kept as empty markers at the unit's
 * start, so addresses shared before still land on it.
 */
export const StatuteBlocks = ({ blocks, eids, aliases }: { blocks: readonly Block[]; eids?: ReadonlyMap<Block, string> | undefined; aliases?: ReadonlyMap<Block, string> | undefined }) => (
  <>
    {blocks.map((b) => {
      if (b.kind === 'text' && !b.label && b.children.length === 0) return <p>{b.text}</p>;
      const alias = aliases?.get(b);
      return (
        <div class={`blk ${BLOCK_CLASS[b.kind]}`} id={eids?.get(b)}>
          {alias ? <span id={alias} class="alias"></span> : null}
          {b.label ? <span class="label">{b.label}</span> : null}
          {b.label && b.text ? ' ' : null}
          {b.text ? <span class="words">{b.text}</span> : null}
          {b.children.length ? <StatuteBlocks blocks={b.children} eids={eids} aliases={aliases} /> : null}
        </div>
      );
    })}
  </>
);

/** A copy button for `text` (shown only where the script runs) and its live status `id`. */
export const CopyText = ({ text, label, id, lang }: { text: string; label: string; id: string; lang?: string | undefined }) => {
  const statusId = `copy-status-${id}`;
  const t = ui(lang);
  return (
    <>
      <button type="button" class="copy secondary" data-copy={text} data-copied={t.copied} data-failed={t.copyFailed} aria-describedby={statusId} hidden>
        {t.copy} <span class="visually-hidden">{label}</span>
      </button>
      <span class="copied" id={statusId} role="status" aria-live="polite"></span>
    </>
  );
};

/** `lang`: the interface language; `textLang`: the language of the provision cited (its full citation is in it). Short citations are in their English form. */
export const CitationBox = (p: { citation: string; shortCitation: string; permalink: string; idPrefix?: string; lang?: string | undefined; textLang: string }) => {
  const t = ui(p.lang);
  const prefix = p.idPrefix ?? 'cite';
  return (
    <div class="cite">
      <dl>
        <dt>{t.citation}</dt>
        <dd>
          <span class="full-citation" lang={p.textLang}>
            {p.citation}
          </span>
          <CopyText text={p.citation} label={t.fullCitationLabel} id={`${prefix}-full`} lang={p.lang} />
        </dd>
        <dt>{t.shortCitation}</dt>
        <dd>
          <span class="short-citation" lang="en">
            {p.shortCitation}
          </span>
          <CopyText text={p.shortCitation} label={t.shortCitationLabel} id={`${prefix}-short`} lang={p.lang} />
        </dd>
        <dt>{t.permalink}</dt>
        <dd>
          <a href={p.permalink} class="permalink">
            {p.permalink}
          </a>
          <CopyText text={p.permalink} label={t.permalinkLabel} id={`${prefix}-link`} lang={p.lang} />
        </dd>
      </dl>
    </div>
  );
};

const FORMAT_LABEL: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', md: 'Markdown' };

/** Links to the same page as JSON, CSV and Markdown (same query, plus format). */
export const ExportLinks = ({ url, lang }: { url: URL; lang?: string | undefined }) => (
  <p class="exports">
    {ui(lang).export}:{' '}
    {EXPORT_FORMATS.map((format) => {
      const target = new URL(url);
      target.searchParams.set('format', format);
      return <a href={target.pathname + target.search}>{FORMAT_LABEL[format]}</a>;
    })}
  </p>
);

export const TopicChips = ({ topics, lang }: { topics: readonly string[]; lang?: 'en' | 'ms' | undefined }) => (
  <ul class="chips">
    {topics.map((slug) => (
      <li>
        <a href={`/topics/${slug}`}>{topicBySlug(slug)?.label[lang ?? 'en'] ?? slug}</a>
      </li>
    ))}
  </ul>
);

export const Notice = ({ kind, children }: { kind?: 'error' | 'analysis'; children?: Child }) => (
  <div class={kind ? `notice ${kind}` : 'notice'} role={kind === 'error' ? 'alert' : undefined}>
    {children}
  </div>
);

export const AnalysisLabel = ({ lang }: { lang?: string | undefined }) => (
  <Notice kind="analysis">
    <strong>{ui(lang).notLegalAdvice}</strong> {ui(lang).analysisNote}
  </Notice>
);

/** Page links for a list of `total` items, `size` a page; `page` is 1-based. */
export const Pagination = ({ url, page, size, total, lang }: { url: URL; page: number; size: number; total: number; lang?: string | undefined }) => {
  const t = ui(lang);
  const last = Math.max(1, Math.ceil(total / size));
  if (last === 1) return null;
  const link = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return target.pathname + target.search;
  };
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, last])].filter((n) => n >= 1 && n <= last);
  return (
    <nav class="pages" aria-label={t.resultPages}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={link(page - 1)} rel="prev">
              {t.previous}
            </a>
          </li>
        ) : null}
        {shown.map((n) => (
          <li>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={link(n)} aria-label={`${t.pageN} ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < last ? (
          <li>
            <a href={link(page + 1)} rel="next">
              {t.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};
