/**
 * The baseline the classifier must beat: multinomial naive Bayes on word
 * counts with add-one smoothing.
 */

const WORD = /[\p{L}\p{N}@#'’]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface NaiveBayes {
  predict(text: string): string;
}

export function trainNaiveBayes(examples: readonly { text: string; label: string }[]): NaiveBayes {
  const docCount = new Map<string, number>();
  const wordCounts = new Map<string, Map<string, number>>();
  const totalWords = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const { text, label } of examples) {
    docCount.set(label, (docCount.get(label) ?? 0) + 1);
    const counts = wordCounts.get(label) ?? new Map<string, number>();
    wordCounts.set(label, counts);
    for (const word of words(text)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      totalWords.set(label, (totalWords.get(label) ?? 0) + 1);
      vocabulary.add(word);
    }
  }
  const labels = [...docCount.keys()].sort();
  return {
    predict(text) {
      let best = labels[0];
      let bestLogProbability = -Infinity;
      for (const label of labels) {
        let logProbability = Math.log(docCount.get(label)! / examples.length);
        const counts = wordCounts.get(label)!;
        const denominator = (totalWords.get(label) ?? 0) + vocabulary.size;
        for (const word of words(text)) logProbability += Math.log(((counts.get(word) ?? 0) + 1) / denominator);
        if (logProbability > bestLogProbability) [best, bestLogProbability] = [label, logProbability];
      }
      return best;
    },
  };
}

export function majorityLabel(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
