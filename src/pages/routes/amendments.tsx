/**
 * /amendments/:act (and /amendments/:act/:by for one amending Act): what each amending Act
 * changed — number, short title, in-force date, every provision it changed with a redline — over
 * GET /v1/amendments. English or Malay (`lang`), interface included; printable.
 */
import type { Context } from 'hono';
import { AmendmentsAnswer } from '../../api/routes/amendments.js';
import { hasChanges } from '../../compute/redline.js';
import { actBySlug } from '../../registry/acts.js';
import type { PageApi } from '../client/api.js';
import { actPath, amendmentsPath, provisionPath } from '../client/urls.js';
import { withQuery } from '../client/api.js';
import { Breadcrumb } from '../components/breadcrumb.js';
import { Notice, render } from '../components/common.js';
import { longDate, ui, uiLang, type UiStrings } from '../components/i18n.js';
import { Layout } from '../components/layout.js';
import { Redline } from '../components/redline.js';
import { BadPageRequest, fromProblem, page, single } from './handler.js';

type Change = AmendmentsAnswer['amending_acts'][number]['provisions'][number];
type AmendmentsAnswer = import('zod').infer<typeof AmendmentsAnswer>;

const changeWords = (p: Change, t: UiStrings): string | undefined =>
  p.change === 'inserted' ? t.provisionAdded : p.change === 'deleted' ? t.provisionRemoved : p.change === 'text-not-held' ? t.textBeforeNotHeld : undefined;

export const amendmentsPageRoute = (api: PageApi) =>
  page('search', async (c: Context) => {
    const slug = c.req.param('act') ?? '';
    const by = c.req.param('by');
    const lang = single(c, 'lang');
    const ul = uiLang(lang);
    const t = ui(ul);
    const act = actBySlug(slug);
    if (!act) throw new BadPageRequest(404, t.noSuchAct, `No Act is called "${slug}"; see /v1/acts.`);
    const answer = await api.get('/v1/amendments', AmendmentsAnswer, { act: slug, lang, by });
    if (!answer.ok) throw fromProblem(answer.problem, answer.problem.status === 404 ? t.noSuchAct : t.invalidAddress);
    const { amending_acts: amending, lang: textLang } = answer.body;
    const title = (ul === 'ms' && act.title.ms) || act.title.en;
    const heading = by && amending[0] ? `${amending[0].act}: ${t.changesOf} ${title}` : `${t.changesByAct}: ${title}`;
    return render(
      c,
      <Layout title={heading} section="search" lang={ul}>
        <Breadcrumb
          lang={ul}
          trail={[[title, actPath(slug, lang)], ...(by ? [[t.changesByAct, amendmentsPath(slug, lang)] as const] : []), [by ? (amending[0]?.act ?? by) : t.changesByAct, undefined]]}
        />
        <h1>{heading}</h1>
        <p class="legend">
          {t.redlineLegend} <del>{t.del.replace(':', '')}</del> <ins>{t.ins.replace(':', '')}</ins>
        </p>
        {amending.length === 0 ? <Notice>{t.noAmendments}</Notice> : null}
        {!by && amending.length ? (
          <nav aria-labelledby="amending-h">
            <h2 id="amending-h">{t.amendingActs}</h2>
            <ul>
              {amending.map((a) => (
                <li>
                  <a href={withQuery(`/amendments/${slug}/${a.number}`, { lang })}>{a.act}</a>
                  {a.title ? <span lang={textLang}> — {a.title}</span> : null}
                  {a.in_force ? ` · ${t.inForce} ${longDate(a.in_force, ul)}` : ''} · {a.provisions.length} {t.sections}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {amending.map((a) => (
          <section id={a.number} aria-labelledby={`${a.number}-h`}>
            <h2 id={`${a.number}-h`}>
              {a.act}
              {a.title ? (
                <>
                  {' '}
                  <span lang={textLang}>{a.title}</span>
                </>
              ) : null}
            </h2>
            <dl class="cite">
              <dt>{t.inForce}</dt>
              <dd>{a.in_force ? <time datetime={a.in_force}>{longDate(a.in_force, ul)}</time> : '—'}</dd>
              <dt>{t.provisionsChanged}</dt>
              <dd>{a.provisions.length}</dd>
            </dl>
            {a.provisions.map((p) => (
              <article id={`${a.number}-${p.id}`} aria-labelledby={`${a.number}-${p.id}-h`}>
                <h3 id={`${a.number}-${p.id}-h`} lang={textLang}>
                  <a href={withQuery(provisionPath(p.id, textLang), { at: p.after })}>
                    {p.short_citation} {p.heading}
                  </a>
                </h3>
                {changeWords(p, t) ? <p class="meta">{changeWords(p, t)}</p> : null}
                {p.before && p.after ? (
                  <p class="meta">
                    <a href={withQuery(provisionPath(p.id, textLang), { at: p.before, to: p.after })}>
                      {longDate(p.before, ul)} → {longDate(p.after, ul)}
                    </a>
                  </p>
                ) : null}
                {p.redline.length ? hasChanges(p.redline) ? <Redline changes={p.redline} lang={textLang} /> : <p>{t.noChange}</p> : null}
              </article>
            ))}
          </section>
        ))}
      </Layout>,
    );
  });
