/**
 * The classifier as `npm run bench` measures it: bundled and minified into one file, the way the
 * background loads it, with the stages the bench times. Run from source instead, tsx's transform wraps
 * every function expression to keep its name, which slows classifyPost by a fifth to a third.
 */
export { classifyPost } from '../classify/classify';
export { loadEnglishTagger, opensWithVerb } from '../classify/english';
export { detectLanguage } from '../classify/language';
export { LEXICONS, matchLexicon } from '../classify/lexicon';
export { normalize, splitSentences, tokenize } from '../classify/text';
