/**
 * The interactive API reference at /docs, rendered on the server from the OpenAPI document:
 * no CDN, no framework, works offline and on Workers. Each operation has a form that calls it.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { PROBLEM_TYPES } from './problem.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { example?: unknown; default?: unknown; enum?: unknown[] };
}
interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
}
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
}

const anchor = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

/** Descriptions are written in Markdown's inline code (`x`): shown as code, never as raw backticks. */
const prose = (text: string | undefined) => (text ?? '').split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

function parameterRow(p: Parameter) {
  const values = p.schema?.enum ? ` One of: ${p.schema.enum.join(', ')}.` : '';
  return html`<tr><td><code>${p.name}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${prose(p.description)}${values}</td></tr>`;
}

function tryForm(path: string, params: Parameter[]) {
  // Required parameters come filled with their example (the first one when none is required);
  // the others only show it, since every example at once narrows a search to nothing.
  const filled = params.some((p) => p.required) ? (p: Parameter) => !!p.required : (p: Parameter) => p === params[0];
  const input = (p: Parameter) => {
    const example = String(p.schema?.example ?? p.schema?.default ?? '');
    return filled(p)
      ? html`<label>${p.name} <input name="${p.name}" value="${example}" data-in="${p.in}"></label> `
      : html`<label>${p.name} <input name="${p.name}" placeholder="${example}" data-in="${p.in}"></label> `;
  };
  return html`<form method="get" action="${path}" data-path="${path}">${params.map(input)}<button>Send</button></form>`;
}

function operation(path: string, method: string, op: Operation) {
  const params = op.parameters ?? [];
  return html`<section id="${anchor(path)}">
<h3><code>${method.toUpperCase()} ${path}</code> — ${op.summary ?? ''}</h3>
<p>${prose(op.description)}</p>
${params.length ? html`<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${params.map(parameterRow)}</table>` : ''}
${method === 'get' ? tryForm(path, params) : ''}
</section>`;
}

/** Inline style and script of the page; the Content-Security-Policy allows exactly these by hash. */
export const DOCS_STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1.5rem}form{margin:.5rem 0}input{margin-right:.5rem}
`;
// Path parameters go into the URL; the rest stay a query string. Progressive: without JS,
// forms for paths without parameters still work.
export const DOCS_SCRIPT = `
document.querySelectorAll('form[data-path]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var path = form.dataset.path, query = new URLSearchParams();
    form.querySelectorAll('input').forEach(function (input) {
      if (input.dataset.in === 'path') path = path.replace('{' + input.name + '}', encodeURIComponent(input.value));
      else if (input.value !== '') query.set(input.name, input.value);
    });
    var qs = query.toString();
    window.location.href = path + (qs ? '?' + qs : '');
  });
});
`;

export function docsPage(doc: OpenApiDocument): HtmlEscapedString | Promise<HtmlEscapedString> {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods ?? {}).map(([method, op]) => operation(path, method, op)),
  );
  const problems = Object.entries(PROBLEM_TYPES).map(
    ([type, meaning]) => html`<tr id="problem-${type}"><td><code>${type}</code></td><td>${prose(meaning)}</td></tr>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — API</title>
<style>${raw(DOCS_STYLE)}</style></head><body>
<h1>${doc.info.title}</h1>
<p>${prose(doc.info.description)} Version ${doc.info.version}. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Operations</h2>
${operations}
<h2 id="problems">Errors</h2>
<p>Errors are <code>application/problem+json</code> (RFC 9457): <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> (what to change), <code>instance</code>. Types:</p>
<table>${problems}</table>
<script>${raw(DOCS_SCRIPT)}</script>
</body></html>`;
}
