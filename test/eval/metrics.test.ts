import { describe, expect, it } from 'vitest';
import { bootstrapByAuthor, evaluate, macroF1 } from '@/src/eval/metrics';

describe('macroF1', () => {
  const tags = ['broadcast', 'promotion', 'co-creation'];

  it('averages the tags that were labelled or predicted, leaving out one that is neither (no error was made on it)', () => {
    const report = evaluate(['broadcast', 'broadcast', 'promotion'], ['broadcast', 'broadcast', 'promotion'], tags);
    expect(macroF1(report, tags)).toBe(1);
  });

  it('counts a tag predicted but never labelled as a false alarm, F1 0', () => {
    const report = evaluate(['broadcast', 'broadcast', 'promotion'], ['broadcast', 'co-creation', 'promotion'], tags);
    expect(macroF1(report, tags)).toBeCloseTo((2 / 3 + 1 + 0) / 3, 6);
  });
});

describe('bootstrapByAuthor', () => {
  const authors = ['a', 'a', 'b', 'b', 'c', 'c'];
  const right = [true, true, true, false, false, false];

  it('gives an interval around the share that holds the share itself', () => {
    const share = (indexes: number[]) => indexes.filter((i) => right[i]).length / indexes.length;
    const { share: interval } = bootstrapByAuthor(authors, (indexes) => ({ share: share(indexes) }));
    expect(interval.low).toBeLessThanOrEqual(0.5);
    expect(interval.high).toBeGreaterThanOrEqual(0.5);
    expect(interval.low).toBeGreaterThanOrEqual(0);
    expect(interval.high).toBeLessThanOrEqual(1);
  });

  it('gives NaN, not undefined, where no sample could estimate the statistic (a corpus without experience posts)', () => {
    const { none } = bootstrapByAuthor(authors, () => ({ none: 0 / 0 }));
    expect(none.low).toBeNaN();
    expect(none.high).toBeNaN();
  });
});
