/**
 * The environment of the API process `npm start` spawns: everything the parent has except
 * anything that looks like a secret (master/admin keys, tokens, passwords), then the engine's
 * URL and the search-only key. The master and admin keys stay with the indexer.
 */
const SECRET_NAME = /MASTER|ADMIN|SECRET|TOKEN|PASSWORD|_KEY$/i;

/** Requests per client per minute for `npm start` unless RATE_LIMIT_PER_MINUTE says otherwise. */
export const LOCAL_RATE_LIMIT_PER_MINUTE = '600';

export function apiProcessEnv(parent: NodeJS.ProcessEnv, meili: { url: string; searchKey: string }): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(parent).filter(([name]) => !SECRET_NAME.test(name)));
  return {
    ...kept,
    MEILI_URL: meili.url,
    MEILI_SEARCH_KEY: meili.searchKey,
    PORT: parent.PORT ?? '8787',
    RATE_LIMIT_PER_MINUTE: parent.RATE_LIMIT_PER_MINUTE ?? LOCAL_RATE_LIMIT_PER_MINUTE,
  };
}
