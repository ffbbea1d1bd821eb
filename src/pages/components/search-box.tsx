/** The one search box, for words or a citation: on the home page and above search results. */
export const SearchBox = ({ q = '' }: { q?: string }) => (
  <form class="search" action="/search" method="get" role="search">
    <div class="grow">
      <label for="q">Words or a citation</label>
      <input type="search" id="q" name="q" value={q} aria-describedby="q-hint" maxlength={300} />
    </div>
    <button type="submit">Search</button>
    <p id="q-hint" class="meta" style="flex-basis:100%;margin:0">
      A citation such as “ATIPSOM s 14” or “section 12 of Act 670” opens that provision.
    </p>
  </form>
);
