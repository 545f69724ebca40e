/**
 * classifyPost: one post in, one tag of the Social Media 24/7 model out, with
 * the cues that decided it. Pure, synchronous, total and deterministic.
 *
 * Two layers. Rules read the post: the lexicon's cue groups, questions,
 * prices, links, and the structure the page showed. Structure decides the
 * codebook's first tie-break on its own (a reply, or a post addressed to one
 * person, is webcare), and so do the rare social service and commerce cues.
 * For the rest, learned weights over what the rules saw (`weights.json`,
 * written by `npm run train` from the labelled corpus) choose between
 * broadcast, experience (brand or user), co-creation and promotion; an
 * explicit buy call then makes it promotion unless they chose co-creation.
 */
import { inLanguage, TAG_NAMES, type Localized, type Perspective, type TagOrUnknown } from '../model/model';
import { QUESTION_RULE, type Classification, type Cue, type PostInput } from '../model/post';
import { opensWithVerb } from './english';
import { extractFeatures, WORD_FEATURE, withPairs } from './features';
import { detectLanguage } from './language';
import { LEXICONS, matchLexicon, ownWordId, type Lexicon, type LexiconMatch, type Signal } from './lexicon';
import { leanings, predict, type Features, type SoftmaxModel } from './softmax';
import { hasReadableText, normalize, splitSentences, TERMINAL, tokenize, type NormalizedText, type Sentence, type Token } from './text';
import { eng, nld } from 'stopword';
import weights from './weights.json';

/** Stored with every classification, so stored posts are classified again when the rules change. */
export const CLASSIFIER_VERSION = 25;

/** Text beyond this is not read: no brand post is longer, and it keeps the worst case bounded. */
export const MAX_ANALYSED_CHARS = 4000;

/**
 * Three models over the same features: which tag, whether the post invites a response, and, for an
 * experience post, whose experience it is (over the features and their pairs).
 */
export interface LearnedLayer {
  tags: SoftmaxModel;
  invites: SoftmaxModel;
  perspective: SoftmaxModel;
}

export const INVITES = 'invites a response';
export const SENDS = 'only sends';

/** The classes the learned layer chooses between, as tag and perspective. */
const LEARNED_CLASSES: Record<string, { tag: TagOrUnknown; perspective: Perspective | null }> = {
  broadcast: { tag: 'broadcast', perspective: null },
  'co-creation': { tag: 'co-creation', perspective: null },
  promotion: { tag: 'promotion', perspective: null },
  'experience-brand': { tag: 'experience', perspective: 'brand' },
  'experience-user': { tag: 'experience', perspective: 'user' },
};

/** The learned class a labelled post belongs to, or undefined where rules decide its tag. */
export function learnedClassOf(tag: string, perspective: unknown): string | undefined {
  const name = tag === 'experience' ? `experience-${perspective === 'user' ? 'user' : 'brand'}` : tag;
  return name in LEARNED_CLASSES ? name : undefined;
}

/**
 * A word the user added in the options is their word against the corpus's:
 * it lifts its class by this much log-odds beyond the most common class's
 * prior, enough to decide a post that has no stronger cue the other way.
 */
const OWN_WORD_WEIGHT = 4;

/** An own word's weights in a model: OWN_WORD_WEIGHT above the most common class's prior for its class, none for the others. */
function ownWordWeights(model: SoftmaxModel, label: string): number[] {
  const weight = OWN_WORD_WEIGHT + Math.max(...Object.values(model.bias)) - model.bias[label];
  return model.classes.map((name) => (name === label ? weight : 0));
}

function withOwnWords(layer: LearnedLayer): LearnedLayer {
  const tags = { ...layer.tags.weights };
  for (const [name, { tag, perspective }] of Object.entries(LEARNED_CLASSES)) {
    const signal: Signal = tag === 'experience' && perspective === 'user' ? 'experience-user' : (tag as Signal);
    tags[`cue:${ownWordId(signal)}`] = ownWordWeights(layer.tags, name);
  }
  const invites = { ...layer.invites.weights, [`cue:${ownWordId('invite')}`]: ownWordWeights(layer.invites, INVITES) };
  // An own word for the users' experience settles the perspective as a cue; one for the brand's does here.
  const perspective = {
    ...layer.perspective.weights,
    [`cue:${ownWordId('experience')}`]: ownWordWeights(layer.perspective, 'brand'),
  };
  return {
    tags: { ...layer.tags, weights: tags },
    invites: { ...layer.invites, weights: invites },
    perspective: { ...layer.perspective, weights: perspective },
  };
}

/** The learned layer as `npm run train` wrote it, with the user's own words. */
const TRAINED_MODEL: LearnedLayer = withOwnWords(weights);

const LEXICON_LIST = Object.values(LEXICONS);

/** Evidence needed before the rules give webcare from text alone, service or commerce. */
const THRESHOLD = {
  webcareKindsFromText: 2,
  coCreation: 1,
  commerce: 1,
  service: 2,
} as const;

const SIGN_OFF_MARKS = new Set(['^', '*', '/', '~', '-', '–', '—']);
const MAX_SIGN_OFF_LENGTH = 12;
/** A repost is known from the page's own marking, not guessed from words. */
const REPOST_CONFIDENCE = 0.9;
/** Posts in languages without a lexicon are judged on structure alone, and say so through a lower confidence. */
const NO_LEXICON_CONFIDENCE_FACTOR = 0.6;

/** What the rules made of a post: a decision where structure or rare cues settle it, else the features for the learned layer. */
export type Analysis = { kind: 'decided'; classification: Classification } | LearnedAnalysis;

/** A post the learned layer decides: the features it weighs, and where a word stands, so the deciding ones can be marked. */
type LearnedAnalysis = {
  kind: 'learned';
  features: Features;
  lang: string;
  hasLexicon: boolean;
  cues: Cue[];
  wordSpan: (key: string) => Span | undefined;
};

/** Where a cue stands in the original text. */
type Span = Pick<Cue, 'match' | 'start' | 'end'>;
const NO_PLACE: Span = { match: '', start: -1, end: -1 };

/**
 * The names of the cues read from a post's form rather than its words, in the post's language where
 * Zendmeter reads it (the cue words' names are in their lexicon), so a Dutch post's marks read in Dutch
 * throughout. "{}" stands for a handle or a tag.
 */
const FORM_CUES = {
  mediaOnly: { en: 'image or video only', nl: 'alleen beeld of video' },
  noText: { en: 'no readable text', nl: 'geen leesbare tekst' },
  reply: { en: 'reply in a thread', nl: 'reactie in een thread' },
  replyTo: { en: 'reply to @{}', nl: 'reactie aan @{}' },
  repost: { en: 'repost', nl: 'repost' },
  repostOf: { en: 'repost of @{}', nl: 'repost van @{}' },
  addressed: { en: 'addressed to one person', nl: 'gericht aan één persoon' },
  signOff: { en: 'agent sign-off', nl: 'ondertekend door een medewerker' },
  link: { en: 'link', nl: 'link' },
  ticker: { en: 'stock ticker', nl: 'beurscode' },
  price: { en: 'price', nl: 'prijs' },
  amount: { en: 'amount', nl: 'bedrag of percentage' },
  matchMinute: { en: 'match minute: a live update', nl: 'wedstrijdminuut: een liveverslag' },
  word: { en: 'word typical of {} posts', nl: 'woord typerend voor {}' },
} satisfies Record<string, Localized>;

function formCue(name: keyof typeof FORM_CUES, lang: string, value = ''): string {
  return inLanguage(FORM_CUES[name], lang).replace('{}', value);
}

export function classifyPost(
  post: PostInput,
  lexicons: Record<string, Lexicon> = LEXICONS,
  model: LearnedLayer = TRAINED_MODEL,
): Classification {
  return decideWith(analysePost(post, lexicons), model);
}

export function analysePost(post: PostInput, lexicons: Record<string, Lexicon> = LEXICONS): Analysis {
  const original = typeof post.text === 'string' ? post.text.slice(0, MAX_ANALYSED_CHARS) : '';
  const normalized = normalize(original);
  const tokens = tokenize(normalized.text);
  const declaredLang = declaredLanguage(post.lang);

  if (!hasReadableText(tokens)) {
    return {
      kind: 'decided',
      classification: {
        tag: 'unknown',
        perspective: null,
        confidence: 0.9,
        invitesResponse: false,
        lang: declaredLang ?? 'und',
        cues: [
          {
            signal: 'unknown',
            rule: formCue(post.mediaOnly ? 'mediaOnly' : 'noText', declaredLang ?? 'und'),
            match: '',
            start: -1,
            end: -1,
            weight: 1,
          },
        ],
      },
    };
  }

  const sentences = splitSentences(normalized.text, tokens);
  const { lang, lexicon, matches } = readCueWords(
    declaredLang ?? detectLanguage(tokens, LEXICON_LIST),
    lexicons,
    normalized.text,
    tokens,
    sentences,
  );
  const evidence = new Evidence(original, normalized, tokens, lang);

  const isReply = collectStructure(post, evidence, lexicon, sentences);
  // A repost puts someone else's post forward: the codebook's user experience, whatever that post says.
  if (post.isRepost === true) {
    evidence.add(
      'experience-user',
      typeof post.author === 'string' ? formCue('repostOf', lang, post.author.replace(/^@/, '')) : formCue('repost', lang),
      -1,
      -1,
      STRUCTURAL_WEIGHT,
      'repost',
    );
    return {
      kind: 'decided',
      classification: {
        tag: 'experience',
        perspective: 'user',
        confidence: REPOST_CONFIDENCE,
        invitesResponse: false,
        lang,
        cues: evidence.cues,
      },
    };
  }
  for (const match of matches) evidence.add(match.group.signal, match.group.rule, match.from, match.to, match.group.weight, match.group.id);
  if (lexicon) collectPrices(evidence, lexicon);
  collectMatchMinute(evidence);
  collectQuestions(evidence, sentences, normalized.text);

  const ruled = decideByRules(evidence, isReply, lexicon);
  if (ruled) {
    const confidence = lexicon ? ruled.confidence : ruled.confidence * NO_LEXICON_CONFIDENCE_FACTOR;
    return { kind: 'decided', classification: { ...ruled, confidence: round(confidence), lang, cues: evidence.cues } };
  }
  const features = extractFeatures({ tokens, sentences, text: normalized.text, lexicon, lang, hits: evidence.hits });
  return { kind: 'learned', features, lang, hasLexicon: !!lexicon, cues: evidence.cues, wordSpan: (key) => evidence.wordSpan(key) };
}

/**
 * The language a post is read in, its lexicon and the cue words it matched. A post too short for the
 * detector that has none of the function words either ("Dreams really DO come true", "Gefeliciteerd!")
 * is read with the lexicon whose cue words it uses, the one with more where both match: the cue words
 * are evidence of its language too.
 */
function readCueWords(
  detected: string,
  lexicons: Record<string, Lexicon>,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
): { lang: string; lexicon?: Lexicon; matches: LexiconMatch[] } {
  const read = (lexicon: Lexicon) =>
    matchLexicon(lexicon, tokens, sentences, lexicon.language === 'en' ? englishVerbCheck(text, tokens) : undefined);
  const detectedLexicon = lexicons[detected];
  if (detectedLexicon) return { lang: detected, lexicon: detectedLexicon, matches: read(detectedLexicon) };
  if (detected !== 'und') return { lang: detected, matches: [] };
  let best: { lang: string; lexicon?: Lexicon; matches: LexiconMatch[] } = { lang: 'und', matches: [] };
  for (const lexicon of Object.values(lexicons)) {
    const matches = read(lexicon);
    if (matches.length > best.matches.length) best = { lang: lexicon.language, lexicon, matches };
  }
  return best;
}

/**
 * The language a page declares for a post, as ISO 639-1; none where it declares none or declares that
 * there is none to tell ("und", "zxx", and X's private codes such as "qme" for emoji only): detection decides.
 */
function declaredLanguage(lang: unknown): string | undefined {
  if (typeof lang !== 'string' || !/^[a-z]{2,3}\b/i.test(lang) || /^(und|zxx|q[a-t][a-z])\b/i.test(lang)) return undefined;
  return lang.slice(0, 2).toLowerCase();
}

/** The cue group of explicit buy and book calls ("shop now", "book your place", "link in bio to buy"). */
const BUY_CALL = 'buy-phrase';

/** The classification of an analysed post, the learned layer choosing where the rules did not. */
export function decideWith(analysis: Analysis, model: LearnedLayer): Classification {
  if (analysis.kind === 'decided') return analysis.classification;
  const predicted = predict(model.tags, analysis.features);
  // 3. A buy or book call makes a launch a promotion (codebook tie-break 3); only input on the offer ranks above it.
  const buyCall = analysis.features[`cue:${BUY_CALL}`] === 1 && predicted.label !== 'co-creation';
  const { label, probability } = buyCall ? { label: 'promotion', probability: predicted.probabilityOf('promotion') } : predicted;
  const invitesResponse = predict(model.invites, analysis.features).label === INVITES;
  const learned = LEARNED_CLASSES[label];
  // Users' own content, credited or asked for, is the users' experience (codebook): the cue settles the perspective.
  const { tag } = learned;
  const usersContent = tag === 'experience' && analysis.cues.some((cue) => cue.signal === 'experience-user');
  const perspective = tag !== 'experience' ? null : usersContent ? 'user' : whoseExperience(model.perspective, analysis.features);
  const confidence = analysis.hasLexicon ? probability : probability * NO_LEXICON_CONFIDENCE_FACTOR;
  // Why this tag rather than another: for an experience post, whose experience it is is a question apart.
  const runnerUp = model.tags.classes
    .filter((name) => LEARNED_CLASSES[name]?.tag !== tag)
    .reduce<string | undefined>(
      (best, name) => (best && predicted.probabilityOf(best) >= predicted.probabilityOf(name) ? best : name),
      undefined,
    );
  const cues = runnerUp ? [...analysis.cues, ...tippingWords(model.tags, analysis, label, runnerUp, tag)] : analysis.cues;
  return { tag, perspective, confidence: round(confidence), invitesResponse, lang: analysis.lang, cues };
}

/**
 * Everyday words ("the", "and", "will", "het", "een", "jouw") weigh in the learned layer too, but marked they
 * tell a reader nothing about the post, so they are never marked. Lists from the stopword package (MIT, 62
 * languages) rather than our own: the lexicons' function words, made for telling languages apart, hold "love"
 * and "great". Its lists are short (108 English words, without "will", "when" or "not"), so each lexicon's
 * pronouns and everyday words complete them.
 */
const STOPWORDS: Record<string, ReadonlySet<string>> = { en: everydayWords(eng, LEXICONS.en), nl: everydayWords(nld, LEXICONS.nl) };

function everydayWords(stopwords: readonly string[], lexicon: Lexicon): ReadonlySet<string> {
  return new Set([
    ...stopwords,
    ...lexicon.everydayWords,
    ...lexicon.secondPerson,
    ...lexicon.firstPersonPlural,
    ...lexicon.firstPersonSingular,
  ]);
}
/**
 * A contraction is its first word's ("don't" is "do", "we're" is "we"); the lists hold no contractions. A
 * possessive keeps its word ("today's" is "today"), so it is marked where the word would be.
 */
const CONTRACTION = /n't$|'(?:s|re|ve|ll|d|m)$/;
/** Shorter words are mostly pieces ("th" of "100th", an initial): marked, they would puzzle more than explain. */
const MIN_MARKED_LETTERS = 3;
/** At most this many words are marked as having tipped a post, the strongest first. */
const MAX_WORD_CUES = 3;
/** A word counts as having tipped a post once it moved the log-odds of its tag over the runner-up by this much. */
const MIN_WORD_LEAN = 0.3;

/**
 * The words that moved the learned layer most toward its tag rather than the runner-up, as cues. Where the
 * weights, not a cue group, decided, the rules' cues alone may mark nothing for the tag shown, or only a
 * link that pointed to broadcast on a post tagged experience; these say which words decided it.
 */
function tippingWords(model: SoftmaxModel, analysis: LearnedAnalysis, label: string, runnerUp: string, tag: TagOrUnknown): Cue[] {
  // In a language without a lexicon, a word weighs only where it happens to be spelt as an English or
  // Dutch one ("des", "est"): marked, it would explain nothing.
  const everyday = STOPWORDS[analysis.lang];
  if (!everyday) return [];
  const marked = analysis.cues.filter((cue) => cue.start >= 0);
  const free = (span: Span) => !marked.some((cue) => cue.start < span.end && span.start < cue.end);
  const cues: Cue[] = [];
  for (const { name, lean } of leanings(model, analysis.features, label, runnerUp, MIN_WORD_LEAN)) {
    const word = name.startsWith(WORD_FEATURE) ? name.slice(WORD_FEATURE.length) : '';
    const base = word.replace(CONTRACTION, '');
    const span = base.length >= MIN_MARKED_LETTERS && !everyday.has(base) ? analysis.wordSpan(word) : undefined;
    if (span && free(span))
      cues.push({
        signal: tag,
        rule: formCue('word', analysis.lang, inLanguage(TAG_NAMES[tag], analysis.lang).toLowerCase()),
        match: span.match,
        start: span.start,
        end: span.end,
        weight: round(lean),
      });
    if (cues.length === MAX_WORD_CUES) break;
  }
  return cues;
}

function whoseExperience(model: SoftmaxModel, features: Features): Perspective {
  return predict(model, withPairs(features)).label === 'user' ? 'user' : 'brand';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
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
  /** The cue group or structural rule behind each cue, by the id the learned weights use. */
  readonly hits: string[] = [];
  private readonly scores = new Map<Signal, number>();

  constructor(
    private readonly original: string,
    private readonly normalized: NormalizedText,
    readonly tokens: Token[],
    /** The language the post is read in: the cues' names are in it. */
    readonly lang: string,
  ) {}

  /** A cue over tokens [from, to); from = to = -1 for a structural cue with no place in the text. */
  add(signal: Signal, rule: string, from: number, to: number, weight: number, id: string): void {
    this.hits.push(id);
    const { match, start, end } = from >= 0 ? this.span(from, to) : NO_PLACE;
    this.cues.push({ signal, rule, match, start, end, weight });
    this.scores.set(signal, this.score(signal) + weight);
  }

  /** Tokens [from, to) as they stand in the original text. */
  private span(from: number, to: number): Span {
    const start = this.normalized.origin[this.tokens[from].start];
    const end = this.normalized.origin[this.tokens[to - 1].end];
    return { match: this.original.slice(start, end), start, end };
  }

  /** Where a word (by its key) first stands in the original text, if the post has it. */
  wordSpan(key: string): Span | undefined {
    const at = this.tokens.findIndex((token) => token.kind === 'word' && token.key === key);
    return at >= 0 ? this.span(at, at + 1) : undefined;
  }

  score(signal: Signal): number {
    return this.scores.get(signal) ?? 0;
  }

  /** How many different rules found evidence for a signal. */
  kinds(signal: Signal): number {
    return new Set(this.cues.filter((cue) => cue.signal === signal).map((cue) => cue.rule)).size;
  }

  /** Whether a rule found evidence, by its id. */
  has(id: string): boolean {
    return this.hits.includes(id);
  }
}

const STRUCTURAL_WEIGHT = 3;

/** Replies, posts addressed to one person, agent sign-offs, links and stock tickers. Returns whether the post is a reply to someone else. */
function collectStructure(post: PostInput, evidence: Evidence, lexicon: Lexicon | undefined, sentences: Sentence[]): boolean {
  const { tokens, lang } = evidence;
  const handle = (value: unknown) => (typeof value === 'string' ? value.replace(/^@/, '').toLowerCase() : '');
  const isSelfThread = !!post.replyTo && handle(post.replyTo) === handle(post.author);
  const isReply = post.isReply === true && !isSelfThread;
  if (isReply)
    evidence.add(
      'webcare',
      post.replyTo ? formCue('replyTo', lang, handle(post.replyTo)) : formCue('reply', lang),
      -1,
      -1,
      STRUCTURAL_WEIGHT,
      'reply',
    );

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
    if (addressed) evidence.add('webcare', formCue('addressed', lang), 0, first, STRUCTURAL_WEIGHT, 'addressed');
  }

  const signOff = findSignOff(tokens);
  if (signOff >= 0) evidence.add('webcare', formCue('signOff', lang), signOff, signOff + 2, 1, 'sign-off');

  const link = tokens.findIndex((token) => token.kind === 'url');
  if (link >= 0) evidence.add('broadcast', formCue('link', lang), link, link + 1, 0.5, 'link');
  const ticker = tokens.findIndex((token) => token.kind === 'cashtag');
  if (ticker >= 0) evidence.add('broadcast', formCue('ticker', lang), ticker, ticker + 1, 1, 'ticker');
  return isReply;
}

/** "^JD", "*SB", "/ML", "-Sam" closing the post (before any trailing links, emoji and full stop): a care agent's initials. */
function findSignOff(tokens: Token[]): number {
  const trails = (token: Token) => token.kind === 'url' || token.kind === 'emoji' || (token.kind === 'punct' && TERMINAL.test(token.text));
  let last = tokens.length - 1;
  while (last >= 0 && trails(tokens[last])) last--;
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
    if (token.kind === 'money' && previous && lexicon.priceWords.has(previous.key))
      evidence.add('promotion', formCue('price', evidence.lang), i - 1, i + 1, 1, 'price');
    else if (!bareAmountSeen) {
      bareAmountSeen = true;
      evidence.add('promotion', formCue('amount', evidence.lang), i, i + 1, 0.5, 'amount');
    }
  });
}

/** A minute mark, as clubs open a live update with it: "'17", "45'", "90+3'". */
const MINUTE_MARK = /^['’‘′]$/;
const MAX_MATCH_MINUTE = 130;

/**
 * A post that opens with the minute of a match is a live match update ("'27 Another corner for …", "90+3'
 * GOAL!"), news of the game however excited (codebook): it counts with the schedule and results cues.
 */
function collectMatchMinute(evidence: Evidence): void {
  const { tokens } = evidence;
  let i = 0;
  while (tokens[i]?.kind === 'emoji') i++;
  const from = i;
  const isMark = (token: Token | undefined) => token?.kind === 'punct' && MINUTE_MARK.test(token.text);
  const quoteFirst = isMark(tokens[i]);
  if (quoteFirst) i++;
  if (tokens[i]?.kind !== 'number' || Number(tokens[i].key) > MAX_MATCH_MINUTE) return;
  i++;
  if (tokens[i]?.text === '+' && tokens[i + 1]?.kind === 'number') i += 2;
  const quoteAfter = isMark(tokens[i]);
  if (quoteAfter) i++;
  // A decade ("'90s") is glued to its letters; a minute stands apart.
  const standsApart = !tokens[i] || tokens[i].start > tokens[i - 1].end;
  if (quoteFirst !== quoteAfter && standsApart)
    evidence.add('broadcast', formCue('matchMinute', evidence.lang), from, i, 0.5, 'event-info');
}

/**
 * A question asks for a response, except the rhetorical hook that opens a
 * post and is answered at length by what follows ("Saving enough? 27% of ..."),
 * and a question in quotation marks, which is someone else's words ('a
 * customer asked us "why not in red?"').
 */
const HOOK_ANSWER_WORDS = 15;

function collectQuestions(evidence: Evidence, sentences: Sentence[], text: string): void {
  const withWords = sentences.filter((sentence) => sentence.lead >= 0);
  withWords.forEach((sentence, index) => {
    if (!sentence.isQuestion) return;
    const mark = evidence.tokens[sentence.to - 1];
    if (isQuoted(text, mark.start + mark.text.indexOf('?'))) {
      evidence.hits.push('quoted question');
      return;
    }
    const wordsAfter = evidence.tokens.slice(sentence.to).filter((token) => token.kind === 'word').length;
    const isHook = index === 0 && withWords.length > 1 && wordsAfter >= HOOK_ANSWER_WORDS;
    if (isHook) evidence.hits.push('hook question');
    else evidence.add('invite', inLanguage(QUESTION_RULE, evidence.lang), sentence.from, sentence.to, 1, 'question');
  });
}

/** Whether a place in the text lies between quotation marks: someone else's words. */
function isQuoted(text: string, at: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < at; i++) {
    const char = text[i];
    if (char === '"') straight++;
    else if (char === '“' || char === '„' || char === '«') curly++;
    else if ((char === '”' || char === '»') && curly > 0) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

type RuleDecision = Omit<Classification, 'lang' | 'cues'>;

/** Cue groups that make a vote or poll something other than input on the offer. */
const NOT_INPUT_ON_OFFER = new Set(['preference', 'small-talk-question', 'civic-vote', 'vote-for-brand', 'vote-thanks']);

/** The codebook's tie-breaks that structure and rare cues settle: webcare, then a social service or transaction model. */
function decideByRules(evidence: Evidence, isReply: boolean, lexicon: Lexicon | undefined): RuleDecision | undefined {
  const score = (signal: Signal) => evidence.score(signal);
  const addressesSomeone = !!lexicon && evidence.tokens.some((token) => lexicon.secondPerson.has(token.key));
  const result = (tag: TagOrUnknown, strength: number, rival: number, invitesResponse: boolean): RuleDecision => ({
    tag,
    perspective: null,
    invitesResponse,
    confidence: Math.min(0.95, Math.max(0.3, 0.45 + 0.15 * strength - 0.1 * rival)),
  });
  const rivalOf = (...signals: Signal[]) => Math.max(0, ...signals.map(score));

  // 1. A reply to, or a message addressed to, one person.
  if (isReply || evidence.has('addressed')) return result('webcare', score('webcare'), 0, true);
  // Without structure, it takes two kinds of care evidence (an apology and a request for details, say):
  // a disruption notice that apologises to everyone is still broadcast.
  if (evidence.kinds('webcare') >= THRESHOLD.webcareKindsFromText && (addressesSomeone || evidence.has('sign-off'))) {
    return result('webcare', score('webcare'), rivalOf('promotion', 'broadcast'), true);
  }
  // 2. Input on the offer, asked for.
  const invites = score('invite') > 0;
  // A vote on favourites or in an election is not input on the offer (codebook v2): the learned layer weighs it.
  const notInput = evidence.hits.some((id) => NOT_INPUT_ON_OFFER.has(id));
  if (score('co-creation') >= THRESHOLD.coCreation && !notInput && (invites || evidence.has('question'))) {
    return result('co-creation', score('co-creation'), rivalOf('promotion'), true);
  }
  // 4. A social transaction or service model, even one that carries a deal, as the codebook's examples show.
  if (score('commerce') >= THRESHOLD.commerce && score('commerce') >= score('service') && score('commerce') >= score('promotion')) {
    return result('commerce', score('commerce'), rivalOf('promotion'), invites);
  }
  if (score('service') >= THRESHOLD.service && score('service') >= score('promotion'))
    return result('service', score('service'), rivalOf('broadcast'), invites);
  return undefined;
}
