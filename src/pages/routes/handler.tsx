/**
 * Page handlers answer in HTML even when things go wrong: a bad parameter is a 400 page that says
 * what to change, an unknown provision a 404 page, a silent search engine a 503 page with
 * Retry-After. Nothing a person types can produce a 500.
 */
import type { Context } from 'hono';
import type { Problem } from '../../api/problem.js';
import { PageUnavailable } from '../client/api.js';
import { Notice, render } from '../components/common.js';
import { isExportFormat, type ExportFormat } from '../components/export.js';
import { ui, uiLang, withUiLang } from '../components/i18n.js';
import { Layout, type Section } from '../components/layout.js';
import type { Lang } from '../../schema/provision.js';

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

/**
 * The details come from the API or the checks here and are written in English only: on a Malay
 * page they are marked as English, under a Malay title and links.
 */
export const ErrorPage = ({ title, detail, hint, problem, section, lang }: { title: string; detail: string; hint?: string; problem?: Problem | undefined; section?: Section; lang: Lang }) => {
  const t = ui(lang);
  return (
  <Layout title={title} section={section} lang={lang}>
    <h1>{title}</h1>
    <Notice kind="error">
      <p lang="en">{detail}</p>
      {hint ? <p>{hint}</p> : null}
      {problem?.errors?.length ? (
        <ul lang="en">
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
        <h2>{t.didYouMean}</h2>
        <ul>
          {problem.suggestions.map((s) => (
            <li>
              <a href={withUiLang(`/provisions/${s.id}`, lang)} lang="en">{s.short_citation}</a> — <span lang="en">{s.heading}</span>
            </li>
          ))}
        </ul>
      </>
    ) : null}
    <p>
      <a href={withUiLang('/', lang)}>{t.errorBack}</a> {t.errorOr} <a href={withUiLang('/search', lang)}>{t.errorSearch}</a>.
    </p>
  </Layout>
  );
};

export function page(section: Section, handler: (c: Context) => Promise<Response>) {
  return async (c: Context): Promise<Response> => {
    try {
      return await handler(c);
    } catch (error) {
      const lang = uiLang(c.req.query('lang'));
      if (error instanceof BadPageRequest) {
        return render(c, <ErrorPage title={error.title} detail={error.detail} problem={error.problem} section={section} lang={lang} />, error.status);
      }
      if (error instanceof PageUnavailable) {
        c.header('Retry-After', '5');
        const t = ui(lang);
        return render(c, <ErrorPage title={t.unavailableTitle} detail={error.problem.detail} hint={t.reloadSoon} section={section} lang={lang} />, 503);
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
    throw new BadPageRequest(400, ui(c.req.query('lang')).invalidAddress, `format must be "json", "csv" or "md" (Markdown), not "${format}".`);
  }
  return format;
}

/** A query parameter given at most once. */
export function single(c: Context, name: string): string | undefined {
  const values = c.req.queries(name) ?? [];
  if (values.length > 1) throw new BadPageRequest(400, ui(c.req.queries('lang')?.[0]).invalidAddress, `${name} may be given once; it was given ${values.length} times.`);
  const value = values[0]?.trim();
  return value ? value : undefined;
}
