/**
 * Filter expressions are built from validated values only, and even a hostile value cannot
 * change an expression's shape: it stays one quoted literal, reads back to itself, and the real
 * engine takes it as such (no syntax error, nothing matched that the value does not equal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../src/registry/acts.js';
import { ProvisionSearch } from '../../src/search/client.js';
import { filterExpression } from '../../src/search/filter.js';
import { meili } from '../helpers/app.js';

const HOSTILE = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('atipsom" OR act != "x', '\\', '\\"', '"', "'", 'a = b', 'x" OR lang EXISTS OR "', '[', ']', ',', '\u0000', '\u202e', 'OR', 'NOT'),
  fc.array(fc.constantFrom('"', '\\', ' OR ', ' AND ', '=', '[', ']', 'atipsom'), { maxLength: 8 }).map((a) => a.join('')),
);

/** Reads `"…"` back as the engine does: backslash escapes the next character. */
function unquote(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  let out = '';
  for (let i = 1; i < literal.length - 1; i++) {
    const c = literal[i]!;
    if (c === '\\') out += literal[++i];
    else {
      expect(c, `unescaped quote inside ${literal}`).not.toBe('"');
      out += c;
    }
  }
  return out;
}

describe('filterExpression', () => {
  it('fields come from the code, values are one quoted literal each', () => {
    expect(filterExpression({ act: 'atipsom', type: ['offence', 'power'], lang: undefined })).toBe('act = "atipsom" AND type IN ["offence", "power"]');
    expect(filterExpression({ id: 'a"b\\c' })).toBe('id = "a\\"b\\\\c"');
    expect(filterExpression({ topics: [] })).toBeUndefined();
    expect(filterExpression({})).toBeUndefined();
  });

  it('any value reads back to itself and cannot add a clause', () => {
    fc.assert(
      fc.property(HOSTILE, (value) => {
        const expression = filterExpression({ act: value })!;
        expect(expression.startsWith('act = ')).toBe(true);
        expect(unquote(expression.slice('act = '.length))).toBe(value);
      }),
      { seed: 8, numRuns: 2_000 },
    );
  });

  it('the real engine reads hostile values as literals: no error, no match unless equal', async () => {
    const search = new ProvisionSearch({ url: meili().url, searchKey: meili().searchKey, index: meili().index });
    const slugs = new Set(ACTS.map((a) => a.slug));
    const values = [...fc.sample(HOSTILE, { seed: 9, numRuns: 150 }), 'atipsom'];
    for (const value of values) {
      const one = await search.search({ q: '', filter: { act: value }, limit: 1, offset: 0 });
      const many = await search.search({ q: '', filter: { act: [value, 'no-such-act'], lang: 'en' }, limit: 1, offset: 0 });
      if (slugs.has(value)) {
        expect(one.total, value).toBeGreaterThan(0);
        expect(one.hits[0]!.act).toBe(value);
      } else {
        expect([one.total, many.total], JSON.stringify(value)).toEqual([0, 0]);
      }
    }
  });
});
