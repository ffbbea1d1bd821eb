import { describe, expect, it } from 'vitest';
import { connectionOptions } from '../../src/search/connection.js';

describe('connectionOptions asks loopback servers for uncompressed answers only', () => {
  it.each(['http://127.0.0.1:7700', 'http://localhost:7700/', 'http://[::1]:7700', 'http://127.0.0.2'])('%s: identity', (url) => {
    expect(connectionOptions(url)).toEqual({ requestInit: { headers: { 'Accept-Encoding': 'identity' } } });
  });
  it.each(['https://ms-1234.meilisearch.io', 'http://10.0.0.5:7700', 'http://127.0.0.1.example.com'])('%s: defaults', (url) => {
    expect(connectionOptions(url)).toEqual({});
  });
});
