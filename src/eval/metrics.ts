/** Classification metrics for `npm run eval`. */

interface TagMetrics {
  tag: string;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  labels: string[];
  perTag: TagMetrics[];
  accuracy: number;
  /** confusion[gold][predicted] */
  confusion: Record<string, Record<string, number>>;
}

export function evaluate(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): Report {
  const confusion: Record<string, Record<string, number>> = {};
  const all = [...new Set([...labels, ...gold, ...predicted])];
  for (const g of all) confusion[g] = Object.fromEntries(all.map((p) => [p, 0]));
  let correct = 0;
  gold.forEach((g, i) => {
    confusion[g][predicted[i]]++;
    if (g === predicted[i]) correct++;
  });
  const perTag = all.map((tag) => {
    const tp = confusion[tag][tag];
    const support = all.reduce((sum, p) => sum + confusion[tag][p], 0);
    const predictedCount = all.reduce((sum, g) => sum + confusion[g][tag], 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tag, support, predicted: predictedCount, precision, recall, f1 };
  });
  return { labels: all, perTag, accuracy: gold.length === 0 ? 0 : correct / gold.length, confusion };
}

/**
 * The mean F1 of the tags that were labelled or predicted at least once, as scikit-learn's macro average
 * takes it: a tag absent from both (no co-creation post in a bootstrap sample or a small test file) has
 * made no error, and counting it as 0 would pull the average down for a lack of data.
 */
export function macroF1(report: Report, tags: readonly string[]): number {
  const chosen = report.perTag.filter((metrics) => tags.includes(metrics.tag) && metrics.support + metrics.predicted > 0);
  return chosen.length === 0 ? 0 : chosen.reduce((sum, metrics) => sum + metrics.f1, 0) / chosen.length;
}

/** The indexes of the items with each key, keys in order of first appearance. */
export function indexesByKey(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

/** A deterministic pseudo-random sequence (mulberry32), so bootstrap intervals repeat from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * 95% percentile intervals of any statistic over a labelled set, resampling
 * whole authors (a cluster bootstrap): posts of one author are not independent,
 * and the question is how the figure would move on other brands.
 */
export function bootstrapByAuthor<S extends Record<string, number>>(
  authors: readonly string[],
  statistic: (indexes: number[]) => S,
  replicates = 1000,
  seed = 2026,
): Record<keyof S, Interval> {
  const clusters = [...indexesByKey(authors).values()];
  const random = seededRandom(seed);
  const samples = new Map<keyof S, number[]>();
  for (let r = 0; r < replicates; r++) {
    const indexes: number[] = [];
    for (let c = 0; c < clusters.length; c++) indexes.push(...clusters[Math.floor(random() * clusters.length)]);
    for (const [name, value] of Object.entries(statistic(indexes))) {
      if (!samples.has(name)) samples.set(name, []);
      samples.get(name)!.push(value);
    }
  }
  // No finite sample (no post of the kind in any replicate) gives NaN, as the statistic itself would.
  const quantile = (sorted: number[], q: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return Object.fromEntries(
    [...samples.entries()].map(([name, values]) => {
      const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
      return [name, { low: quantile(sorted, 0.025), high: quantile(sorted, 0.975) }];
    }),
  ) as Record<keyof S, Interval>;
}
