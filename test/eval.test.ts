/** The product tells the truth only if the classifier agrees with hand labels: the eval's targets, checked on every run. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const corpus = join(process.cwd(), '../shared/corpus/dev.jsonl');

describe.skipIf(!existsSync(corpus))('npm run eval on the labelled corpus (skipped: ../shared/corpus is not beside this checkout)', () => {
  it('meets the targets and beats the naive Bayes baseline', () => {
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/eval.ts', corpus], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const [, ours, bayes] = result.stdout.match(/^macro-F1 ([\d.]+) \(baseline NB ([\d.]+)\)$/m)!;
    expect(Number(ours)).toBeGreaterThanOrEqual(0.8);
    expect(Number(ours)).toBeGreaterThan(Number(bayes));
    expect(result.stdout).toMatch(/^Target .*: met/m);
  });
});
