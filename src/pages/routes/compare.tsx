/**
 * Compare: /compare?ids=a,b (ids repeated or comma-separated) and/or &add=<citation or id>.
 * Side by side verbatim texts with the words one has and the first (or second) lacks marked,
 * a penalty chart, and /v1/compare's analysis: differences, relations among them, elements matrix.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { CompareAnswer } from '../../api/analysis-schemas.js';
import { MAX_COMPARED } from '../../api/routes/compare.js';
import { flattenBlocks, redline, similarity, type Piece } from '../../compute/redline.js';
import { elementLabel } from '../../schema/elements.js';
import { PROVISION_ID_PATTERN } from '../../schema/provision.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, CitationBox, ExportLinks, Notice, render } from '../components/common.js';
import { cite, getHeldProvision, type ProvisionData } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, page, single } from './handler.js';
import { provisionTitle } from '../components/names.js';
import { categoryLabel, langLabel, typeLabel, ui, uiLang, withUiLang, type UiStrings } from '../components/i18n.js';
import type { Lang } from '../../schema/provision.js';
import { Layout } from '../components/layout.js';
import { PenaltyChart, PenaltyTable, type ChartRow } from '../components/penalty.js';
import { provisionPath } from '../client/urls.js';


type Resolved = { ok: true; provision: ProvisionData } | { ok: false; entry: string; detail: string };

/** An id, else a citation: "atipsom-s14", "ATIPSOM s 14", "section 48 Child Act". */
async function resolveEntry(api: PageApi, entry: string, lang: string | undefined): Promise<Resolved> {
  if (PROVISION_ID_PATTERN.test(entry)) {
    const byId = await getHeldProvision(api, entry, lang);
    if (byId.ok) return { ok: true, provision: byId.body.provision };
  }
  const cited = await cite(api, entry, lang);
  if (!cited.ok) return { ok: false, entry, detail: cited.problem.detail };
  const { provision } = cited.body;
  const full = await getHeldProvision(api, provision.id, lang);
  return full.ok ? { ok: true, provision: full.body.provision } : { ok: false, entry, detail: full.problem.detail };
}

function entries(c: Context, t: UiStrings): string[] {
  const listed = [...(c.req.queries('ids') ?? []), ...(c.req.queries('add') ?? [])]
    .flatMap((v) => v.split(/,(?![^(]*\))/))
    .map((v) => v.trim())
    .filter(Boolean);
  const unique = [...new Set(listed)];
  if (unique.length > MAX_COMPARED) {
    throw new BadPageRequest(400, t.tooMany, `Compare at most ${MAX_COMPARED} provisions at a time; ${unique.length} were given.`);
  }
  return unique;
}

const Picker = ({ given, lang }: { given: readonly string[]; lang: Lang }) => {
  const t = ui(lang);
  return (
    <form action="/compare" method="get" class="no-print">
      {lang === 'ms' ? <input type="hidden" name="lang" value="ms" /> : null}
      <fieldset>
        <legend>{t.provisionsToCompare}</legend>
        <p class="meta">{t.compareHelp}</p>
        {Array.from({ length: MAX_COMPARED }, (_, i) => (
          <p>
            <label for={`cmp-${i}`}>
              {t.provisionN} {i + 1}
            </label>
            <input type="text" id={`cmp-${i}`} name="add" value={given[i] ?? ''} />
          </p>
        ))}
        <button type="submit">{t.compareButton}</button>
      </fieldset>
    </form>
  );
};

type Comparison = z.infer<typeof CompareAnswer>;

/** The API's elements matrix: a row per element code, a column per provision. */
const ElementsMatrix = ({ comparison, provisions, lang }: { comparison: Comparison; provisions: readonly ProvisionData[]; lang: Lang }) => {
  const t = ui(lang);
  if (!comparison.elements.length) return <p class="meta">{t.noElements}</p>;
  const cell = (p: ProvisionData, row: Comparison['elements'][number]) => {
    const c = row.cells[p.id];
    if (c)
      return (
        <>
          {c.required ? t.requiredYes : t.namedNotRequired}: <q lang={p.lang}>{c.words}</q>
        </>
      );
    return !p.elements && p.type === 'offence' ? t.elementsNotHeld : '—';
  };
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.elementsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.element}</th>
            {provisions.map((p) => (
              <th scope="col" lang="en">
                {p.short_citation}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.elements.map((row) => (
            <tr>
              <th scope="row">
                {categoryLabel(row.category, t)}: {elementLabel(row.category, row.code, lang)}
              </th>
              {provisions.map((p) => (
                <td>{cell(p, row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** A sentence of ours with the English-form citations in it ("Child Act 2001 s 48") marked as English. */
const CitationsMarked = ({ text, citations }: { text: string; citations: readonly string[] }) => {
  const escaped = [...new Set(citations)].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!escaped.length) return <>{text}</>;
  return (
    <>
      {text.split(new RegExp(`(${escaped.join('|')})`)).map((piece) => (citations.includes(piece) ? <span lang="en">{piece}</span> : piece))}
    </>
  );
};

/** Differences in our words (the API gives them in both languages), and the references, overlaps and gaps the provisions share. */
const Analysis = ({ comparison, lang }: { comparison: Comparison; lang: Lang }) => {
  const { references, overlaps, gaps } = comparison.relations;
  const t = ui(lang);
  return (
    <section id="differences" aria-labelledby="differences-h">
      <h2 id="differences-h">{t.differences}</h2>
      {comparison.differences.length ? (
        <ul>
          {(lang === 'ms' ? comparison.differences_ms : comparison.differences).map((d) => (
            <li>
              <CitationsMarked text={d} citations={comparison.provisions.map((p) => p.short_citation)} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noDifference}</p>
      )}
      <h3>{t.relationsAmong}</h3>
      <ul class="relations">
        {references.map((r) => (
          <li>
            <a href={withUiLang(provisionPath(r.from), lang)}>
              <code>{r.from}</code>
            </a>{' '}
            {t.refersToShort}{' '}
            <a href={withUiLang(provisionPath(r.to), lang)}>
              <code>{r.to}</code>
            </a>
          </li>
        ))}
        {overlaps.map((id) => (
          <li>
            {t.overlap}{' '}
            <a href={withUiLang(`/gaps#${id}`, lang)}>
              <code>{id}</code>
            </a>
          </li>
        ))}
        {gaps.map((id) => (
          <li>
            {t.gap}{' '}
            <a href={withUiLang(`/gaps#${id}`, lang)}>
              <code>{id}</code>
            </a>
          </li>
        ))}
        {references.length + overlaps.length + gaps.length === 0 ? <li>{t.noneRecordedShort}</li> : null}
      </ul>
    </section>
  );
};

/**
 * A penalty limb named as it is cited: its subsection and its own label ("Child Act 2001 s
 * 43(1)(bb)"), found by the limb's words in the text; the limb's number only when they are not found.
 */
function variantLabel(p: ProvisionData, appliesTo: string | undefined, i: number, t: UiStrings): Pick<ChartRow, 'citation' | 'limb'> {
  const unit = appliesTo ? flattenBlocks(p.blocks).find((u) => u.label && (u.text.includes(appliesTo) || appliesTo.includes(u.text))) : undefined;
  if (!unit?.label) return { citation: p.short_citation, limb: `${t.limb} ${i + 1}` };
  const subsection = /^\(\d+[A-Z]?\)/.exec(unit.path)?.[0] ?? '';
  return { citation: `${p.short_citation}${subsection === unit.label ? '' : subsection}${unit.label}` };
}

/** Below this share of common words two texts are unrelated, and marking "different" words says nothing. */
const RELATED = 0.3;

/**
 * `p`'s text unit by unit (aligned with `other`'s by number), the words `other` lacks marked; no
 * marks at all when the two share too little wording for the marks to mean anything.
 */
const MarkedText = ({ p, other }: { p: ProvisionData; other: ProvisionData }) => {
  const units = redline(other.blocks, p.blocks).filter((u) => u.status !== 'removed');
  const mine = (pieces: readonly Piece[]) => pieces.filter((x) => x.op !== 'del');
  const related = similarity(units.flatMap((u) => u.pieces)) >= RELATED;
  return (
    <div class="statute compare-text" lang={p.lang}>
      {units.map((u) => (
        <div class={`rl depth-${Math.min(u.depth, 5)}`}>
          {u.label ? <span class="label">{u.label}</span> : null}{' '}
          {mine(u.pieces).map((x) => (related && x.op === 'ins' ? <mark class="only">{x.value}</mark> : x.value))}
        </div>
      ))}
    </div>
  );
};

export const comparePageRoute = (api: PageApi) =>
  page('compare', async (c: Context) => {
    const url = new URL(c.req.url);
    const lang = single(c, 'lang');
    const ul = uiLang(lang);
    const t = ui(ul);
    const format = exportFormat(c);
    const given = entries(c, t);
    const resolved = await Promise.all(given.map((e) => resolveEntry(api, e, lang)));
    const provisions = resolved.flatMap((r) => (r.ok ? [r.provision] : []));
    const failed = resolved.flatMap((r) => (r.ok ? [] : [r]));

    if (format) {
      return exportResponse(
        {
          name: `compare-${provisions.map((p) => p.id).join('-') || 'none'}`,
          title: `Comparison: ${provisions.map((p) => p.short_citation).join(' / ')}`,
          notes: failed.map((f) => `Not found: ${f.entry} (${f.detail})`),
          rows: provisions.map((p) => provisionRow(p, url.origin)),
          json: { provisions, not_found: failed.map((f) => ({ entry: f.entry, detail: f.detail })) },
        },
        format,
      );
    }

    const chart: ChartRow[] = provisions.flatMap((p) => {
      const variants = (p.penalties ?? []).flatMap((penalty) => penalty.variants);
      return variants.map((variant, i) => ({ ...(variants.length > 1 ? variantLabel(p, variant.applies_to, i, t) : { citation: p.short_citation }), variant, textLang: p.lang }));
    });
    const offences = provisions.filter((p) => p.type === 'offence').length;
    const ids = [...new Set(provisions.map((p) => p.id))];
    const comparison = ids.length >= 2 ? await api.get('/v1/compare', CompareAnswer, { ids: ids.join(','), lang }) : undefined;

    return render(
      c,
      <Layout title={t.compareTitle} section="compare" analysis={provisions.length > 1} lang={ul} url={url}>
        <h1>{t.compareHeading}</h1>
        {failed.map((f) => (
          <Notice kind="error">
            <strong>{f.entry}</strong>: <span lang="en">{f.detail}</span>
          </Notice>
        ))}
        {provisions.length < 2 ? (
          <p>{t.chooseTwo}</p>
        ) : (
          <>
            <p class="meta legend">
              <mark class="only">{t.markedWords}</mark> {provisions.length > 2 ? t.markedLegendFirst : t.markedLegendOther}
            </p>
            {ul === 'ms' && provisions.some((p) => p.lang === 'en') ? <p class="meta">{t.englishQuotes}</p> : null}
            <div class="compare">
              {provisions.map((p, i) => {
                const other = provisions[i === 0 ? 1 : 0]!;
                return (
                  <section aria-labelledby={`cmp-title-${i}`}>
                    <h2 id={`cmp-title-${i}`}>
                      <a href={provisionPath(p.id, p.lang)} lang="en">
                        {p.short_citation}
                      </a>{' '}
                      <span lang={p.lang} class="verbatim">{provisionTitle(p)}</span>
                    </h2>
                    <p class="meta">
                      <span lang={p.lang}>{p.act_title}</span> · {langLabel(p.lang, t)} · {typeLabel(p.type, t)}
                    </p>
                    <MarkedText p={p} other={other} />
                    <CitationBox citation={p.citation} shortCitation={p.short_citation} permalink={url.origin + provisionPath(p.id, p.lang)} idPrefix={`cmp${i}`} lang={ul} textLang={p.lang} />
                  </section>
                );
              })}
            </div>
            <h2>{t.penalties}</h2>
            <AnalysisLabel lang={ul} />
            {chart.length ? (
              <div>
                <PenaltyChart rows={chart} lang={ul} />
                <PenaltyTable rows={chart} lang={ul} />
              </div>
            ) : (
              <p class="meta">{offences ? t.penaltiesOtherLang : t.noPenalty}</p>
            )}
            {comparison?.ok ? (
              <>
                <Analysis comparison={comparison.body} lang={ul} />
                <h2>{t.elements}</h2>
                <ElementsMatrix comparison={comparison.body} provisions={provisions} lang={ul} />
              </>
            ) : comparison ? (
              <Notice kind="error">
                <span lang="en">{comparison.problem.detail}</span>
              </Notice>
            ) : null}
            <ExportLinks url={url} lang={ul} />
          </>
        )}
        <Picker given={given} lang={ul} />
      </Layout>,
    );
  });
