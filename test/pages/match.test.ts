/** The facts form (/match): the fact vocabulary, answers kept, the charges /v1/match gives, a refused form kept with its reasons. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('facts form', () => {
  it('the facts form offers the fact vocabulary, keeps its answers, and lists the charges /v1/match gives', async () => {
    const query = 'victim_age=15&means=threat&means=withheld-documents&conduct=recruit&purpose=forced-labour&place=plantation';
    const { document } = await fetchPage(app, `/match?submitted=1&${query}`);
    expect(document.querySelector('input[name=means][value=withheld-documents]')?.hasAttribute('checked')).toBe(true);
    expect(document.querySelector('input[name=place][value=plantation]')?.hasAttribute('checked')).toBe(true);
    expect(document.querySelector('input[name=victim_age]')?.getAttribute('value')).toBe('15');
    expect(words(document.querySelector('#results-h + h3 + ul'))).toContain('Victim age: 15');
    const { FACT_VOCABULARY } = await import('../../src/schema/facts.js');
    for (const [field, facts] of Object.entries(FACT_VOCABULARY)) {
      const offered = [...document.querySelectorAll(`input[name=${field}]`)].map((i) => i.getAttribute('value'));
      expect(offered, field).toEqual(facts.map((f) => f.code));
    }
    const answer = await api(`/v1/match?${query}`);
    expect(answer.offences.length).toBeGreaterThan(0);
    const listed = [...document.querySelectorAll('#results-h ~ ol.hits > li')];
    expect(listed.map((li) => li.getAttribute('id'))).toEqual(answer.offences.map((m: { id: string }) => `match-${m.id}`));
    const first = answer.offences[0];
    expect(words(listed[0]!.querySelector('.hit-title a'))).toBe(first.short_citation);
    for (const c of first.matched) for (const code of c.matched) {
      const option = c.options.find((o: { code: string }) => o.code === code);
      expect(words(listed[0]!.querySelector('.met'))).toContain(option.words);
    }
    for (const c of first.to_prove) expect(words(listed[0]!.querySelector('.to-prove'))).toContain(c.options[0].words);

    const bad = await fetchPage(app, '/match?means=bribery&victim_age=-2');
    const problem = await api('/v1/match?means=bribery&victim_age=-2');
    expect(bad.status).toBe(400);
    expect(words(bad.document.querySelector('.notice.error'))).toContain(problem.detail);
  });

  it('comes back filled in, with the reasons, not a bare error page', async () => {
    const empty = await fetchPage(app, '/match?submitted=1');
    expect(empty.status).toBe(400);
    expect(empty.document.querySelector('form[action="/match"]')).not.toBeNull();
    expect(words(empty.document.querySelector('.notice.error'))).not.toBe('');
    const kept = await fetchPage(app, '/match?submitted=1&victim_age=15&means=threat&victim_disabled=maybe');
    expect(kept.status).toBe(400);
    expect(kept.document.querySelector('#victim_age')?.getAttribute('value')).toBe('15');
    expect(kept.document.querySelector('input[name=means][value=threat]')?.hasAttribute('checked')).toBe(true);
    expect(words(kept.document.querySelector('.notice.error'))).toContain('victim_disabled');
  });
});
