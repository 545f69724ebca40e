/**
 * Fits the learned layer from labelled posts: the same function makes the
 * shipped weights (`npm run train`) and each fold's model in `npm run eval`,
 * so the evaluation measures exactly what ships.
 */
import { INVITES, learnedClassOf, SENDS, type Analysis, type LearnedLayer } from './classify';
import { DEFAULT_TRAINING, trainSoftmax, type TrainOptions } from './softmax';
import { WORD_FEATURE } from './features';

export interface LabelledAnalysis {
  analysis: Analysis;
  /** Who wrote the post: a word enters the model only once two authors used it. */
  author: string;
  tag: string;
  perspective: unknown;
  invitesResponse: boolean;
}

/**
 * A word enters the model once this many authors used it: one brand's names, handles and slogans stay
 * out (they would not carry to other brands, and the shipped weights name no one).
 */
export const MIN_WORD_AUTHORS = 2;

export function fitLearnedLayer(posts: readonly LabelledAnalysis[], options: TrainOptions = DEFAULT_TRAINING): LearnedLayer {
  const vocabulary = sharedWords(posts);
  const learned = posts.flatMap((post) =>
    post.analysis.kind === 'learned'
      ? [
          {
            ...post,
            features: Object.fromEntries(
              Object.entries(post.analysis.features).filter(([name]) => !name.startsWith(WORD_FEATURE) || vocabulary.has(name)),
            ),
          },
        ]
      : [],
  );
  const tags = learned.flatMap(({ features, tag, perspective }) => {
    const label = learnedClassOf(tag, perspective);
    return label ? [{ features, label }] : [];
  });
  const invites = learned.map(({ features, invitesResponse }) => ({ features, label: invitesResponse ? INVITES : SENDS }));
  return { tags: trainSoftmax(tags, options), invites: trainSoftmax(invites, options) };
}

function sharedWords(posts: readonly LabelledAnalysis[]): Set<string> {
  const authorsOf = new Map<string, Set<string>>();
  for (const { analysis, author } of posts) {
    if (analysis.kind !== 'learned') continue;
    for (const name of Object.keys(analysis.features)) {
      if (!name.startsWith(WORD_FEATURE)) continue;
      if (!authorsOf.has(name)) authorsOf.set(name, new Set());
      authorsOf.get(name)!.add(author);
    }
  }
  return new Set([...authorsOf].filter(([, authors]) => authors.size >= MIN_WORD_AUTHORS).map(([name]) => name));
}
