/**
 * Penalties as people read them: a one-line summary per variant and a chart of imprisonment
 * ranges drawn on the server as SVG (with the same figures in a table for screen readers and
 * print). The figures are the analysis step's normalisation; the verbatim clause is shown too.
 */
import type { Penalty, PenaltyVariant } from '../../schema/penalty.js';

const ringgit = (n: number) => `RM ${n.toLocaleString('en-GB')}`;
const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

function range(min: number | undefined, max: number | undefined, unit: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return `${unit(min)} to ${unit(max)}`;
  if (max !== undefined) return `up to ${unit(max)}`;
  if (min !== undefined) return `at least ${unit(min)}`;
  return '(no amount stated)';
}

/** "imprisonment 3 years to 20 years (mandatory); fine up to RM 500,000; whipping". */
export function describeVariant(v: PenaltyVariant): string {
  const parts: string[] = [];
  if (v.death) parts.push('death');
  if (v.imprisonment) {
    const i = v.imprisonment;
    const term = i.life ? (i.min_years !== undefined ? `${years(i.min_years)} to life` : 'life') : range(i.min_years, i.max_years, years);
    parts.push(`imprisonment ${term}${i.mandatory ? ' (mandatory)' : ''}`);
  }
  if (v.fine) parts.push(`fine ${range(v.fine.min_ringgit, v.fine.max_ringgit, ringgit)}${v.fine.mandatory ? ' (mandatory)' : ''}`);
  if (v.whipping) parts.push(`whipping${v.whipping.max_strokes ? ` up to ${v.whipping.max_strokes} strokes` : ''}`);
  if (v.forfeiture) parts.push('forfeiture of profits');
  if (v.other) parts.push(v.other);
  return parts.join(v.either_or_both ? '; or ' : '; ') + (v.either_or_both ? ' (or both)' : '');
}

export const PenaltySummary = ({ penalty }: { penalty: Penalty }) => (
  <>
    <ul>
      {penalty.variants.map((v) => (
        <li>
          {v.applies_to ? <q>{v.applies_to}</q> : null} {describeVariant(v)}
        </li>
      ))}
    </ul>
    <p>
      Penalty words: <q class="verbatim">{penalty.clause}</q>
      {penalty.basis === 'general' && penalty.general_penalty ? (
        <>
          {' '}
          (general penalty: <a href={`/provisions/${penalty.general_penalty}`}>{penalty.general_penalty}</a>)
        </>
      ) : null}
    </p>
  </>
);

export interface ChartRow {
  label: string;
  variant: PenaltyVariant;
}

const ROW = 34;
const LABEL_W = 210;
const BAR_W = 380;
const NOTE_W = 190;

/** Imprisonment ranges on one scale, one bar per provision (and variant). */
export const PenaltyChart = ({ rows }: { rows: readonly ChartRow[] }) => {
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
        <title id="penalty-chart-title">Imprisonment ranges in years, with fines and whipping noted</title>
        {ticks.map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={10} y2={height - 24} stroke="#c9ced6" />
            <text x={x(t)} y={height - 8} font-size="12" text-anchor="middle" fill="#4a4a4a">
              {`${t} y`}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = 14 + i * ROW;
          const im = r.variant.imprisonment;
          const from = im?.min_years ?? 0;
          const to = im?.life ? lifeAt : (im?.max_years ?? from);
          const notes = [r.variant.death ? 'death' : '', r.variant.fine ? 'fine' : '', r.variant.whipping ? 'whipping' : '', im?.life ? 'life' : '']
            .filter(Boolean)
            .join(' + ');
          return (
            <g>
              <text x={LABEL_W - 8} y={y + 15} font-size="13" text-anchor="end" fill="#1b1b1b">
                {r.label}
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
                {im ? `${im.min_years ?? 0}–${im.life ? 'life' : (im.max_years ?? '?')} y` : 'no imprisonment'}
                {notes ? ` · ${notes}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Dark bars: a minimum term is fixed; light bars: no minimum. Figures are normalised from each penalty clause
        (analysis).
      </figcaption>
    </figure>
  );
};

export const PenaltyTable = ({ rows }: { rows: readonly ChartRow[] }) => (
  <div class="table-wrap">
    <table>
      <caption class="visually-hidden">Penalties compared</caption>
      <thead>
        <tr>
          <th scope="col">Provision</th>
          <th scope="col">Penalty (normalised)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            <td>
              {r.variant.applies_to ? <q>{r.variant.applies_to}</q> : null} {describeVariant(r.variant)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
