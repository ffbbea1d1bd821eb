import { describe, expect, it } from 'vitest';
import { engineQuery } from '../../src/search/query.js';

describe('engineQuery quotes numbers so they match exactly', () => {
  it.each([
    ['14', '"14"'],
    ['section 41', 'section "41"'],
    ['PC 370A', 'PC "370A"'],
    ['s 14 and 15', 's "14" and "15"'],
    ['trafficking', 'trafficking'],
    ['6(2)(b)', '6(2)(b)'],
    ['"section 14" ATIPSOM', '"section 14" ATIPSOM'],
    ['', ''],
  ])('%j → %j', (q, sent) => expect(engineQuery(q)).toBe(sent));
});
