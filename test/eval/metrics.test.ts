import { describe, expect, it } from 'vitest';
import { bootstrapByAuthor } from '@/src/eval/metrics';

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
