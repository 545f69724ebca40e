/**
 * Fits the learned layer from labelled posts: the same function makes the
 * shipped weights (`npm run train`) and each fold's model in `npm run eval`,
 * so the evaluation measures exactly what ships.
 */
import { INVITES, learnedClassOf, SENDS, type Analysis, type LearnedLayer } from './classify';
import { DEFAULT_TRAINING, trainSoftmax, type TrainOptions } from './softmax';

export interface LabelledAnalysis {
  analysis: Analysis;
  tag: string;
  perspective: unknown;
  invitesResponse: boolean;
}

export function fitLearnedLayer(posts: readonly LabelledAnalysis[], options: TrainOptions = DEFAULT_TRAINING): LearnedLayer {
  const learned = posts.flatMap((post) => (post.analysis.kind === 'learned' ? [{ ...post, features: post.analysis.features }] : []));
  const tags = learned.flatMap(({ features, tag, perspective }) => {
    const label = learnedClassOf(tag, perspective);
    return label ? [{ features, label }] : [];
  });
  const invites = learned.map(({ features, invitesResponse }) => ({ features, label: invitesResponse ? INVITES : SENDS }));
  return { tags: trainSoftmax(tags, options), invites: trainSoftmax(invites, options) };
}
