/**
 * Page handlers answer in HTML even when things go wrong: a bad parameter is a 400 page that says
 * what to change, an unknown provision a 404 page, a silent search engine a 503 page with
 * Retry-After. Nothing a person types can produce a 500.
 */
import type { Context } from 'hono';
import { PageUnavailable, type Problem } from '../client/api.js';
import { Notice, render } from '../components/common.js';
import { isExportFormat, type ExportFormat } from '../components/export.js';
import { Layout, type Section } from '../components/layout.js';

export class BadPageRequest extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly title: string,
    readonly detail: string,
    readonly problem?: Problem,
  ) {
    super(detail);
  }
}

/** A 400/404 from the API, as the page's own error. */
export const fromProblem = (problem: Problem, title: string): BadPageRequest =>
  new BadPageRequest(problem.status === 404 ? 404 : 400, title, problem.detail, problem);

export const ErrorPage = ({ title, detail, problem, section }: { title: string; detail: string; problem?: Problem | undefined; section?: Section }) => (
  <Layout title={title} section={section}>
    <h1>{title}</h1>
    <Notice kind="error">
      <p>{detail}</p>
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li>
              <code>{e.parameter}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
    {problem?.suggestions?.length ? (
      <>
        <h2>Did you mean</h2>
        <ul>
          {problem.suggestions.map((s) => (
            <li>
              <a href={`/provisions/${s.id}`}>{s.short_citation}</a> — {s.heading}
            </li>
          ))}
        </ul>
      </>
    ) : null}
    <p>
      <a href="/">Back to the start page</a> or <a href="/search">search the statutes</a>.
    </p>
  </Layout>
);

export function page(section: Section, handler: (c: Context) => Promise<Response>) {
  return async (c: Context): Promise<Response> => {
    try {
      return await handler(c);
    } catch (error) {
      if (error instanceof BadPageRequest) {
        return render(c, <ErrorPage title={error.title} detail={error.detail} problem={error.problem} section={section} />, error.status);
      }
      if (error instanceof PageUnavailable) {
        c.header('Retry-After', '5');
        const detail = `${error.problem.detail} Reload the page in a few seconds.`;
        return render(c, <ErrorPage title="Search is unavailable" detail={detail} section={section} />, 503);
      }
      throw error;
    }
  };
}

/** ?format=json|csv|md, or undefined for the HTML page. */
export function exportFormat(c: Context): ExportFormat | undefined {
  const format = c.req.query('format');
  if (format === undefined || format === '' || format === 'html') return undefined;
  if (!isExportFormat(format)) {
    throw new BadPageRequest(400, 'Unknown export format', `format must be "json", "csv" or "md" (Markdown), not "${format}".`);
  }
  return format;
}

/** A query parameter given at most once. */
export function single(c: Context, name: string): string | undefined {
  const values = c.req.queries(name) ?? [];
  if (values.length > 1) throw new BadPageRequest(400, 'Parameter given twice', `${name} may be given once; it was given ${values.length} times.`);
  const value = values[0]?.trim();
  return value ? value : undefined;
}
