/**
 * Folds split by author: posts of one author share templates, sign-offs and
 * campaigns, so a fold's model must never have seen its authors' posts.
 * Authors go, largest first, to the fold with the fewest posts so far; the
 * assignment depends only on the data, so runs repeat.
 */
export function authorFolds(authors: readonly string[], folds: number): number[] {
  const sizes = new Map<string, number>();
  for (const author of authors) sizes.set(author, (sizes.get(author) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const [author, size] of order) {
    const fold = load.indexOf(Math.min(...load));
    foldOf.set(author, fold);
    load[fold] += size;
  }
  return authors.map((author) => foldOf.get(author)!);
}

/** Predictions for every item from a model fitted on the other folds' items. */
export function crossValidate<T, P>(
  items: readonly T[],
  fold: readonly number[],
  folds: number,
  train: (training: T[]) => (item: T) => P,
): P[] {
  const predictions = new Array<P>(items.length);
  for (let f = 0; f < folds; f++) {
    const predictor = train(items.filter((_, i) => fold[i] !== f));
    items.forEach((item, i) => {
      if (fold[i] === f) predictions[i] = predictor(item);
    });
  }
  return predictions;
}
