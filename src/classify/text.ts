/**
 * Text preparation shared by every language: normalisation that remembers
 * where each character came from (so cues can be highlighted in the text the
 * user sees), tokens, and sentences.
 *
 * Every regular expression here is a flat alternation of character classes
 * with unambiguous repetition, so matching time is linear in the input.
 */

export interface NormalizedText {
  /** NFKC-normalised, lower-cased only where noted, invisible characters removed. */
  text: string;
  /** origin[i] is the index in the original string of text[i]; origin[text.length] is the original length. */
  origin: number[];
}

// Zero-width and bidi control characters, variation selectors, soft hyphen.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists variation selectors on purpose, to remove them.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/u;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};
const ENTITY = /&(?:amp|lt|gt|quot|#39|apos|nbsp);/y;

/**
 * NFKC per code point (turns 𝐛𝐨𝐥𝐝 and ｆｕｌｌｗｉｄｔｈ letters into plain ones), drops invisible
 * characters and decodes the few HTML entities that scraped posts still carry.
 */
export function normalize(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) === 38 /* & */) {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(original);
      if (entity) {
        text += ENTITIES[entity[0]];
        origin.push(i);
        i += entity[0].length;
        continue;
      }
    }
    const codePoint = original.codePointAt(i)!;
    // ASCII is its own NFKC form and holds nothing invisible: most of a post's characters skip the work below.
    if (codePoint < 0x80) {
      text += original[i];
      origin.push(i);
      i++;
      continue;
    }
    const char = String.fromCodePoint(codePoint);
    if (!INVISIBLE.test(char)) {
      const plain = char.normalize('NFKC');
      for (let k = 0; k < plain.length; k++) origin.push(i);
      text += plain;
    }
    i += char.length;
  }
  origin.push(original.length);
  return { text, origin };
}

/** In the order of TOKEN's alternatives. */
const TOKEN_KINDS = ['url', 'mention', 'hashtag', 'cashtag', 'money', 'percent', 'word', 'number', 'emoji', 'punct'] as const;
type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  kind: TokenKind;
  /** As written (normalised). */
  text: string;
  /** What lexicon phrases are compared with: lower case; a hashtag's word; a currency or % sign for amounts. */
  key: string;
  start: number;
  end: number;
}

/** Digits with their separators ("1.299,95", "2,000"); a full stop or comma after them ends the sentence or clause. */
const AMOUNT = String.raw`\d(?:[\d.,]*\d)?`;

/** Punctuation after a link belongs to the sentence ("… at https://example.com/story. Will you …?"). */
const URL_TRAIL = String.raw`[.,;:!?)\]"'”’»]*`;

const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)\S+?(?=${URL_TRAIL}(?:\s|$)))`,
    String.raw`(?<mention>[@＠][\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*(?:@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+)?)`,
    String.raw`(?<hashtag>[#＃][\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<cashtag>\$[A-Za-z]{1,6}(?![\p{L}\p{N}]))`,
    String.raw`(?<money>[$€£¥]\s?${AMOUNT}(?:\s?(?:[kKmM]|bn|mln|million|billion|miljoen|miljard)(?![\p{L}]))?|${AMOUNT}\s?(?:€|euro|eur|usd|dollars?)(?![\p{L}]))`,
    String.raw`(?<percent>${AMOUNT}\s?%)`,
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*)`,
    String.raw`(?<number>\d(?:[\d.,:/]*\d)?)`,
    String.raw`(?<emoji>:[a-z0-9_+\-]+:|\p{Extended_Pictographic}|\p{Regional_Indicator}{2})`,
    String.raw`(?<punct>[.!?…]+|\S)`,
  ].join('|'),
  'gu',
);

const CURRENCY = /[$€£¥]|euro|eur|usd|dollar/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups!;
    const kind = TOKEN_KINDS.find((name) => groups[name] !== undefined)!;
    const raw = match[0];
    tokens.push({ kind, text: raw, key: keyOf(kind, raw), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

function keyOf(kind: TokenKind, raw: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  switch (kind) {
    case 'hashtag':
      return lower.slice(1);
    case 'money':
      return lower
        .match(CURRENCY)![0]
        .replace(/^(euro|eur)$/, '€')
        .replace(/^(usd|dollar)$/, '$');
    case 'percent':
      return '%';
    default:
      return lower;
  }
}

export interface Sentence {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  isQuestion: boolean;
  /** Index of the first word token (after leading mentions, hashtags, emoji and punctuation); -1 if none. */
  lead: number;
}

/** Punctuation that ends a sentence. */
export const TERMINAL = /[.!?…]/;
/** A full stop after these is not the end of a sentence ("Dr. King", "U.S. stores", "o.a."). */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'no',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'etc',
  'e.g',
  'i.e',
  'bv',
  'nv',
  'ca',
  'incl',
  'excl',
  'o.a',
  'm.b.t',
  'z.s.m',
]);

function isAbbreviation(word: Token | undefined, stop: Token): boolean {
  return (
    !!word &&
    word.kind === 'word' &&
    word.end === stop.start &&
    stop.text === '.' &&
    (word.text.length === 1 || ABBREVIATIONS.has(word.key))
  );
}

/** Sentences from punctuation and line breaks. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const endsHere =
      !next ||
      (token.kind === 'punct' && TERMINAL.test(token.text) && !isAbbreviation(tokens[i - 1], token)) ||
      text.slice(token.end, next.start).includes('\n');
    if (endsHere) {
      sentences.push(makeSentence(tokens, from, i + 1, token.text.includes('?')));
      from = i + 1;
    }
  }
  return sentences;
}

function makeSentence(tokens: Token[], from: number, to: number, isQuestion: boolean): Sentence {
  let lead = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i].kind === 'word') {
      lead = i;
      break;
    }
    if (tokens[i].kind === 'number' || tokens[i].kind === 'money' || tokens[i].kind === 'percent') break;
  }
  return { from, to, isQuestion, lead };
}

/** A post is readable when it has at least one real word: emoji, links, handles and hashtags alone are not. */
export function hasReadableText(tokens: Token[]): boolean {
  return tokens.some((token) => token.kind === 'word' && token.text.length >= 2);
}
