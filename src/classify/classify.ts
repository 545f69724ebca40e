/**
 * classifyPost: one post in, one tag of the Social Media 24/7 model out, with
 * the cues that decided it. Pure, synchronous, total and deterministic.
 *
 * The decision follows the codebook's tie-breaks in order; words only add
 * up evidence, structure (a reply, a post addressed to one person) decides.
 */
import type { Perspective, TagOrUnknown } from '../model/model';
import type { Classification, Cue, PostInput } from '../model/post';
import { opensWithVerb } from './english';
import { detectLanguage } from './language';
import { LEXICONS, matchLexicon, type Lexicon, type Signal } from './lexicon';
import { hasReadableText, normalize, splitSentences, tokenize, type NormalizedText, type Sentence, type Token } from './text';

/** Stored with every classification, so stored posts are classified again when the rules change. */
export const CLASSIFIER_VERSION = 1;

/** Text beyond this is not read: no brand post is longer, and it keeps the worst case bounded. */
export const MAX_ANALYSED_CHARS = 4000;

const LEXICON_LIST = Object.values(LEXICONS);

/** Evidence needed before a tag other than broadcast is given. */
const THRESHOLD = {
  webcareKindsFromText: 2,
  coCreation: 1,
  promotion: 1,
  commerce: 1,
  service: 2,
  experienceUser: 1.5,
  experienceBrand: 1,
} as const;

const SIGN_OFF_MARKS = new Set(['^', '*', '/', '~', '-', '–', '—']);
const MAX_SIGN_OFF_LENGTH = 12;
/** Posts in languages without a lexicon are judged on structure alone, and say so through a lower confidence. */
const NO_LEXICON_CONFIDENCE_FACTOR = 0.6;

export function classifyPost(post: PostInput, lexicons: Record<string, Lexicon> = LEXICONS): Classification {
  const original = typeof post.text === 'string' ? post.text.slice(0, MAX_ANALYSED_CHARS) : '';
  const normalized = normalize(original);
  const tokens = tokenize(normalized.text);
  const declaredLang = typeof post.lang === 'string' && /^[a-z]{2,3}\b/i.test(post.lang) ? post.lang.slice(0, 2).toLowerCase() : undefined;

  if (!hasReadableText(tokens)) {
    return {
      tag: 'unknown', perspective: null, confidence: 0.9, invitesResponse: false, lang: declaredLang ?? 'und',
      cues: [{ signal: 'unknown', rule: post.mediaOnly ? 'image or video only' : 'no readable text', match: '', start: -1, end: -1, weight: 1 }],
    };
  }

  const lang = declaredLang ?? detectLanguage(tokens, LEXICON_LIST);
  const lexicon: Lexicon | undefined = lexicons[lang];
  const sentences = splitSentences(normalized.text, tokens);
  const evidence = new Evidence(original, normalized, tokens);

  const isReply = collectStructure(post, evidence, lexicon, sentences);
  if (lexicon) {
    const verbCheck = lang === 'en' ? englishVerbCheck(normalized.text, tokens) : undefined;
    for (const match of matchLexicon(lexicon, tokens, sentences, verbCheck)) evidence.add(match.group.signal, match.group.rule, match.from, match.to, match.group.weight);
    collectPrices(evidence, lexicon);
  }
  collectQuestions(evidence, sentences);

  const decision = decide(evidence, isReply, lexicon);
  const confidence = lexicon ? decision.confidence : decision.confidence * NO_LEXICON_CONFIDENCE_FACTOR;
  return {
    tag: decision.tag,
    perspective: decision.perspective,
    confidence: Math.round(confidence * 100) / 100,
    invitesResponse: decision.invitesResponse,
    lang,
    cues: evidence.cues,
  };
}

/**
 * The tagger's answer per sentence. A call costs ~0.3 ms, so a post gets at
 * most MAX_TAGGER_CALLS; beyond that a command word at the start of a
 * sentence counts as a command, as it does in languages without a tagger.
 */
const MAX_TAGGER_CALLS = 6;

function englishVerbCheck(text: string, tokens: Token[]): (sentence: Sentence) => boolean {
  const answers = new Map<string, boolean>();
  return (sentence) => {
    const words = text.slice(tokens[sentence.lead].start, tokens[sentence.to - 1].end);
    const known = answers.get(words);
    if (known !== undefined) return known;
    if (answers.size >= MAX_TAGGER_CALLS) return true;
    const answer = opensWithVerb(words);
    answers.set(words, answer);
    return answer;
  };
}

/** The cues found so far and their summed weight per signal. */
class Evidence {
  readonly cues: Cue[] = [];
  private readonly scores = new Map<Signal, number>();

  constructor(
    private readonly original: string,
    private readonly normalized: NormalizedText,
    readonly tokens: Token[],
  ) {}

  /** A cue over tokens [from, to); from = to = -1 for a structural cue with no place in the text. */
  add(signal: Signal, rule: string, from: number, to: number, weight: number): void {
    let start = -1;
    let end = -1;
    if (from >= 0) {
      start = this.normalized.origin[this.tokens[from].start];
      end = this.normalized.origin[this.tokens[to - 1].end];
    }
    this.cues.push({ signal, rule, match: start >= 0 ? this.original.slice(start, end) : '', start, end, weight });
    this.scores.set(signal, this.score(signal) + weight);
  }

  score(signal: Signal): number {
    return this.scores.get(signal) ?? 0;
  }

  /** How many different rules found evidence for a signal. */
  kinds(signal: Signal): number {
    return new Set(this.cues.filter((cue) => cue.signal === signal).map((cue) => cue.rule)).size;
  }

  has(signal: Signal, rule: string): boolean {
    return this.cues.some((cue) => cue.signal === signal && cue.rule === rule);
  }
}

const STRUCTURAL_WEIGHT = 3;

/** Replies, posts addressed to one person, agent sign-offs, links and stock tickers. Returns whether the post is a reply to someone else. */
function collectStructure(post: PostInput, evidence: Evidence, lexicon: Lexicon | undefined, sentences: Sentence[]): boolean {
  const { tokens } = evidence;
  const handle = (value: unknown) => (typeof value === 'string' ? value.replace(/^@/, '').toLowerCase() : '');
  const isSelfThread = !!post.replyTo && handle(post.replyTo) === handle(post.author);
  const isReply = post.isReply === true && !isSelfThread;
  if (isReply) evidence.add('webcare', post.replyTo ? `reply to @${handle(post.replyTo)}` : 'reply in a thread', -1, -1, STRUCTURAL_WEIGHT);

  let first = 0;
  while (first < tokens.length && tokens[first].kind === 'mention') first++;
  if (first > 0 && first < tokens.length && !isSelfThread) {
    const next = tokens[first];
    const firstSentence = sentences[0];
    const addressed =
      next.kind === 'word' &&
      (!lexicon ||
        lexicon.addressOpeners.has(next.key) ||
        tokens.slice(first, firstSentence?.to ?? tokens.length).some((token) => lexicon.secondPerson.has(token.key)));
    if (addressed) evidence.add('webcare', 'addressed to one person', 0, first, STRUCTURAL_WEIGHT);
  }

  const signOff = findSignOff(tokens);
  if (signOff >= 0) evidence.add('webcare', 'agent sign-off', signOff, signOff + 2, 1);

  const link = tokens.findIndex((token) => token.kind === 'url');
  if (link >= 0) evidence.add('broadcast', 'link', link, link + 1, 0.5);
  const ticker = tokens.findIndex((token) => token.kind === 'cashtag');
  if (ticker >= 0) evidence.add('broadcast', 'stock ticker', ticker, ticker + 1, 1);
  return isReply;
}

/** "^JD", "*SB", "/ML", "-Sam" closing the post (before any trailing links): a care agent's initials. */
function findSignOff(tokens: Token[]): number {
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last].kind === 'url' || tokens[last].kind === 'emoji')) last--;
  const name = tokens[last];
  const mark = tokens[last - 1];
  if (!name || !mark || name.kind !== 'word' || !SIGN_OFF_MARKS.has(mark.text) || mark.end !== name.start) return -1;
  if (!/^\p{Lu}/u.test(name.text) || name.text.length > MAX_SIGN_OFF_LENGTH) return -1;
  const before = tokens[last - 2];
  if (before && before.end === mark.start && before.kind === 'word') return -1;
  return last - 1;
}

/**
 * Amounts: a price after a price word ("for $5") is a sales cue. Bare amounts
 * and percentages are as common in results and news, so together they count
 * for half a cue and never make a promotion on their own.
 */
function collectPrices(evidence: Evidence, lexicon: Lexicon): void {
  let bareAmountSeen = false;
  evidence.tokens.forEach((token, i) => {
    if (token.kind !== 'money' && token.kind !== 'percent') return;
    const previous = evidence.tokens[i - 1];
    if (token.kind === 'money' && previous && lexicon.priceWords.has(previous.key)) evidence.add('promotion', 'price', i - 1, i + 1, 1);
    else if (!bareAmountSeen) {
      bareAmountSeen = true;
      evidence.add('promotion', 'amount', i, i + 1, 0.5);
    }
  });
}

/**
 * A question asks for a response, except the rhetorical hook that opens a
 * post and is answered at length by what follows ("Saving enough? 27% of ...").
 */
const HOOK_ANSWER_WORDS = 15;

function collectQuestions(evidence: Evidence, sentences: Sentence[]): void {
  const withWords = sentences.filter((sentence) => sentence.lead >= 0);
  withWords.forEach((sentence, index) => {
    if (!sentence.isQuestion) return;
    const wordsAfter = evidence.tokens.slice(sentence.to).filter((token) => token.kind === 'word').length;
    const isHook = index === 0 && withWords.length > 1 && wordsAfter >= HOOK_ANSWER_WORDS;
    if (!isHook) evidence.add('invite', 'question to the audience', sentence.from, sentence.to, 1);
  });
}

interface Decision {
  tag: TagOrUnknown;
  perspective: Perspective | null;
  confidence: number;
  invitesResponse: boolean;
}

function decide(evidence: Evidence, isReply: boolean, lexicon: Lexicon | undefined): Decision {
  const score = (signal: Signal) => evidence.score(signal);
  const asksQuestion = evidence.has('invite', 'question to the audience');
  const invites = score('invite') > 0 || score('co-creation') > 0 && asksQuestion;
  const addressesSomeone = !!lexicon && evidence.tokens.some((token) => lexicon.secondPerson.has(token.key));
  const result = (tag: TagOrUnknown, strength: number, rival: number, invitesResponse = invites, perspective: Perspective | null = null): Decision => ({
    tag, perspective, invitesResponse, confidence: Math.min(0.95, Math.max(0.3, 0.45 + 0.15 * strength - 0.1 * rival)),
  });
  const rivalOf = (...signals: Signal[]) => Math.max(0, ...signals.map(score));

  // 1. A reply to, or a message addressed to, one person.
  if (isReply || evidence.has('webcare', 'addressed to one person')) return result('webcare', score('webcare'), 0, true);
  // Without structure, it takes two kinds of care evidence (an apology and a request for details, say):
  // a disruption notice that apologises to everyone is still broadcast.
  if (evidence.kinds('webcare') >= THRESHOLD.webcareKindsFromText && (addressesSomeone || evidence.has('webcare', 'agent sign-off'))) {
    return result('webcare', score('webcare'), rivalOf('promotion', 'broadcast'), true);
  }
  // 2. Input on the offer.
  if (score('co-creation') >= THRESHOLD.coCreation && (invites || asksQuestion)) return result('co-creation', score('co-creation'), rivalOf('promotion'), true);
  // 3. A sales mechanism; but a social transaction or service that carries a deal is that model, as the codebook's examples show.
  const socialModel = Math.max(score('commerce'), score('service') >= THRESHOLD.service ? score('service') : 0);
  if (score('promotion') >= THRESHOLD.promotion && score('promotion') > socialModel) return result('promotion', score('promotion'), rivalOf('broadcast', 'experience'));
  // 4. A social service or social transaction model.
  if (score('commerce') >= THRESHOLD.commerce && score('commerce') >= score('service')) return result('commerce', score('commerce'), rivalOf('promotion'));
  if (score('service') >= THRESHOLD.service) return result('service', score('service'), rivalOf('broadcast'));
  // 5. Customers' experiences put forward; mood, identity or community.
  if (score('experience-user') >= THRESHOLD.experienceUser) return result('experience', score('experience-user'), rivalOf('broadcast'), invites, 'user');
  const brandMood = score('experience') + (asksQuestion ? 1 : 0);
  if (brandMood >= THRESHOLD.experienceBrand && brandMood >= score('broadcast')) return result('experience', brandMood, score('broadcast'), invites, 'brand');
  // 6. Otherwise the brand informs.
  return result('broadcast', score('broadcast'), brandMood);
}
