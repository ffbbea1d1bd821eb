/** Topic pages: the vocabulary with counts, and one topic's provisions per Act. */
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/registry/topics.js';
import { get, testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();
const api = <T = any>(path: string) => get<T>(app, path).then((r) => r.body);

describe('topics', () => {
  it('lists every topic with its provisions per Act from /v1/topics, and answers 404 for an unknown one', async () => {
    const { document } = await fetchPage(app, '/topics');
    const links = [...document.querySelectorAll('.grid-topics a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(TOPICS.map((t) => `/topics/${t.slug}`));
    const { topics } = await api('/v1/topics');
    for (const t of topics) {
      const n = Object.values(t.provisions as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(words(document.querySelector(`#topic-${t.slug} .count`)), t.slug).toBe(`(${n})`);
    }
    expect(topics.find((t: { slug: string }) => t.slug === 'non-punishment').provisions.atipsom).toBeGreaterThan(0);
    expect((await fetchPage(app, '/topics/no-such-topic')).status).toBe(404);
  });

  it('a topic page lists the provisions the index tags with it, per Act', async () => {
    const answer = await api('/v1/search?q=&topic=non-punishment&lang=en&limit=100');
    const { document } = await fetchPage(app, '/topics/non-punishment');
    const listed = [...document.querySelectorAll('main section li a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(answer.hits.map((h: { id: string }) => `/provisions/${h.id}?lang=en`).sort());
    if (answer.total === 0) expect(words(document.querySelector('.notice:not(.analysis)'))).toContain('No provision in English is tagged');
  });
});
