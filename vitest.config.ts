import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One real Meilisearch for the run, with the real corpus indexed (test/setup/meili.ts).
    globalSetup: ['test/setup/meili.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Integration tests share one Meilisearch per worker process; keep parallelism modest on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    // Bounds, not speed checks: full index builds take minutes when other work loads the 2 cores.
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
