/**
 * Every list and provision page exports itself with ?format=json|csv|md: JSON as the API shapes
 * it, CSV one provision a row, Markdown with the verbatim text and its citations.
 */
import type { ProvisionData } from '../client/data.js';
import { provisionPath } from '../client/urls.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/** One provision in an export. */
export interface ExportRow {
  short_citation: string;
  citation: string;
  id: string;
  lang: string;
  act: string;
  heading: string;
  status: string;
  permalink: string;
  /** Verbatim plain text, or an excerpt where the list only holds one (then `excerpt` is true). */
  text: string;
  excerpt?: boolean;
  /** Extra columns a list adds (topic, group, coverage, ...). */
  extra?: Record<string, string>;
}

export interface Export {
  /** File name without extension: lowercase words and digits. */
  name: string;
  title: string;
  /** Lines printed above the rows in Markdown (caveats, analysis label). */
  notes: string[];
  rows: ExportRow[];
  /** The JSON body (the API's shape for the same data). */
  json: unknown;
}

const COLUMNS = ['short_citation', 'citation', 'id', 'lang', 'act', 'heading', 'status', 'permalink', 'text'] as const;

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  const header = [...extra, ...COLUMNS];
  const lines = rows.map((r) => [...extra.map((k) => r.extra?.[k] ?? ''), ...COLUMNS.map((k) => r[k])].map(csvCell).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export function toMarkdown(e: Pick<Export, 'title' | 'notes' | 'rows'>): string {
  const out = [`# ${e.title}`, '', ...e.notes.flatMap((n) => [n, '']), `${e.rows.length} provision(s).`, ''];
  for (const r of e.rows) {
    out.push(`## ${r.short_citation} — ${r.heading}`, '');
    for (const [k, v] of Object.entries(r.extra ?? {})) out.push(`${k}: ${v}  `);
    if (r.extra && Object.keys(r.extra).length) out.push('');
    out.push(...r.text.split('\n').map((line) => `> ${line}`), '');
    if (r.excerpt) out.push('(excerpt: open the permalink for the full text)', '');
    out.push(`Citation: ${r.citation}  `, `Permalink: ${r.permalink}  `, `Status: ${r.status}`, '');
  }
  return out.join('\n');
}

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const exportFileName = (name: string, format: ExportFormat): string =>
  `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export'}.${format}`;

export function exportResponse(e: Export, format: ExportFormat): Response {
  const body = format === 'json' ? JSON.stringify(e.json, null, 2) : format === 'csv' ? toCsv(e.rows) : toMarkdown(e);
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(e.name, format)}"`,
    },
  });
}

/** A provision as an export row, with its permalink on this site. */
export const provisionRow = (p: ProvisionData, origin: string, extra?: Record<string, string>): ExportRow => ({
  short_citation: p.short_citation,
  citation: p.citation,
  id: p.id,
  lang: p.lang,
  act: p.act,
  heading: p.heading,
  status: p.status,
  permalink: origin + provisionPath(p.id, p.lang),
  text: p.text,
  ...(extra ? { extra } : {}),
});
