/** `npm run bench -- [--quick] [--scale | --scale-docs=N] [--network] [--only=...] [--out=FILE]` (see USAGE) */
import { parseArgs } from 'node:util';

/** Rounds per target and concurrency in the latency part, unless --rounds says otherwise. */
export const LOAD_ROUNDS = 3;

export const PARTS = ['latency', 'worker', 'indexing', 'quality', 'scale', 'network'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  parts: Set<Part>;
  out: string;
  /** wrk run length per (target, concurrency). */
  loadSeconds: number;
  /** Rounds the latency part splits each run into (scripts/ops/bench/latency.ts); 1 = each target once, one after the other. */
  rounds: number;
  concurrencies: number[];
  /** Passes over the mix with the targets interleaved at 1 connection (scripts/ops/bench/interleaved.ts). */
  interleavedPasses: number;
  /** Full rebuilds timed (the median is reported). */
  rebuilds: number;
  /** Size of the synthetic corpus. */
  scaleDocs: number;
  /** Size of the synthetic corpus each settings variant is indexed at (each is a full index). */
  variantDocs: number;
}

export const USAGE = `npm run bench -- [options]
  --quick          smoke run: a few seconds per measurement, a 5,000-provision synthetic corpus for --scale
  --scale          also measure the 100,000-provision synthetic corpus (several minutes)
  --scale-docs=N   the same at N provisions (e.g. 1000000; implies --scale)
  --variant-docs=N settings on/off variants at N provisions (default: the scale size, at most 100,000)
  --network        also measure the corpus sharded over 3 Meilisearch instances (/network)
  --only=a,b       run only these parts: ${PARTS.join(', ')}
  --rounds=N       the latency part's rounds per target and concurrency (default 3; 1 = each target once, one after the other)
  --out=FILE       where to write the report (default BENCHMARKS.md)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      'scale-docs': { type: 'string' },
      'variant-docs': { type: 'string' },
      network: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
      rounds: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only?.split(',').map((p) => p.trim());
  const unknown = only?.filter((p) => !(PARTS as readonly string[]).includes(p)) ?? [];
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  const count = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of provisions, e.g. 100000 (got "${value}")`);
    return n;
  };
  const rounds = values.rounds === undefined ? LOAD_ROUNDS : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 15) throw new Error(`--rounds must be a whole number from 1 to 15 (got "${values.rounds}")`);
  const scaleDocs = count('scale-docs', values['scale-docs']) ?? (values.quick ? 5_000 : 100_000);
  const scale = values.scale || values['scale-docs'] !== undefined;
  const parts = new Set<Part>(
    (only as Part[] | undefined) ?? PARTS.filter((p) => (p !== 'scale' || scale) && (p !== 'network' || values.network)),
  );
  return {
    quick: values.quick,
    parts,
    out: values.out,
    loadSeconds: values.quick ? 2 : 15,
    rounds,
    concurrencies: [1, 16, 64],
    interleavedPasses: values.quick ? 1 : 3,
    rebuilds: values.quick ? 1 : 3,
    scaleDocs,
    variantDocs: count('variant-docs', values['variant-docs']) ?? Math.min(scaleDocs, 100_000),
  };
}
