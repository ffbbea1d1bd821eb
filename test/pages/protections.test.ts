/** Protections grouped by need, from /v1/protections. */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('protections', () => {
  it('protections are grouped by need from /v1/protections: each provision once, no offence or definition', async () => {
    const { document } = await fetchPage(app, '/protections');
    const { needs } = await api('/v1/protections');
    const titles = [...document.querySelectorAll('main section > h2')].map((h) => h.textContent);
    expect(titles).toEqual(needs.map((n: { title: string }) => n.title));
    for (const n of needs) {
      expect(document.querySelectorAll(`section[aria-labelledby="need-${n.key}"] section.printable-provision`).length, n.key).toBe(n.count);
      expect(words(document.querySelector(`a[href="#need-${n.key}"]`))).toContain(`(${n.count})`);
    }
  });
});
