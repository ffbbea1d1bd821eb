/** The real corpus and annotations, analysed once per test file. */
import { loadAnnotations } from '../../../scripts/pipeline/analysis/annotations.js';
import { analyse, withText } from '../../../scripts/pipeline/analysis/index.js';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';

export const items = withText(await readCorpus());
export const history = withText(await readCorpus(undefined, 'history'));
export const annotations = await loadAnnotations();
export const analysis = analyse(items, annotations, history);

export const text = (id: string, lang = 'en'): string => {
  const p = items.find((x) => x.meta.id === id && x.meta.lang === lang);
  if (!p) throw new Error(`no ${id}_${lang} in the corpus`);
  return p.text;
};
export const of = (id: string, lang = 'en') => {
  const a = analysis.provisions.get(`${id}_${lang}`);
  if (!a) throw new Error(`no analysis for ${id}_${lang}`);
  return a;
};
