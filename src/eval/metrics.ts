/** Classification metrics for `npm run eval`. */

export interface TagMetrics {
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

export function macroF1(report: Report, tags: readonly string[]): number {
  const chosen = report.perTag.filter((metrics) => tags.includes(metrics.tag));
  return chosen.length === 0 ? 0 : chosen.reduce((sum, metrics) => sum + metrics.f1, 0) / chosen.length;
}
