/** The results page says what the search did with the words (issue 14), on the real engine. */
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { fetchPage, words } from './helpers.js';

const app = testApp();

describe('results page: what the search understood', () => {
  it('names the thesaurus expansion used, in one line', async () => {
    const { status, document } = await fetchPage(app, '/search?q=fake+passport');
    expect(status).toBe(200);
    const note = words(document.querySelector('.understanding'));
    expect(note).toMatch(/^Search also searched for “fraudulent travel or identity document”.* \(for “fake passport”\)/);
  });

  it('says an age was read as an age, and marks the offences the facts match', async () => {
    const { status, document } = await fetchPage(app, '/search?q=girl+of+15+brought+into+Malaysia+for+prostitution');
    expect(status).toBe(200);
    const note = words(document.querySelector('.understanding'));
    expect(note).toContain('15 read as an age, not a section number');
    expect(note).toContain('read as facts');
    expect(words(document.querySelector('ol.hits'))).toContain('offence matching the facts (analysis)');
  });

  it('says how a misspelt word was read', async () => {
    const { status, document } = await fetchPage(app, '/search?q=pornograpy');
    expect(status).toBe(200);
    const note = words(document.querySelector('.understanding'));
    expect(note).toMatch(/^Search read “pornograpy” as “pornography”; also searched for “child sexual abuse material”/);
  });

  it('has no note when nothing was done with the words', async () => {
    const { document } = await fetchPage(app, '/search?q=tipping-off');
    expect(document.querySelector('.understanding')).toBeNull();
  });
});
