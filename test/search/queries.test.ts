/**
 * Relevance on the real corpus: queries a prosecutor, researcher or NGO worker would type,
 * each written from the words of the provision it should find, and where that provision must rank.
 */
import { describe, expect, it } from 'vitest';
import { get, testApp } from '../helpers/app.js';

const app = testApp();

interface Case {
  q: string;
  params?: string;
  expect: string;
  /** The expected provision must be within the first `top` hits. */
  top: number;
}

const CASES: Case[] = [
  // ATIPSOM, English: headings and the words of the sections.
  { q: 'trafficking in children', expect: 'atipsom-s14', top: 1 },
  { q: 'profiting from exploitation of a trafficked person', expect: 'atipsom-s15', top: 1 },
  { q: 'consent of trafficked person irrelevant', expect: 'atipsom-s16', top: 1 },
  { q: 'past sexual behaviour', expect: 'atipsom-s17', top: 1 },
  { q: 'harbouring', params: '&act=atipsom', expect: 'atipsom-s22', top: 1 },
  { q: 'immunity from criminal prosecution', expect: 'atipsom-s25', top: 1 },
  { q: 'tipping-off', expect: 'atipsom-s40', top: 1 },
  { q: 'place of refuge', params: '&act=atipsom', expect: 'atipsom-s42', top: 3 },
  { q: 'owner operator master of conveyance', expect: 'atipsom-s23', top: 3 },
  // The 2021 amendment moved the means into the definition of trafficking in persons.
  { q: 'abuse of the position of vulnerability', expect: 'atipsom-s2-trafficking-in-persons', top: 3 },
  { q: 'aggravated offence of trafficking', expect: 'atipsom-s13', top: 1 },
  { q: 'removal of human organs', expect: 'atipsom-s2-exploitation', top: 3 },
  { q: 'exploitation', params: '&kind=definition', expect: 'atipsom-s2-exploitation', top: 1 },
  // ATIPSOM, Malay.
  { q: 'pemerdagangan kanak-kanak', params: '&lang=ms', expect: 'atipsom-s14', top: 3 },
  { q: 'kekebalan daripada pendakwaan', params: '&lang=ms', expect: 'atipsom-s25', top: 1 },
  { q: 'eksploitasi', params: '&lang=ms&kind=definition', expect: 'atipsom-s2-eksploitasi', top: 1 },
  // Child Act.
  { q: 'children used for begging', expect: 'child-act-s32', top: 3 },
  { q: 'ill-treatment neglect abandonment exposure', expect: 'child-act-s31', top: 1 },
  { q: 'transfer custody of child for valuable consideration', expect: 'child-act-s48', top: 3 },
  // A defined term ranks first, then the sections about it.
  { q: 'Henry Gurney School', expect: 'child-act-s2-henry-gurney-school', top: 1 },
  { q: 'importation of child by false pretences', expect: 'child-act-s49', top: 1 },
  // SOCA and ECWA.
  { q: 'child grooming', expect: 'soca-s12', top: 1 },
  { q: 'physical sexual assault', expect: 'soca-s14', top: 1 },
  { q: 'sexually communicates with a child', expect: 'soca-s11', top: 1 },
  { q: 'evidence by live link', expect: 'ecwa-s5', top: 1 },
  { q: 'child witness examined through an intermediary', expect: 'ecwa-s8', top: 3 },
  // Abbreviations and synonyms resolve to the Act.
  { q: 'MAPO harbouring', expect: 'atipsom-s22', top: 3 },
  // Typos in words are forgiven.
  { q: 'harbourng', params: '&act=atipsom', expect: 'atipsom-s22', top: 3 },
];

describe('search finds the provision a person means', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES)('$q [$params] → $expect in top $top', (c) => findsIn(c));



  const findsIn = async ({ q, params, expect: id, top }: Case) => {
    const { status, body } = await get(app, `/v1/search?q=${encodeURIComponent(q)}${params ?? ''}&limit=10`);
    expect(status).toBe(200);
    const ids = body.hits.map((h: { id: string }) => h.id);
    expect(ids.slice(0, top), `hits: ${ids.join(', ')}`).toContain(id);
  };
  // KNOWN GAP (issue 14): the reprint adds s 73A and s 74-75, whose headings say "Henry Gurney School"; s 73 (heading
  // "Henry Gurney Schools", the section establishing them) ties with them on words and attributes, and the plural is a
  // one-typo match of "School" (there is no prefix search), so it ranks 4th (a school/schools synonym does not change that).
  it.fails('Henry Gurney School [&kind=section] → child-act-s73 in top 3', () =>
    findsIn({ q: 'Henry Gurney School', params: '&kind=section', expect: 'child-act-s73', top: 3 }));
  // The SOCA reprint says "child sexual abuse material", not "pornography": a misspelt "pornograhpy" is read as the
  // thesaurus's "pornography", which expands to the statute's term.
  it('pornograhpy [&act=soca] → soca-s4 in top 5', () =>
    findsIn({ q: 'pornograhpy', params: '&act=soca', expect: 'soca-s4', top: 5 }));

  it('agent provocateur finds both Acts that admit such evidence', async () => {
    const { body } = await get(app, '/v1/search?q=agent%20provocateur&limit=5');
    const ids = body.hits.map((h: { id: string }) => h.id);
    expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(['atipsom-s59', 'soca-s22']));
  });
});

describe('a query that is a citation ranks its provision first', () => {
  it.each([
    ['ATIPSOM s 14', 'atipsom-s14'],
    ['section 41 of Act 670', 'atipsom-s41'],
    ['Child Act s 48', 'child-act-s48'],
    ['SOCA 2017 s 13', 'soca-s13'],
    ['s 2 ATIPSOM "exploitation"', 'atipsom-s2-exploitation'],
  ])('%s → %s', async (q, id) => {
    const { body } = await get(app, `/v1/search?q=${encodeURIComponent(q)}`);
    expect(body.hits[0].id).toBe(id);
    expect(body.citation).not.toBeNull();
    // The provision appears once, not again further down.
    expect(body.hits.filter((h: { id: string }) => h.id === id)).toHaveLength(1);
  });

  it('respects the filters: a cited provision outside them is not forced in', async () => {
    const { body } = await get(app, `/v1/search?q=${encodeURIComponent('ATIPSOM s 14')}&act=soca`);
    expect(body.hits.every((h: { act: string }) => h.act === 'soca')).toBe(true);
  });
});
