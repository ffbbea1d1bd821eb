/**
 * Facts → charges, for prosecutors: /match. A form for the facts as people describe them (victim
 * age, disability, migrant status, employment; conduct, means such as a withheld passport or a
 * debt, purpose, place, aggravating circumstances) in the fact vocabulary (src/facts.ts); the
 * form's parameters go to GET /v1/match as they are, so the API validates them and its answer is
 * shown: charges across Acts, ranked, with the elements met (with the statutory words), those still
 * to prove, the penalty and the alternatives; offences the facts rule out; ways of charging.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { MatchAnswer } from '../../api/analysis-schemas.js';
import { elementLabel } from '../../schema/elements.js';
import { FACT_VOCABULARY, factOf, type Bilingual } from '../../schema/facts.js';
import { FACT_FIELDS, MIGRANT_STATUSES, type FactField, type Facts, type MigrantStatus } from '../../schema/match.js';
import type { PageApi } from '../client/api.js';
import { AnalysisLabel, ExportLinks, Notice, render } from '../components/common.js';
import { PenaltySummary } from '../components/penalty.js';
import { getProvisions } from '../client/data.js';
import { exportResponse, provisionRow } from '../components/export.js';
import { BadPageRequest, exportFormat, fromProblem, page, single } from './handler.js';
import { categoryLabel, ui, uiLang, withUiLang, type UiStrings } from '../components/i18n.js';
import type { Lang } from '../../schema/provision.js';
import { Layout } from '../components/layout.js';
import { provisionPath } from '../client/urls.js';

/** The form's choices: the fact vocabulary /v1/match validates against (src/schema/facts.ts), with its labels in both languages. */
export const FACT_CHOICES = Object.fromEntries(FACT_FIELDS.map((f) => [f, FACT_VOCABULARY[f].map((x) => [x.code, x.label] as const)])) as unknown as Record<FactField, readonly (readonly [string, Bilingual])[]>;
const FIELDS = FACT_FIELDS;
const FIELD_TITLES: Record<FactField, keyof UiStrings> = {
  conduct: 'fieldConduct',
  means: 'fieldMeans',
  purpose: 'fieldPurpose',
  place: 'fieldPlace',
  circumstances: 'fieldCircumstances',
};
const MIGRANT_LABELS: Record<MigrantStatus, keyof UiStrings> = {
  'citizen-or-resident': 'citizen',
  'foreign-national': 'foreignNational',
  'smuggled-migrant': 'smuggledMigrant',
};

/** The facts the form asks for; with `lang`, its parameters, passed to GET /v1/match as they are: the API reads and validates them. */
const FACT_PARAMS = ['victim_age', 'victim_disabled', 'migrant_status', 'victim_employee', ...FIELDS] as const;
const FORM_PARAMS = [...FACT_PARAMS, 'lang'] as const;

/** The form's answers, once it was sent or a fact is given (`lang` alone is the page's language, no answer). */
function formQuery(c: Context): Record<string, string[]> | undefined {
  const q = c.req.queries();
  if (!q.submitted && !FACT_PARAMS.some((f) => q[f]?.some((v) => v.trim() !== ''))) return undefined;
  return Object.fromEntries(FORM_PARAMS.flatMap((f) => (q[f] ? [[f, q[f].filter((v) => v.trim() !== '')]] : [])));
}

type Answer = z.infer<typeof MatchAnswer>;

/** What the person gave, as far as it reads, so that a refused form comes back as they filled it. */
function keptFacts(q: Record<string, string[]> | undefined): Facts | undefined {
  if (!q) return undefined;
  const age = Number(q.victim_age?.[0]);
  const status = q.migrant_status?.[0];
  const disabled = q.victim_disabled?.[0];
  const codes = (field: FactField) => (q[field] ?? []).filter((code) => FACT_CHOICES[field].some(([c]) => c === code));
  return {
    ...(Number.isInteger(age) && age >= 0 && age <= 130 ? { victim_age: age } : {}),
    ...(MIGRANT_STATUSES.some((s) => s === status) ? { migrant_status: status as MigrantStatus } : {}),
    ...(disabled === 'true' || disabled === 'false' ? { victim_disabled: disabled === 'true' } : {}),
    conduct: codes('conduct'),
    means: codes('means'),
    place: codes('place'),
    purpose: codes('purpose'),
    circumstances: codes('circumstances'),
    lang: 'en',
  };
}

/** A yes / no / unknown question about the victim, as radio buttons keeping the answer given. */
const YesNoUnknown = ({ name, question, value, t }: { name: 'victim_disabled' | 'victim_employee'; question: string; value: boolean | undefined; t: UiStrings }) => (
  <p class="choices" role="radiogroup" aria-labelledby={`${name}-label`}>
    <span id={`${name}-label`} style="font-weight:600">
      {question}
    </span>
    {(
      [
        ['', t.unknown, undefined],
        ['true', t.yes, true],
        ['false', t.no, false],
      ] as const
    ).map(([v, label, flag]) => (
      <label>
        <input type="radio" name={name} value={v} checked={value === flag} /> {label}
      </label>
    ))}
  </p>
);

/** The fact vocabulary's labels in the interface language. */
const FactsForm = ({ facts, lang }: { facts: Facts | undefined; lang: Lang }) => {
  const t = ui(lang);
  return (
    <form action="/match" method="get" class="no-print">
      <input type="hidden" name="submitted" value="1" />
      {lang === 'ms' ? <input type="hidden" name="lang" value="ms" /> : null}
      <fieldset>
        <legend>{t.theVictim}</legend>
        <p>
          <label for="victim_age">{t.ageLabel}</label>
          <input type="number" id="victim_age" name="victim_age" min={0} max={130} value={facts?.victim_age?.toString() ?? ''} style="max-width:8rem" />
        </p>
        <p class="choices" role="radiogroup" aria-labelledby="migrant-label">
          <span id="migrant-label" style="font-weight:600">
            {t.migrantStatus}
          </span>
          {([['', t.unknown], ...MIGRANT_STATUSES.map((s) => [s, t[MIGRANT_LABELS[s]]])] as const).map(([value, label]) => (
            <label>
              <input type="radio" name="migrant_status" value={value} checked={(facts?.migrant_status ?? '') === value} /> {label}
            </label>
          ))}
        </p>
        <YesNoUnknown name="victim_disabled" question={t.disabledQuestion} value={facts?.victim_disabled} t={t} />
        <YesNoUnknown name="victim_employee" question={t.employeeQuestion} value={facts?.victim_employee} t={t} />
      </fieldset>
      {FIELDS.map((field) => (
        <fieldset class="choices">
          <legend>{t[FIELD_TITLES[field]]}</legend>
          {FACT_CHOICES[field].map(([code, label]) => (
            <label>
              <input type="checkbox" name={field} value={code} checked={facts?.[field].includes(code) ?? false} /> {label[lang]}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit">{t.findProvisions}</button>
    </form>
  );
};

const yesNo = (flag: boolean | undefined, t: UiStrings) => (flag === undefined ? t.unknownLower : flag ? t.yesLower : t.noLower);

const FactsSummary = ({ facts, lang }: { facts: Facts; lang: Lang }) => {
  const t = ui(lang);
  return (
    <ul>
      <li>
        {t.victimAge}: {facts.victim_age ?? t.unknownLower}
      </li>
      <li>
        {t.migrantStatus}: {facts.migrant_status ? t[MIGRANT_LABELS[facts.migrant_status]] : t.unknownLower}
      </li>
      <li>
        {t.unableToProtect}: {yesNo(facts.victim_disabled, t)}
      </li>
      <li>
        {t.workedForSuspect}: {yesNo(facts.victim_employee, t)}
      </li>
      {FIELDS.map((f) => (
        <li>
          {t[FIELD_TITLES[f]]}: {facts[f].length ? facts[f].map((code) => factOf(f, code)?.label[lang] ?? code).join('; ') : t.noneGiven}
        </li>
      ))}
    </ul>
  );
};

type Check = Answer['offences'][number]['matched'][number];

/** One element: its category, and the options (labels with the statutory words) that meet it or would. */
const CheckItem = ({ check, only, lang, textLang }: { check: Check; only?: readonly string[]; lang: Lang; textLang: string }) => {
  const t = ui(lang);
  return (
    <li>
      <strong>{categoryLabel(check.category, t)}</strong>:{' '}
      {check.options
        .filter((o) => !only || only.includes(o.code))
        .map((o, i) => (
          <>
            {i ? ` ${t.orWord} ` : ''}
            {elementLabel(check.category, o.code, lang)} (<q lang={textLang}>{o.words}</q>)
          </>
        ))}
    </li>
  );
};

const Checks = ({ title, checks, cls, matched, lang, textLang }: { title: string; checks: readonly Check[]; cls: string; matched?: boolean; lang: Lang; textLang: string }) =>
  checks.length ? (
    <div class={cls}>
      <p>{title}</p>
      <ul>
        {checks.map((check) => (
          <CheckItem check={check} only={matched ? check.matched : undefined} lang={lang} textLang={textLang} />
        ))}
      </ul>
    </div>
  ) : null;

const cited = (answer: Answer, id: string) => answer.offences.find((m) => m.id === id)?.short_citation ?? id;

/** Statutory words quoted keep the language of the offence they come from; our words (labels, why, how, warnings) are in the interface language. */
const Results = ({ answer, lang }: { answer: Answer; lang: Lang }) => {
  const t = ui(lang);
  const link = (id: string, textLang?: string) => withUiLang(provisionPath(id, textLang), lang);
  return (
    <>
      {answer.offences.length ? (
        <ol class="hits">
          {answer.offences.map((m) => (
            <li id={`match-${m.id}`}>
              <div class="hit-title">
                <a href={provisionPath(m.id, m.lang)} lang="en">
                  {m.short_citation}
                </a>{' '}
                — <span lang={m.lang} class="verbatim">{m.heading}</span>
                <span class="count">
                  {' '}
                  ({Math.round(m.score * 100)}% {t.requiredMet})
                </span>
              </div>
              <Checks title={t.metByFacts} checks={m.matched} cls="met" matched lang={lang} textLang={m.lang} />
              <Checks title={t.stillToProve} checks={m.to_prove} cls="to-prove" lang={lang} textLang={m.lang} />
              <Checks title={t.notRequiredByText} checks={m.not_required} cls="not-required" lang={lang} textLang={m.lang} />
              {m.state_of_mind.length ? (
                <p class="to-prove">
                  {t.stateOfMind}{' '}
                  {m.state_of_mind
                    .flatMap((s) => s.options)
                    .map((o, i) => (
                      <>
                        {i ? ` ${t.orWord} ` : ''}
                        <q lang={m.lang}>{o.words}</q>
                      </>
                    ))}
                </p>
              ) : null}
              {m.penalties.map((p) => (
                <PenaltySummary penalty={p} lang={lang} textLang={m.lang} />
              ))}
              {m.alternatives.length ? (
                <p>
                  {t.alternatives} <span lang="en">{m.alternatives.map((id) => cited(answer, id)).join('; ')}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.noOffenceMet}</p>
      )}
      {answer.pointers.length ? (
        <section aria-label={t.alsoConsider}>
          <h3>{t.alsoConsider}</h3>
          <ul>
            {answer.pointers.map((p) => (
              <li>
                <a href={link(p.id)}>
                  <code>{p.id}</code>
                </a>
                :{' '}
                {lang === 'ms' ? p.why_ms : p.why} {p.warning ? <strong>{lang === 'ms' ? p.warning_ms : p.warning}</strong> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {answer.ruled_out.length ? (
        <section aria-label={t.ruledOut}>
          <h3>{t.ruledOut}</h3>
          <ul class="contradicted">
            {answer.ruled_out.map((r) => (
              <li>
                <a href={provisionPath(r.id, r.lang)} lang="en">
                  {r.short_citation}
                </a>
                :{' '}
                {r.contradicted
                  .flatMap((c) => c.options)
                  .map((o, i) => (
                    <>
                      {i ? '; ' : ''}
                      <q lang={r.lang}>{o.words}</q>
                    </>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {answer.ways_of_charging.length ? (
        <section aria-label={t.waysOfCharging}>
          <h3>{t.waysOfCharging}</h3>
          <ul>
            {answer.ways_of_charging.map((w) => (
              <li>
                <a href={link(w.id)}>
                  <code>{w.id}</code>
                </a>
                : {lang === 'ms' ? w.how_ms : w.how}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};

const checkText = (checks: readonly Check[]) => checks.map((c) => `${categoryLabel(c.category, ui('en'))}: ${(c.matched.length ? c.matched : c.options.map((o) => o.code)).join(' or ')}`).join('; ');

export const matchPageRoute = (api: PageApi) =>
  page('match', async (c: Context) => {
    const url = new URL(c.req.url);
    const format = exportFormat(c);
    const ul = uiLang(single(c, 'lang'));
    const t = ui(ul);
    const query = formQuery(c);
    const answer = query ? await api.get('/v1/match', MatchAnswer, query) : undefined;
    // A refused form comes back filled in, with the API's reasons above it (not a bare error page).
    const refused = answer && !answer.ok && answer.problem.status === 400 && !format ? answer.problem : undefined;
    if (answer && !answer.ok && !refused) throw fromProblem(answer.problem, t.factsUnread);
    const result = answer?.ok ? answer.body : undefined;

    if (format) {
      if (!result) throw new BadPageRequest(400, 'No facts to export', 'Fill in the facts form first, then export the results.');
      return exportResponse(
        {
          name: 'facts-match',
          title: 'Facts → provisions',
          notes: ['Analysis, not legal advice.'],
          rows: (await getProvisions(api, result.offences.map((m) => ({ id: m.id, lang: m.lang })))).map((p) => {
            const m = result.offences.find((x) => x.id === p.id)!;
            return provisionRow(p, url.origin, { score: String(m.score), met: checkText(m.matched), to_prove: checkText(m.to_prove), alternatives: m.alternatives.join(' ') });
          }),
          json: result,
        },
        format,
      );
    }

    return render(
      c,
      <Layout title={t.matchTitle} section="match" analysis lang={ul} url={url}>
        <h1>{t.matchHeading}</h1>
        <p class="lede">{t.matchLede}</p>
        <AnalysisLabel lang={ul} />
        {result ? (
          <section aria-labelledby="results-h">
            <h2 id="results-h">{t.results}</h2>
            <h3>{t.yourFacts}</h3>
            <FactsSummary facts={result.facts} lang={ul} />
            {ul === 'ms' && result.offences.some((m) => m.lang === 'en') ? <p class="meta">{t.englishQuotes}</p> : null}
            <Results answer={result} lang={ul} />
            <ExportLinks url={url} lang={ul} />
          </section>
        ) : null}
        <h2>{t.theFacts}</h2>
        {refused ? (
          <Notice kind="error">
            <p lang="en">{refused.detail}</p>
            <ul lang="en">
              {(refused.errors ?? []).map((e) => (
                <li>{e.message}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <FactsForm facts={result?.facts ?? keptFacts(query)} lang={ul} />
      </Layout>,
      refused ? 400 : 200,
    );
  });
