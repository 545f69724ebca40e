/** The product tells the truth only if the classifier agrees with hand labels on brands it was not fitted on: checked on every run. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURED_ACCURACY } from '@/src/model/model';

const corpus = join(process.cwd(), '../shared/corpus/labelled.jsonl');
/** Issue 10's bar: the cross-validated headline today is 0.81; a change that takes it below 0.80 fails. */
const HEADLINE_FLOOR = 0.8;

describe.skipIf(!existsSync(corpus))('npm run eval on the labelled corpus (skipped without ../shared/corpus beside this checkout)', () => {
  it('holds its author-grouped cross-validated headline and beats every baseline fitted on the same folds', { timeout: 480_000 }, () => {
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/eval.ts', corpus], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Headline: author-grouped 5-fold cross-validation/m);
    // The stricter figures an analyst weighs the headline against: collections held out, intervals on the perspective.
    expect(result.stdout).toMatch(/^Each source collection held out \(.*\): accuracy [\d.]+ · macro-F1 [\d.]+ · broadcast [\d.]+/m);
    expect(result.stdout).toMatch(/^Experience perspective right on \d+ of \d+ .* \([\d.]+% \[[\d.]+%–[\d.]+%\]\)$/m);
    const [, ours, bayes] = result.stdout.match(/^macro-F1 ([\d.]+) \(baseline NB ([\d.]+)\)$/m)!;
    expect(Number(ours)).toBeGreaterThanOrEqual(HEADLINE_FLOOR);
    const baselines = [
      ...result.stdout.matchAll(/^ {2}(?:majority class|multinomial naive Bayes|logistic regression).* macro-F1 ([\d.]+)/gm),
    ].map((match) => Number(match[1]));
    expect(baselines).toHaveLength(3);
    expect(baselines).toContain(Number(bayes));
    for (const baseline of baselines) expect(Number(ours)).toBeGreaterThan(baseline);
    // Every export quotes the measured accuracy, the stricter one (collections held out): it must be the one this run measured.
    const accuracy = Number(result.stdout.match(/^Each source collection held out \(.*\): accuracy ([\d.]+)/m)![1]);
    expect(Math.abs(accuracy - MEASURED_ACCURACY)).toBeLessThan(0.005);
  });
});
