/**
 * Cue lexicons: marketer-editable JSON files (one per language) compiled into
 * a matcher over tokens. Matching is a scan of the tokens with a lookup on the
 * first word of each phrase, so its cost grows with the post, not with the
 * lexicon.
 */
import { inLanguage, type Lang, type Localized } from '../model/model';
import type { Cue } from '../model/post';
import { tokenize, type Sentence, type Token } from './text';
import en from './lexicons/en.json';
import nl from './lexicons/nl.json';

export type Signal = Cue['signal'];

interface CueGroup {
  /** Names the group for the learned weights, the same in every language. */
  id: string;
  signal: Signal;
  rule: string;
  weight: number;
  /** Matched anywhere in the post. */
  phrases?: string[];
  /** Matched only at the start of a sentence. */
  starts?: string[];
  /** Matched only at the start of a sentence, and in English only where the tagger sees a verb. */
  commands?: string[];
}

interface LexiconFile {
  language: string;
  groups: CueGroup[];
  /** First words after a leading @handle that show the post is addressed to that person. */
  addressOpeners: string[];
  secondPerson: string[];
  /**
   * Frequent words of this language, most of them rare in the other lexicon's and in Spanish, Portuguese or Italian
   * (function words, and everyday ones such as "happy", "welkom"): they tell the language of posts too short
   * for the detector.
   */
  functionWords: string[];
  /** Words that make the amount after them a price ("for $5", "vanaf €10"). */
  priceWords: string[];
  /** "we/our" and "I/my": who speaks, a feature of the learned layer. */
  firstPersonPlural: string[];
  firstPersonSingular: string[];
  /** Days, dates and times of day: events, opening hours, match days. */
  timeWords: string[];
  /**
   * Everyday words the stopword package's list for this language lacks ("will", "when", "via", "weer"), most
   * of them from NLTK's list: like those, and like the pronouns above, they are never marked as a post's cue.
   */
  everydayWords: string[];
}

interface CompiledPhrase {
  /** One test per word, compiled from its pattern once rather than re-read at every token. */
  words: WordTest[];
  group: CueGroup;
  position: 'anywhere' | 'start' | 'command';
}

export interface Lexicon {
  language: string;
  /** Phrases indexed by their first word; prefix patterns (word*) by their first letter. */
  byFirstWord: Map<string, CompiledPhrase[]>;
  prefixByFirstChar: Map<string, CompiledPhrase[]>;
  /** Phrases that open with a hashtag pattern, tried on every hashtag. */
  hashtagPatterns: CompiledPhrase[];
  addressOpeners: Set<string>;
  secondPerson: Set<string>;
  functionWords: Set<string>;
  priceWords: Set<string>;
  firstPersonPlural: Set<string>;
  firstPersonSingular: Set<string>;
  timeWords: Set<string>;
  everydayWords: Set<string>;
}

function compileLexicon(file: LexiconFile): Lexicon {
  const lexicon: Lexicon = {
    language: file.language,
    byFirstWord: new Map(),
    prefixByFirstChar: new Map(),
    hashtagPatterns: [],
    addressOpeners: new Set(file.addressOpeners),
    secondPerson: new Set(file.secondPerson),
    functionWords: new Set(file.functionWords),
    priceWords: new Set(file.priceWords),
    firstPersonPlural: new Set(file.firstPersonPlural),
    firstPersonSingular: new Set(file.firstPersonSingular),
    timeWords: new Set(file.timeWords),
    everydayWords: new Set(file.everydayWords),
  };
  for (const group of file.groups) {
    const add = (phrase: string, position: CompiledPhrase['position']) => {
      const words = phraseWords(phrase);
      if (words.length === 0) return;
      const compiled = { words: words.map(wordTest), group, position };
      const first = words[0];
      if (HASHTAG_PATTERN.test(first)) {
        lexicon.hashtagPatterns.push(compiled);
        return;
      }
      const [index, key] = first.endsWith('*') ? [lexicon.prefixByFirstChar, first[0]] : [lexicon.byFirstWord, first];
      index.set(key, [...(index.get(key) ?? []), compiled]);
    };
    for (const phrase of group.phrases ?? []) add(phrase, 'anywhere');
    for (const phrase of group.starts ?? []) add(phrase, 'start');
    for (const phrase of group.commands ?? []) add(phrase, 'command');
  }
  return lexicon;
}

/** A phrase is tokenized like a post, so "% off", "via @", "use #" and "1+1" mean what they say; "word*" matches any ending. */
function phraseWords(phrase: string): string[] {
  if (HASHTAG_PATTERN.test(phrase.trim())) return [phrase.trim().toLowerCase()];
  const tokens = tokenize(phrase.trim());
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (next && next.text === '*' && next.start === token.end) {
      words.push(`${token.key}*`);
      i++;
    } else {
      words.push(token.key);
    }
  }
  return words;
}

/** "#happy*" and "#*day": hashtags that start or end so, and only hashtags. */
const HASHTAG_PATTERN = /^#(?:\*[\p{L}\p{N}_]+|[\p{L}\p{N}_]+\*)$/u;

type WordTest = (token: Token) => boolean;

function wordTest(pattern: string): WordTest {
  if (HASHTAG_PATTERN.test(pattern)) {
    const part = pattern.replace(/^#\*?|\*$/g, '');
    return pattern[1] === '*'
      ? (token) => token.kind === 'hashtag' && token.key.endsWith(part)
      : (token) => token.kind === 'hashtag' && token.key.startsWith(part);
  }
  if (pattern === '@') return (token) => token.kind === 'mention';
  if (pattern === '#') return (token) => token.kind === 'hashtag' || token.text === '#';
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return (token) => token.key.startsWith(prefix) && isWordLike(token);
  }
  return (token) => token.key === pattern;
}

function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'hashtag';
}

function phraseAt(phrase: CompiledPhrase, tokens: Token[], at: number): number {
  if (at + phrase.words.length > tokens.length) return -1;
  for (let k = 0; k < phrase.words.length; k++) {
    if (!phrase.words[k](tokens[at + k])) return -1;
  }
  return at + phrase.words.length;
}

const NONE: CompiledPhrase[] = [];

/** The phrases a token could open: most tokens open none, and most others those of one list. */
function phrasesStartingWith(lexicon: Lexicon, token: Token): CompiledPhrase[] {
  let found = lexicon.byFirstWord.get(token.key) ?? NONE;
  const add = (list: CompiledPhrase[] | undefined) => {
    if (list && list.length > 0) found = found.length > 0 ? found.concat(list) : list;
  };
  if (token.kind === 'mention') add(lexicon.byFirstWord.get('@'));
  if (token.kind === 'hashtag') {
    add(lexicon.byFirstWord.get('#'));
    add(lexicon.hashtagPatterns);
  }
  if (isWordLike(token)) add(lexicon.prefixByFirstChar.get(token.key[0]));
  return found;
}

export interface LexiconMatch {
  group: CueGroup;
  from: number;
  to: number;
}

/**
 * Every phrase occurrence, counted once per signal and place: where two
 * phrases of one signal overlap ("promo" and "promo code"), the longer wins.
 */
export function matchLexicon(
  lexicon: Lexicon,
  tokens: Token[],
  sentences: Sentence[],
  /** Whether the sentence opens with a verb; asked only when a command phrase opens it. */
  opensWithVerb: (sentence: Sentence) => boolean = () => true,
): LexiconMatch[] {
  const sentenceByLead = new Map(sentences.map((sentence) => [sentence.lead, sentence]));
  const matches: LexiconMatch[] = [];
  const coveredUntil = new Map<Signal, number>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = phrasesStartingWith(lexicon, tokens[i]);
    if (candidates.length === 0) continue;
    const sentence = sentenceByLead.get(i);
    const best = new Map<Signal, LexiconMatch>();
    for (const phrase of candidates) {
      if (phrase.position !== 'anywhere' && !sentence) continue;
      const end = phraseAt(phrase, tokens, i);
      if (end < 0) continue;
      // The tagger costs ~0.3 ms a call: ask it only once the whole command phrase matched.
      if (phrase.position === 'command' && !opensWithVerb(sentence!)) continue;
      const signal = phrase.group.signal;
      const current = best.get(signal);
      if (!current || end > current.to) best.set(signal, { group: phrase.group, from: i, to: end });
    }
    for (const [signal, match] of best) {
      if ((coveredUntil.get(signal) ?? 0) > i) continue;
      coveredUntil.set(signal, match.to);
      matches.push(match);
    }
  }
  return matches;
}

/** One per language of `LANGS`: the popup, the exports and the CLI name every other language as one read without cue words. */
const FILES: Record<Lang, LexiconFile> = { en: en as LexiconFile, nl: nl as LexiconFile };

export const LEXICONS: Record<Lang, Lexicon> = { en: compileLexicon(FILES.en), nl: compileLexicon(FILES.nl) };

/** The cue id of a word the user added for a signal: the learned layer gives it a fixed, decisive weight. */
export function ownWordId(signal: Signal): string {
  return `own word: ${signal}`;
}

/** The rule of a word the user added, named in its language as the lexicon's own rules are. */
const OWN_WORD_RULE: Localized = { en: 'your own word', nl: 'eigen woord' };

/** Cue words a user added in the options, per language and signal. */
export type CustomCues = Partial<Record<string, Partial<Record<Signal, string[]>>>>;

/** The built-in lexicons with the user's own words added, each as a full-weight cue. */
export function withCustomCues(custom: CustomCues | undefined): Record<string, Lexicon> {
  if (!custom || Object.keys(custom).length === 0) return LEXICONS;
  return Object.fromEntries(
    Object.entries(FILES).map(([lang, file]) => {
      const extra = Object.entries(custom[lang] ?? {})
        .filter(([, words]) => words && words.length > 0)
        .map(([signal, words]) => ({
          signal: signal as Signal,
          id: ownWordId(signal as Signal),
          rule: inLanguage(OWN_WORD_RULE, lang),
          weight: 1,
          phrases: words!.map((word) => word.trim().toLowerCase()).filter(Boolean),
        }));
      return [lang, compileLexicon({ ...file, groups: [...file.groups, ...extra] })];
    }),
  );
}
