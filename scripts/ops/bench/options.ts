/** `npm run bench -- [--quick] [--scale] [--scale-docs=N] [--only=latency,worker,indexing,quality,scale] [--out=FILE]` */
import { parseArgs } from 'node:util';

export const PARTS = ['latency', 'worker', 'indexing', 'quality', 'scale'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  parts: Set<Part>;
  out: string;
  /** wrk run length per (target, concurrency). */
  loadSeconds: number;
  concurrencies: number[];
  /** Full rebuilds timed (the median is reported). */
  rebuilds: number;
  /** Size of the synthetic corpus. */
  scaleDocs: number;
}

export const USAGE = `npm run bench -- [options]
  --quick          smoke run: a few seconds per measurement, a 5,000-provision synthetic corpus for --scale
  --scale          also measure the 100,000-provision synthetic corpus (several minutes)
  --scale-docs=N   size of the synthetic corpus for --scale (e.g. 1000000; implies --scale)
  --only=a,b       run only these parts: ${PARTS.join(', ')}
  --out=FILE       where to write the report (default BENCHMARKS.md)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      'scale-docs': { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
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
  const scaleDocs = values['scale-docs'] === undefined ? undefined : Number(values['scale-docs'].replaceAll('_', ''));
  if (scaleDocs !== undefined && !(Number.isInteger(scaleDocs) && scaleDocs > 0)) {
    throw new Error(`--scale-docs must be a positive whole number, got "${values['scale-docs']}"`);
  }
  const parts = new Set<Part>(
    (only as Part[] | undefined) ?? PARTS.filter((p) => p !== 'scale' || values.scale || scaleDocs !== undefined),
  );
  return {
    quick: values.quick,
    parts,
    out: values.out,
    loadSeconds: values.quick ? 2 : 15,
    concurrencies: [1, 16, 64],
    rebuilds: values.quick ? 1 : 3,
    scaleDocs: scaleDocs ?? (values.quick ? 5_000 : 100_000),
  };
}
