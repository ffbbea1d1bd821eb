import { beforeAll, describe, expect, it } from 'vitest';
import { readThesaurus } from '../../scripts/pipeline/corpus/thesaurus.js';
import { correctSpelling, typoDistance, type Thesaurus } from '../../src/search/thesaurus.js';
import { readAct, readAges, understandQuery, withoutDefinitionCue, withoutPhraseArticles, wordsFirst } from '../../src/search/understand.js';

let t: Thesaurus;
beforeAll(() => {
  t = readThesaurus();
});

describe('ages are not section numbers', () => {
  it.each([
    ['girl of 15 brought into Malaysia for prostitution', 15, 'girl of brought into Malaysia for prostitution'],
    ['budak 15 tahun dibawa ke Malaysia untuk pelacuran', 15, 'budak tahun dibawa ke Malaysia untuk pelacuran'],
    ['13 year old child working in a factory at night', 13, 'year old child working in a factory at night'],
    ['a 12-year-old boy', 12, 'a -year-old boy'],
    ['boy aged 16 doing hazardous work', 16, 'boy aged doing hazardous work'],
    ['kanak-kanak berumur 9 dijual', 9, 'kanak-kanak berumur dijual'],
    ['girl under 16 had sex', 16, 'girl under had sex'],
  ])('%s → age %i', (q, age, text) => {
    expect(readAges(q)).toEqual({ ages: [age], text });
  });
  it('takes an age bound out of the text without reading it as the victim’s age', () => {
    expect(readAges('suspect claims he thought the girl was over 18')).toEqual({ ages: [], text: 'suspect claims he thought the girl was over' });
  });
  it('leaves section numbers alone', () => {
    expect(readAges('section 15 of Act 670')).toEqual({ ages: [], text: 'section 15 of Act 670' });
    expect(readAges('ATIPSOM s 14')).toEqual({ ages: [], text: 'ATIPSOM s 14' });
  });
});

describe('an Act named in the query', () => {
  it('filters to that Act and leaves the other words', () => {
    expect(readAct('penal code kidnapping')).toEqual({ slug: 'penal-code', words: 'penal code', text: 'kidnapping' });
    expect(readAct('harbouring under ATIPSOM')).toEqual({ slug: 'atipsom', words: 'atipsom', text: 'harbouring under' });
    expect(readAct('Akta Kanak-Kanak mengemis')?.slug).toBe('child-act');
  });
  it('is not read from a query that is only the name, nor from part of a word', () => {
    expect(readAct('Penal Code')).toBeUndefined();
    expect(readAct('socages')).toBeUndefined();
    expect(readAct('kidnapping')).toBeUndefined();
  });
});

describe('a query that reads as facts', () => {
  it('yields the facts the matcher takes', () => {
    const u = understandQuery('girl of 15 brought into Malaysia for prostitution', t);
    expect(u.ages).toEqual([15]);
    expect(u.facts?.input).toMatchObject({ victim_age: 15, conduct: expect.arrayContaining(['bring-into-country']), purpose: ['sexual-exploitation'] });
    const ms = understandQuery('majikan menahan pasport pekerja dan tidak membayar gaji', t, { lang: 'ms' });
    expect(ms.facts?.input).toMatchObject({ conduct: ['maintain'], lang: 'ms' });
  });
  it('reads a child named without an age as the victim, an age deciding when given', () => {
    expect(understandQuery('parents sold their baby for money', t).facts?.input).toMatchObject({ victim_child: true, conduct: ['transfer'] });
    expect(understandQuery('girl of 15 brought into Malaysia for prostitution', t).facts?.input.victim_child).toBeUndefined();
  });
  it('reads the facts vocabulary’s means and places: confinement, a withheld passport, unpaid wages, a brothel', () => {
    const u = understandQuery('employer locked the worker in a room, kept her passport and did not pay wages', t);
    expect(u.facts?.input.means).toEqual(expect.arrayContaining(['confined', 'withheld-documents', 'unpaid-wages']));
    expect(understandQuery('girl kept in a brothel against her will', t).facts?.input.place).toEqual(['brothel']);
  });
  it('reads a worker named as an employee victim, and a report not made as conduct', () => {
    expect(understandQuery('family employed a foreign maid and never informed the Director General', t).facts?.input).toMatchObject({ victim_employee: true, conduct: ['fail-to-inform'] });
    expect(understandQuery('mother beat her child with a belt leaving bruises', t).facts?.input.conduct).toEqual(['ill-treat']);
    expect(understandQuery('girl under 16 had sex with an adult man', t).facts?.input.conduct).toEqual(['sexual-intercourse']);
  });
  it('does not read a topic or a citation as facts', () => {
    expect(understandQuery('forced labour', t).facts).toBeUndefined();
    expect(understandQuery('child grooming', t).facts).toBeUndefined();
    expect(understandQuery('ATIPSOM s 14', t).facts).toBeUndefined();
    expect(understandQuery('place of refuge for trafficked persons', t).facts).toBeUndefined();
  });
  it('keeps the request’s own act filter over a name in the query', () => {
    expect(understandQuery('penal code kidnapping', t, { actFilter: true })).toEqual({ text: 'penal code kidnapping', ages: [], spelling: [] });
    expect(understandQuery('penal code kidnapping', t).act).toEqual({ slug: 'penal-code', words: 'penal code' });
  });
});

describe('misspelt thesaurus words', () => {
  it('counts typos as the engine does, a swap of neighbours being one', () => {
    expect(typoDistance('pornograhpy', 'pornography', 2)).toBe(1);
    expect(typoDistance('pornograpy', 'pornography', 2)).toBe(1);
    expect(typoDistance('trafficks', 'trafficked', 2)).toBe(2);
    expect(typoDistance('abc', 'xyzuvw', 2)).toBe(3);
  });
  it('reads a misspelt lay word as the word, and says so', () => {
    expect(correctSpelling(t, 'child pornograpy')).toEqual({
      text: 'child pornography',
      corrections: [{ words: 'pornograpy', terms: ['pornography'], kind: 'spelling' }],
    });
    expect(understandQuery('pornograhpy', t).text).toBe('pornography');
  });
  it('leaves words it knows, short words and words near several lay words alone', () => {
    expect(correctSpelling(t, 'trafficking in children').corrections).toEqual([]);
    expect(correctSpelling(t, 'deported reported sold').corrections).toEqual([]);
    expect(correctSpelling(t, 'section 14').text).toBe('section 14');
  });
});

describe('a long query is searched thesaurus words first', () => {
  it('puts what was done first, the people named next, other words longest first, function words last', () => {
    expect(wordsFirst(t, 'man showed a pornographic video to a child')).toBe('showed pornographic man child video a to a');
  });
  it('counts a short word of a thesaurus phrase ("video" of "video link", "never" of "never paid") as an other word', () => {
    expect(wordsFirst(t, 'family employed a foreign maid and never informed the Director General')?.startsWith('never')).toBe(false);
  });
  it('keeps a thesaurus phrase whole, so its synonyms still apply', () => {
    expect(wordsFirst(t, 'someone warned the suspect that the police were investigating him')?.startsWith('warned the suspect')).toBe(true);
  });
  it('puts a phrase of two meaningful words or more before single words, a phrase of mostly function words not', () => {
    expect(wordsFirst(t, 'counsellor knew a pupil was being sexually abused and told no one')?.startsWith('told no one')).toBe(true);
    expect(wordsFirst(t, 'children performing in shows for money without a licence')?.startsWith('for money')).toBe(false);
  });
  it('leaves short queries as typed', () => {
    expect(wordsFirst(t, 'forced labour')).toBeUndefined();
    expect(wordsFirst(t, 'company liable for trafficking offence')).toBeUndefined();
    expect(understandQuery('forced labour', t).ordered).toBeUndefined();
  });
});

describe('a query asking for a definition', () => {
  it('searches the defined term alone', () => {
    expect(withoutDefinitionCue('definition of exploitation')).toBe('exploitation');
    expect(withoutDefinitionCue('takrif eksploitasi')).toBe('eksploitasi');
    expect(withoutDefinitionCue('definition')).toBe('definition');
    expect(understandQuery('meaning of child', t).text).toBe('child');
  });
});

describe('an article inside a thesaurus phrase', () => {
  it('is dropped so the phrase is searched whole ("sale of a child" is the phrase "sale of child")', () => {
    expect(withoutPhraseArticles(t, 'sale of a child')).toBe('sale of child');
    expect(understandQuery('sale of a child', t).text).toBe('sale of child');
  });

  it('stays where no phrase spans it, and at either end of the query ("kept passport" is a phrase, "met friend" is not)', () => {
    expect(withoutPhraseArticles(t, 'the worker met a friend')).toBe('the worker met a friend');
    expect(withoutPhraseArticles(t, 'the employer kept a passport')).toBe('the employer kept passport');
    expect(withoutPhraseArticles(t, 'sale of a')).toBe('sale of a');
    expect(withoutPhraseArticles(t, 'a child')).toBe('a child');
  });
});
