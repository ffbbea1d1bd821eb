/** The one search box, for words or a citation: on the home page and above search results. */
import type { Lang } from '../../schema/provision.js';
import { ui } from './i18n.js';

export const SearchBox = ({ q = '', lang }: { q?: string; lang?: Lang | undefined }) => {
  const t = ui(lang);
  return (
    <form class="search" action="/search" method="get" role="search">
      {lang === 'ms' ? <input type="hidden" name="lang" value="ms" /> : null}
      <div class="grow">
        <label for="q">{t.searchBoxLabel}</label>
        <input type="search" id="q" name="q" value={q} aria-describedby="q-hint" maxlength={300} />
      </div>
      <button type="submit">{t.searchButton}</button>
      <p id="q-hint" class="meta" style="flex-basis:100%;margin:0">
        {t.searchHint}
      </p>
    </form>
  );
};
