/**
 * Test 4: corpus/ read back with unified + remark-parse is exactly what the parser makes now
 * (so corpus/ is up to date), and every provision survives markdown → object → markdown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusOutput } from '../../../scripts/pipeline/corpus/output.js';
import { markdownToProvision, provisionToMarkdown } from '../../../scripts/pipeline/corpus/markdown.js';
import { readCorpus } from '../../../scripts/pipeline/corpus/read.js';
import { reportOf } from '../../../scripts/pipeline/corpus/report.js';
import { Provision } from '../../../src/schema/provision.js';
import { extractedSources, originalSources, parsedSources } from '../sources/bill/helpers.js';

const currentSources = await parsedSources();

describe('corpus round trip', () => {
  // What `npm run corpus` writes: the current sources parsed, with the history rebuilt from the Bills (scripts/pipeline/history).
  const output = corpusOutput(currentSources, originalSources(), extractedSources());
  const fresh = output.current;

  it('reads corpus/acts back to the provisions the parser produces', async () => {
    const read = await readCorpus();
    expect(read.length).toBe(fresh.length);
    expect(read).toEqual(fresh);
  });

  it('writes files byte-identical to those committed (npm run corpus changes nothing)', () => {
    for (const [rel, content] of output.files) {
      expect(readFileSync(`corpus/acts/${rel}`, 'utf8'), rel).toBe(content);
    }
  });

  it('round-trips every provision through markdown', () => {
    for (const p of fresh) {
      expect(Provision.parse(p)).toEqual(p);
      const md = provisionToMarkdown(p);
      expect(markdownToProvision(md, p.meta.id), p.meta.id).toEqual(p);
    }
  });

  it('keeps the committed report in step with the parse', () => {
    const committed = JSON.parse(readFileSync('corpus/report.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportOf(currentSources, extractedSources()))));
  });

  it('gives ids that are unique per language', () => {
    const keys = fresh.map((p) => `${p.meta.id}_${p.meta.lang}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
