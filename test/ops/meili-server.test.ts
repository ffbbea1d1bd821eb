/** The Meilisearch lifecycle and its keys: what each process may do with the key it holds. */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { useMeili } from '../../scripts/ops/meili-server.js';
import { meili } from '../helpers/app.js';

describe('keys', () => {
  it('the search key the API gets can search but not write, read keys or delete', async () => {
    const client = new Meilisearch({ host: meili().url, apiKey: meili().searchKey });
    const index = client.index(meili().index);
    expect((await index.search('child', { limit: 1 })).hits).toHaveLength(1);
    const refused = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(MeilisearchApiError);
      expect((error as MeilisearchApiError).response.status).toBe(403);
    };
    await refused(index.addDocuments([{ key: 'x_en' }]));
    await refused(client.getKeys());
    await refused(client.deleteIndex(meili().index));
    await refused(index.getDocument('atipsom-s14_en'));
  });
});

describe('MEILI_URL points at an existing server', () => {
  it('is used as given, and stop() leaves it running', async () => {
    const env = { MEILI_URL: `${meili().url}/`, MEILI_ADMIN_KEY: meili().adminKey, MEILI_SEARCH_KEY: meili().searchKey };
    const server = await useMeili({ dataDir: '/nonexistent' }, env);
    expect(server.url).toBe(meili().url);
    expect(server.masterKey).toBeUndefined();
    await server.stop();
    expect((await fetch(`${meili().url}/health`)).ok).toBe(true);
  });

  it('without keys it says which to set', async () => {
    await expect(useMeili({ dataDir: '/nonexistent' }, { MEILI_URL: meili().url })).rejects.toThrow(
      /set MEILI_MASTER_KEY, or MEILI_ADMIN_KEY and MEILI_SEARCH_KEY/,
    );
    // Indexing needs only the admin key.
    const indexer = await useMeili({ dataDir: '/nonexistent' }, { MEILI_URL: meili().url, MEILI_ADMIN_KEY: meili().adminKey }, ['admin']);
    expect(indexer.adminKey).toBe(meili().adminKey);
  });
});
