import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../../scripts/ops/bench/options.js';
import { scaleSizes } from '../../../scripts/ops/bench/scale.js';
import { loadRounds } from '../../../scripts/ops/bench/latency.js';

describe('bench options', () => {
  it('leaves the synthetic scale run out unless asked', () => {
    const o = parseBenchOptions([]);
    expect(o.parts.has('scale')).toBe(false);
    expect(o.scaleDocs).toBe(100_000);
  });

  it('--scale-docs sets the size and implies the scale part; the settings variants stay at 100,000 at most', () => {
    const o = parseBenchOptions(['--scale-docs=1_000_000']);
    expect(o.parts.has('scale')).toBe(true);
    expect(o.scaleDocs).toBe(1_000_000);
    expect(o.variantDocs).toBe(100_000);
    expect(parseBenchOptions(['--only=scale', '--scale-docs=250000']).parts).toEqual(new Set(['scale']));
    expect(parseBenchOptions(['--only=scale', '--scale-docs=20000', '--variant-docs=5,000'])).toMatchObject({ scaleDocs: 20_000, variantDocs: 5_000 });
  });

  it('refuses a size that is not a positive whole number, naming it', () => {
    expect(() => parseBenchOptions(['--scale-docs=lots'])).toThrow(/--scale-docs.*"lots"/);
    expect(() => parseBenchOptions(['--scale-docs=0'])).toThrow(/--scale-docs must be a whole number of provisions.*"0"/);
    expect(() => parseBenchOptions(['--variant-docs=1.5'])).toThrow(/--variant-docs.*"1.5"/);
  });
});

describe('load rounds', () => {
  it('--rounds sets the latency part\'s rounds (3 unless asked), refusing anything but 1 to 15', () => {
    expect(parseBenchOptions([]).rounds).toBe(3);
    expect(parseBenchOptions(['--rounds=1']).rounds).toBe(1);
    expect(() => parseBenchOptions(['--rounds=0'])).toThrow(/--rounds must be a whole number from 1 to 15.*"0"/);
    expect(() => parseBenchOptions(['--rounds=two'])).toThrow(/--rounds.*"two"/);
  });

  it('does not split a run into rounds shorter than 2 s', () => {
    expect(loadRounds(15, 3)).toBe(3);
    expect(loadRounds(10, 3)).toBe(3);
    expect(loadRounds(4, 3)).toBe(2);
    expect(loadRounds(2, 3)).toBe(1);
    expect(loadRounds(15, 1)).toBe(1);
  });
});

describe('scale sizes', () => {
  it('pauses at each power of ten from 10,000 below the full size, and at the full size', () => {
    expect(scaleSizes(1_000_000)).toEqual([10_000, 100_000, 1_000_000]);
    expect(scaleSizes(250_000)).toEqual([10_000, 100_000, 250_000]);
    expect(scaleSizes(20_000)).toEqual([10_000, 20_000]);
    expect(scaleSizes(5_000)).toEqual([5_000]);
  });
});
