/**
 * Penalties as people read them: a one-line summary per variant and a chart of imprisonment
 * ranges drawn on the server as SVG (with the same figures in a table for screen readers and
 * print). The figures are the analysis step's normalisation; the verbatim clause is shown too.
 * The summary is ours, in the interface language (PENALTY_WORDS); the clause and the words a
 * variant quotes keep the language of the text they come from.
 */
import { PENALTY_WORDS, type Penalty, type PenaltyVariant } from '../../schema/penalty.js';
import type { Lang } from '../../schema/provision.js';
import { ui, uiLang } from './i18n.js';

const ringgit = (n: number) => `RM ${n.toLocaleString('en-GB')}`;

function range(min: number | undefined, max: number | undefined, unit: (n: number) => string, lang: Lang): string {
  const w = PENALTY_WORDS[lang];
  if (min !== undefined && max !== undefined) return w.between(unit(min), unit(max));
  if (max !== undefined) return w.upTo(unit(max));
  if (min !== undefined) return w.atLeast(unit(min));
  return w.noAmount;
}

/**
 * "imprisonment 3 years to 20 years (mandatory); fine up to RM 500,000; whipping" /
 * "pemenjaraan tidak kurang daripada 3 tahun tetapi tidak melebihi 20 tahun (wajib); denda ...".
 * `other` is verbatim words of the clause, so it is left out here and shown quoted by the callers.
 */
export function describeVariant(v: PenaltyVariant, lang: Lang = 'en'): string {
  const w = PENALTY_WORDS[lang];
  const parts: string[] = [];
  if (v.death) parts.push(w.death);
  if (v.imprisonment) {
    const i = v.imprisonment;
    const term = i.life ? (i.min_years !== undefined ? w.toLife(w.years(i.min_years)) : w.life) : range(i.min_years, i.max_years, w.years, lang);
    parts.push(`${w.imprisonment} ${term}${i.mandatory ? ` ${w.mandatory}` : ''}`);
  }
  if (v.fine) parts.push(`${w.fine} ${range(v.fine.min_ringgit, v.fine.max_ringgit, ringgit, lang)}${v.fine.mandatory ? ` ${w.mandatory}` : ''}`);
  if (v.whipping) parts.push(`${w.whipping}${v.whipping.max_strokes ? ` ${w.upTo(w.strokes(v.whipping.max_strokes))}` : ''}`);
  if (v.forfeiture) parts.push(w.forfeiture);
  return parts.join(v.either_or_both ? `; ${w.or} ` : '; ') + (v.either_or_both ? ` ${w.orBoth}` : '');
}

/** One variant: the words saying when it applies and any punishment stated only in words, quoted in their language, around our summary. */
const Variant = ({ v, lang, textLang }: { v: PenaltyVariant; lang: Lang; textLang: string }) => (
  <>
    {v.applies_to ? <q lang={textLang}>{v.applies_to}</q> : null} {describeVariant(v, lang)}
    {v.other ? (
      <>
        {describeVariant(v, lang) ? '; ' : ''}
        <q lang={textLang}>{v.other}</q>
      </>
    ) : null}
  </>
);

/** `lang`: the interface language; `textLang`: the provision's text language (the clause's, unless the penalty says otherwise). */
export const PenaltySummary = ({ penalty, lang, textLang }: { penalty: Penalty; lang: string | undefined; textLang: string }) => {
  const ul = uiLang(lang);
  const t = ui(ul);
  const clauseLang = penalty.clause_lang ?? textLang;
  return (
    <>
      <ul>
        {penalty.variants.map((v) => (
          <li>
            <Variant v={v} lang={ul} textLang={textLang} />
          </li>
        ))}
      </ul>
      <p>
        {t.penaltyWords} <q class="verbatim" lang={clauseLang}>{penalty.clause}</q>
        {clauseLang !== ul ? <span class="meta"> ({t.quotedIn} {clauseLang === 'ms' ? t.langMs : t.langEn})</span> : null}
        {penalty.basis === 'general' && penalty.general_penalty ? (
          <>
            {' '}
            ({t.generalPenalty} <a href={`/provisions/${penalty.general_penalty}`}>{penalty.general_penalty}</a>)
          </>
        ) : null}
      </p>
    </>
  );
};

export interface ChartRow {
  /** The provision (or its penalty limb) cited in the English citation form. */
  citation: string;
  /** "limb 2" where the limb has no label of its own, in the interface language. */
  limb?: string;
  variant: PenaltyVariant;
  /** The language of the provision's text (for the words a variant quotes). */
  textLang?: string;
}

/** A row's citation, marked as the English citation form it is, then its limb in the interface language. */
const RowLabel = ({ r, svg }: { r: ChartRow; svg?: boolean }) => (
  <>
    {svg ? <tspan lang="en">{r.citation}</tspan> : <span lang="en">{r.citation}</span>}
    {r.limb ? `, ${r.limb}` : ''}
  </>
);

const ROW = 34;
const LABEL_W = 210;
const BAR_W = 380;
const NOTE_W = 190;

/** Imprisonment ranges on one scale, one bar per provision (and variant). */
export const PenaltyChart = ({ rows, lang }: { rows: readonly ChartRow[]; lang?: string | undefined }) => {
  const ul = uiLang(lang);
  const t = ui(ul);
  const w = PENALTY_WORDS[ul];
  const maxYears = Math.max(10, ...rows.map((r) => r.variant.imprisonment?.max_years ?? r.variant.imprisonment?.min_years ?? 0));
  const lifeAt = maxYears * 1.1;
  const x = (y: number) => LABEL_W + (y / lifeAt) * BAR_W;
  const height = rows.length * ROW + 40;
  const ticks = [0, Math.round(maxYears / 2), maxYears];
  return (
    <figure>
      <svg
        class="chart"
        role="img"
        aria-labelledby="penalty-chart-title"
        viewBox={`0 0 ${LABEL_W + BAR_W + NOTE_W} ${height}`}
        width={LABEL_W + BAR_W + NOTE_W}
        height={height}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="penalty-chart-title">{t.chartTitle}</title>
        {ticks.map((tick) => (
          <g>
            <line x1={x(tick)} x2={x(tick)} y1={10} y2={height - 24} stroke="#c9ced6" />
            <text x={x(tick)} y={height - 8} font-size="12" text-anchor="middle" fill="#4a4a4a">
              {`${tick} ${w.yearsShort}`}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = 14 + i * ROW;
          const im = r.variant.imprisonment;
          const from = im?.min_years ?? 0;
          const to = im?.life ? lifeAt : (im?.max_years ?? from);
          const notes = [r.variant.death ? w.death : '', r.variant.fine ? w.fine : '', r.variant.whipping ? w.whipping : '', im?.life ? w.life : '']
            .filter(Boolean)
            .join(' + ');
          return (
            <g>
              <text x={LABEL_W - 8} y={y + 15} font-size="13" text-anchor="end" fill="#1b1b1b">
                <RowLabel r={r} svg />
              </text>
              {im ? (
                <rect
                  x={x(from)}
                  y={y + 3}
                  width={Math.max(3, x(to) - x(from))}
                  height={ROW - 12}
                  fill={im.min_years !== undefined ? '#12263f' : '#6b8fb8'}
                />
              ) : null}
              <text x={LABEL_W + BAR_W + 8} y={y + 15} font-size="12" fill="#1b1b1b">
                {im ? (im.life ? `${im.min_years ?? 0} ${w.yearsShort}–${w.life}` : `${im.min_years ?? 0}–${im.max_years ?? '?'} ${w.yearsShort}`) : w.noImprisonment}
                {notes ? ` · ${notes}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t.chartCaption}</figcaption>
    </figure>
  );
};

export const PenaltyTable = ({ rows, lang }: { rows: readonly ChartRow[]; lang?: string | undefined }) => {
  const ul = uiLang(lang);
  const t = ui(ul);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t.penaltiesCompared}</caption>
        <thead>
          <tr>
            <th scope="col">{t.provisionN}</th>
            <th scope="col">{t.penaltyNormalised}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <RowLabel r={r} />
              </th>
              <td>
                <Variant v={r.variant} lang={ul} textLang={r.textLang ?? 'en'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
