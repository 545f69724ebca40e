/**
 * Fits the learned layer from labelled posts: the same function makes the
 * shipped weights (`npm run train`) and each fold's model in `npm run eval`,
 * so the evaluation measures exactly what ships.
 */
import { INVITES, learnedClassOf, SENDS, type Analysis, type LearnedLayer } from './classify';
import { DEFAULT_TRAINING, trainSoftmax, type Features, type TrainOptions } from './softmax';
import { PAIR, WORD_FEATURE, withPairs } from './features';

export interface LabelledAnalysis {
  analysis: Analysis;
  /** Who wrote the post: a word enters the model only once two authors used it. */
  author: string;
  tag: string;
  perspective: unknown;
  /** Undefined where the post is not labelled for it: it counts as one that only sends. */
  invitesResponse: boolean | undefined;
}

/**
 * A word, or a pair of features, enters the model once this many authors used it: one brand's names,
 * handles, slogans and habits stay out (they would not carry to other brands, and the shipped weights
 * name no one).
 */
const MIN_AUTHORS = 2;

const isWord = (name: string) => name.startsWith(WORD_FEATURE);
const isPair = (name: string) => name.includes(PAIR);

export function fitLearnedLayer(posts: readonly LabelledAnalysis[], options: TrainOptions = DEFAULT_TRAINING): LearnedLayer {
  const learned = sharedOnly(
    posts.flatMap((post) => (post.analysis.kind === 'learned' ? [{ ...post, features: post.analysis.features }] : [])),
    isWord,
  );
  const tags = learned.flatMap(({ features, tag, perspective }) => {
    const label = learnedClassOf(tag, perspective);
    return label ? [{ features, label }] : [];
  });
  const invites = learned.map(({ features, invitesResponse }) => ({ features, label: invitesResponse ? INVITES : SENDS }));
  const experiences = sharedOnly(
    learned.flatMap((post) => (post.tag === 'experience' ? [{ ...post, features: withPairs(post.features) }] : [])),
    isPair,
  );
  const perspectives = experiences.map(({ features, perspective }) => ({ features, label: perspective === 'user' ? 'user' : 'brand' }));
  return { tags: trainSoftmax(tags, options), invites: trainSoftmax(invites, options), perspective: trainSoftmax(perspectives, options) };
}

/** The rows with only those of the `restricted` features that at least MIN_AUTHORS authors used. */
function sharedOnly<Row extends { author: string; features: Features }>(
  rows: readonly Row[],
  restricted: (name: string) => boolean,
): Row[] {
  const authorsOf = new Map<string, Set<string>>();
  for (const { features, author } of rows) {
    for (const name of Object.keys(features)) {
      if (!restricted(name)) continue;
      if (!authorsOf.has(name)) authorsOf.set(name, new Set());
      authorsOf.get(name)!.add(author);
    }
  }
  const shared = (name: string) => !restricted(name) || (authorsOf.get(name)?.size ?? 0) >= MIN_AUTHORS;
  return rows.map((row) => ({ ...row, features: Object.fromEntries(Object.entries(row.features).filter(([name]) => shared(name))) }));
}
