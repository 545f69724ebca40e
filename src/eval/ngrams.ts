/** Word uni- and bigrams and character trigrams: the features of the logistic-regression baseline. */
import type { Features } from '../classify/softmax';
import { words } from './naive-bayes';

const CHAR_GRAM = 3;

export function ngramFeatures(text: string): Features {
  const features: Features = {};
  const tokens = words(text);
  tokens.forEach((word, i) => {
    features[`w:${word}`] = 1;
    if (i > 0) features[`b:${tokens[i - 1]} ${word}`] = 1;
  });
  const flat = ` ${tokens.join(' ')} `;
  for (let i = 0; i + CHAR_GRAM <= flat.length; i++) features[`c:${flat.slice(i, i + CHAR_GRAM)}`] = 1;
  return features;
}
