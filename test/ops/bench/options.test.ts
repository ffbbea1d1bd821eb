import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../../scripts/ops/bench/options.js';

describe('bench options', () => {
  it('leaves the synthetic scale run out unless asked', () => {
    const o = parseBenchOptions([]);
    expect(o.parts.has('scale')).toBe(false);
    expect(o.scaleDocs).toBe(100_000);
  });

  it('--scale-docs sets the size and implies the scale part', () => {
    const o = parseBenchOptions(['--scale-docs=1_000_000']);
    expect(o.parts.has('scale')).toBe(true);
    expect(o.scaleDocs).toBe(1_000_000);
    expect(parseBenchOptions(['--only=scale', '--scale-docs=250000']).parts).toEqual(new Set(['scale']));
  });

  it('refuses a size that is not a positive whole number, naming it', () => {
    expect(() => parseBenchOptions(['--scale-docs=lots'])).toThrow(/--scale-docs.*"lots"/);
    expect(() => parseBenchOptions(['--scale-docs=0'])).toThrow(/positive whole number/);
  });
});
