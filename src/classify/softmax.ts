/**
 * Multinomial logistic regression over named, sparse features: the learner
 * behind `npm run train` and the n-gram baseline of `npm run eval`, and the
 * scorer the classifier uses at run time.
 *
 * Hand-written rather than taken from a package: ml-logistic-regression (the
 * maintained JavaScript one) trains one-vs-all on dense matrices with no
 * intercept and no regularisation, which overfits a few thousand posts and
 * cannot hold the n-gram baseline's tens of thousands of columns. Softmax with
 * L2 and full-batch Adam is short, deterministic (zero start, fixed steps) and
 * keeps its weights readable by name in a JSON file.
 */

/** Feature name → value (1 for a present binary feature). */
export type Features = Record<string, number>;

export interface SoftmaxModel {
  classes: string[];
  bias: Record<string, number>;
  /** feature → its weight for each class, in the order of `classes`; a feature no class needed is left out. */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  /** L2 penalty per weight, scaled by the number of examples. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** How far to lift rare classes: 0 leaves counts as they are, 1 balances them fully. */
  balance: number;
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 0.01, iterations: 300, learningRate: 0.1, balance: 0.3 };

export function trainSoftmax(
  examples: readonly { features: Features; label: string }[],
  options: TrainOptions = DEFAULT_TRAINING,
): SoftmaxModel {
  const classes = [...new Set(examples.map((example) => example.label))].sort();
  const names = [...new Set(examples.flatMap((example) => Object.keys(example.features)))].sort();
  const column = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((example) => Object.entries(example.features).map(([name, value]) => [column.get(name)!, value] as const));
  const targets = examples.map((example) => classes.indexOf(example.label));
  const counts = classes.map((_, c) => targets.filter((t) => t === c).length);
  const exampleWeight = targets.map((t) => (examples.length / (classes.length * counts[t])) ** options.balance);
  const totalWeight = exampleWeight.reduce((a, b) => a + b, 0);

  const k = classes.length;
  const size = (names.length + 1) * k; // the last row holds the biases
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const gradient = new Float64Array(size);
  const scores = new Float64Array(k);
  const biasRow = names.length * k;

  for (let step = 1; step <= options.iterations; step++) {
    gradient.fill(0);
    rows.forEach((row, i) => {
      for (let c = 0; c < k; c++) scores[c] = w[biasRow + c];
      for (const [f, value] of row) for (let c = 0; c < k; c++) scores[c] += w[f * k + c] * value;
      softmaxInPlace(scores);
      const weight = exampleWeight[i] / totalWeight;
      for (let c = 0; c < k; c++) {
        const error = (scores[c] - (targets[i] === c ? 1 : 0)) * weight;
        gradient[biasRow + c] += error;
        for (const [f, value] of row) gradient[f * k + c] += error * value;
      }
    });
    for (let j = 0; j < biasRow; j++) gradient[j] += (options.l2 * w[j]) / Math.sqrt(examples.length);
    adamStep(w, m, v, gradient, step, options.learningRate);
  }

  const round = (value: number) => Math.round(value * 1000) / 1000;
  const weights: SoftmaxModel['weights'] = {};
  names.forEach((name, f) => {
    const perClass = classes.map((_, c) => round(w[f * k + c]));
    if (perClass.some((value) => value !== 0)) weights[name] = perClass;
  });
  return { classes, bias: Object.fromEntries(classes.map((label, c) => [label, round(w[biasRow + c])])), weights };
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

function adamStep(w: Float64Array, m: Float64Array, v: Float64Array, gradient: Float64Array, step: number, learningRate: number): void {
  const correction1 = 1 - BETA1 ** step;
  const correction2 = 1 - BETA2 ** step;
  for (let j = 0; j < w.length; j++) {
    m[j] = BETA1 * m[j] + (1 - BETA1) * gradient[j];
    v[j] = BETA2 * v[j] + (1 - BETA2) * gradient[j] * gradient[j];
    w[j] -= (learningRate * (m[j] / correction1)) / (Math.sqrt(v[j] / correction2) + EPSILON);
  }
}

function softmaxInPlace(scores: Float64Array | number[]): void {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c] - max);
    sum += scores[c];
  }
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
}

/** Each class's probability for one post, in the model's class order. */
function probabilities(model: SoftmaxModel, features: Features): number[] {
  const scores = model.classes.map((label) => model.bias[label] ?? 0);
  for (const [name, value] of Object.entries(features)) {
    const perClass = model.weights[name];
    if (!perClass) continue;
    for (let c = 0; c < scores.length; c++) scores[c] += perClass[c] * value;
  }
  softmaxInPlace(scores);
  return scores;
}

/** The most probable class and its probability, and how probable any other class is. */
export function predict(
  model: SoftmaxModel,
  features: Features,
): { label: string; probability: number; probabilityOf: (label: string) => number } {
  const p = probabilities(model, features);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  return { label: model.classes[best], probability: p[best], probabilityOf: (label) => p[model.classes.indexOf(label)] };
}

/**
 * The features that moved a post's log-odds of class `toward` over class `against` by `atLeast` or more
 * (a feature's value times the difference of its two weights), largest first.
 */
export function leanings(
  model: SoftmaxModel,
  features: Features,
  toward: string,
  against: string,
  atLeast: number,
): { name: string; lean: number }[] {
  const a = model.classes.indexOf(toward);
  const b = model.classes.indexOf(against);
  const leans: { name: string; lean: number }[] = [];
  for (const name in features) {
    const perClass = model.weights[name];
    const lean = perClass ? (perClass[a] - perClass[b]) * features[name] : 0;
    if (lean >= atLeast) leans.push({ name, lean });
  }
  return leans.sort((x, y) => y.lean - x.lean || (x.name < y.name ? -1 : 1));
}
