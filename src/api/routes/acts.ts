import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ACTS, actBySlug, type ActConfig } from '../../registry/acts.js';
import { LANGS, type Lang } from '../../schema/provision.js';
import type { Doc, ProvisionSearch } from '../../search/client.js';
import { ActSlugParam, LangParam } from '../params.js';
import { ApiProblem, resourceApp } from '../problem.js';
import { provisionUrl } from '../present.js';
import { ActAnswer, ActsAnswer, type TocPart } from '../schemas.js';
import { ERRORS } from './errors.js';

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The Acts',
  description: 'Every Act the knowledge base knows, whether its text is held, what is missing, and how many provisions are indexed per language.',
  responses: {
    200: { description: 'The Acts.', content: { 'application/json': { schema: ActsAnswer } } },
    503: ERRORS[503],
  },
});

const tocRoute = createRoute({
  method: 'get',
  path: '/{act}',
  summary: 'Table of contents of an Act',
  description: 'Parts, chapters and sections in the order of the Act, each definition under its interpretation section.',
  request: {
    params: z.object({ act: ActSlugParam }),
    query: z.object({ lang: LangParam.default('en') }),
  },
  responses: {
    200: { description: 'The table of contents.', content: { 'application/json': { schema: ActAnswer } } },
    400: ERRORS[400], 404: ERRORS[404], 503: ERRORS[503],
  },
});

const TOC_FIELDS = ['id', 'lang', 'kind', 'number', 'heading', 'term', 'parent', 'part', 'chapter', 'status', 'short_citation', 'order'];

export function actsApi(search: ProvisionSearch): OpenAPIHono {
  const app = resourceApp();
  app.openapi(listRoute, async (c) => {
    const counts = await provisionCounts(search);
    return c.json({ acts: ACTS.map((act) => summary(act, counts)) }, 200);
  });

  app.openapi(tocRoute, async (c) => {
    const { act: slug } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const act = actBySlug(slug);
    if (!act) {
      throw new ApiProblem('not-found', 404, `No Act is called "${slug}". Known Acts: ${ACTS.map((a) => a.slug).join(', ')} (see /v1/acts).`);
    }
    const [counts, docs] = await Promise.all([
      provisionCounts(search),
      search.find({ act: slug, lang }, { limit: 5000, attributes: TOC_FIELDS }),
    ]);
    const held = act.sources.some((s) => s.lang === lang);
    const name = act.title[lang] ?? act.title.en;
    const notHeld = `Text not held: the ${lang === 'ms' ? 'Malay' : 'English'} text of the ${name} is not in this knowledge base. Read it at the official source: ${act.officialSource.label}, ${act.officialSource.url}`;
    return c.json({ act: summary(act, counts), lang, contents: tableOfContents(docs), ...(held ? {} : { not_held: notHeld }) }, 200);
  });
  return app;
}

type Counts = Record<Lang, Record<string, number>>;

async function provisionCounts(search: ProvisionSearch): Promise<Counts> {
  const perLang = await Promise.all(
    LANGS.map((lang) => search.search({ q: '', filter: { lang }, limit: 0, offset: 0, facets: ['act'] })),
  );
  return Object.fromEntries(LANGS.map((lang, i) => [lang, perLang[i]!.facets.act ?? {}])) as Counts;
}

function summary(act: ActConfig, counts: Counts) {
  return {
    slug: act.slug,
    title: act.title,
    short_citation: act.shortCitation,
    act_number: act.actNumber,
    year: act.year,
    aliases: act.aliases,
    held: act.sources.length > 0,
    languages: [...new Set(act.sources.map((s) => s.lang))],
    official_source: act.officialSource,
    caveats: act.caveats,
    caveats_ms: act.caveats_ms,
    provisions: Object.fromEntries(LANGS.map((lang) => [lang, counts[lang][act.slug] ?? 0])),
    url: `/v1/acts/${act.slug}`,
  };
}

/** Docs in Act order → runs of the same part and chapter; definitions nested under their section. */
export function tableOfContents(docs: readonly Doc[]): z.infer<typeof TocPart>[] {
  const parts: z.infer<typeof TocPart>[] = [];
  const entries = new Map<string, z.infer<typeof TocPart>['provisions'][number]>();
  for (const doc of docs) {
    if (doc.kind === 'definition') continue;
    const last = parts.at(-1);
    const part = doc.part ?? null;
    const chapter = doc.chapter ?? null;
    const sameRun = last && last.part?.number === part?.number && last.chapter?.number === chapter?.number;
    const run = sameRun ? last : { part, chapter, provisions: [] };
    if (!sameRun) parts.push(run);
    const entry = {
      id: doc.id,
      kind: doc.kind,
      number: doc.number,
      heading: doc.heading,
      status: doc.status,
      short_citation: doc.short_citation,
      url: provisionUrl(doc.id, doc.lang),
      definitions: [],
    };
    entries.set(doc.id, entry);
    run.provisions.push(entry);
  }
  for (const doc of docs) {
    const parent = doc.kind === 'definition' && doc.parent ? entries.get(doc.parent) : undefined;
    parent?.definitions.push({ id: doc.id, term: doc.term ?? doc.heading, url: provisionUrl(doc.id, doc.lang) });
  }
  return parts;
}
