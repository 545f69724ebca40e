/**
 * English grammar from compromise's tagger, asked only where it decides
 * something: whether a command word that opens a sentence ("Shop now",
 * "Order yours", "Vote for ...") is used as a verb rather than a noun
 * ("Shop opening hours", "Order of service"). Tagging costs ~0.3 ms a call
 * and ~2 ms for a whole 200-character post, so tagging every post would cap
 * throughput near 500 posts a second.
 *
 * compromise takes ~250 ms to load, more than the rest of the classifier
 * together, and most posts never need it (other languages, posts with no
 * command word opening a sentence). So it is loaded on demand: whoever
 * classifies posts that may be English (those of no known language are read
 * with the English cue words too) awaits loadEnglishTagger() first. The bundlers inline
 * the import() and run compromise's module only when it is called, which
 * also keeps it legal in a service worker. Never imported by a content script.
 */
type Compromise = typeof import('compromise/two').default;

let nlp: Compromise | undefined;

/** Loads the tagger once; every later call returns at once. */
export async function loadEnglishTagger(): Promise<void> {
  nlp ??= (await import('compromise/two')).default;
}

/** Thrown when a post needs the tagger before anyone loaded it: a caller's mistake, never a post's. */
class EnglishTaggerNotLoaded extends Error {
  constructor() {
    super('the English tagger is not loaded: await loadEnglishTagger() before classifying English posts');
  }
}

/** Words enough for the tagger to see the sentence's shape. */
const CONTEXT_WORDS = 8;
const NOT_A_WORD = ['AtMention', 'HashTag', 'Url', 'Emoji', 'Emoticon'];

export function opensWithVerb(sentence: string): boolean {
  if (!nlp) throw new EnglishTaggerNotLoaded();
  const words = sentence.split(/\s+/, CONTEXT_WORDS).join(' ');
  const terms = nlp(words).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
  const lead = terms[0]?.terms.find((term) => !NOT_A_WORD.some((tag) => term.tags.includes(tag)));
  return !!lead && lead.tags.includes('Verb') && (lead.tags.includes('Imperative') || lead.tags.includes('Infinitive'));
}
