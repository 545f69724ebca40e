/**
 * Language of a post. franc-min was chosen over eld and tinyld after measuring
 * all three on the 2,234 posts of shared/corpus (see the commit message):
 * eld is more accurate (98.5% vs 97.5% with the en/nl preference below) but
 * takes ~200 ms to load, which with compromise's ~250 ms would break the
 * 400 ms cold-start budget; tinyld is slower per post (0.42 ms).
 */
import { francAll } from 'franc-min';
import type { Lexicon } from './lexicon';
import type { Token } from './text';

const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en',
  nld: 'nl',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  pol: 'pl',
  tur: 'tr',
  ind: 'id',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  arb: 'ar',
  pes: 'fa',
  heb: 'he',
  hin: 'hi',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  vie: 'vi',
};
const CANDIDATES = Object.keys(ISO_639_3_TO_1);
/** The languages we have lexicons for win when the detector finds them nearly as likely as its first choice. */
const PREFERRED = new Set(['eng', 'nld']);
const PREFERENCE_MARGIN = 0.85;
/** Below this many letters franc guesses; function words decide instead. */
const MIN_LETTERS_FOR_DETECTOR = 24;
/** The detector's cost grows with the text; this much prose is plenty to tell a language. */
const MAX_DETECTOR_CHARS = 200;

/**
 * Letters only Vietnamese writes: ơ, ư and the stacked tone marks of Latin Extended Additional. Trigrams
 * take a short, informal Vietnamese caption ("Siu recommend lun mấy ghệ oiii") for German or Spanish.
 */
const VIETNAMESE_LETTERS = /[ơưƠƯ\u1EA0-\u1EF9]/u;

export function detectLanguage(tokens: Token[], lexicons: Lexicon[]): string {
  const words = tokens.filter((token) => token.kind === 'word');
  const prose = words.map((token) => token.text).join(' ');
  if (VIETNAMESE_LETTERS.test(prose)) return 'vi';
  const letters = prose.replace(/[^\p{L}]/gu, '').length;
  const vote = functionWordVote(words, lexicons);
  // A decisive vote overrules whatever the detector would say, so the detector (most of a post's cost) is not asked.
  if (vote.language && vote.decisive) return vote.language;
  if (letters < MIN_LETTERS_FOR_DETECTOR) return vote.language ?? 'und';
  const ranked = francAll(prose.slice(0, MAX_DETECTOR_CHARS), { only: CANDIDATES, minLength: 1 });
  const [best, bestScore] = ranked[0];
  if (best === 'und') return vote.language ?? 'und';
  // Trigrams confuse English and Dutch on short posts; where one of our lexicon languages is (nearly)
  // as likely as the best guess, the function words settle it.
  const close = ranked
    .filter(([code, score]) => PREFERRED.has(code) && score >= bestScore * PREFERENCE_MARGIN)
    .map(([code]) => ISO_639_3_TO_1[code]);
  if (vote.language && close.length > 0 && (vote.strong || close.includes(vote.language))) return vote.language;
  return ISO_639_3_TO_1[best];
}

/**
 * Counts each lexicon's different function words (French repeating "de" and "en" is no Dutch): strong
 * when the winner has at least two and twice the runner-up; decisive, overruling the detector, when it
 * has three or more and three times the runner-up (the two lists share "in", "is" and "we", so one of
 * those in an English post must not keep the detector's guess of Portuguese for "Our founder says rain
 * is no excuse. Do you agree?").
 */
function functionWordVote(words: Token[], lexicons: Lexicon[]): { language?: string; strong: boolean; decisive: boolean } {
  const counts = lexicons
    .map((lexicon) => ({
      language: lexicon.language,
      count: new Set(words.filter((token) => lexicon.functionWords.has(token.key)).map((token) => token.key)).size,
    }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count === 0 || (second && second.count === first.count)) return { strong: false, decisive: false };
  const runnerUp = second?.count ?? 0;
  return {
    language: first.language,
    strong: first.count >= 2 && first.count >= 2 * runnerUp,
    decisive: first.count >= 3 && first.count >= 3 * runnerUp,
  };
}
