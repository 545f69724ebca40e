/**
 * English grammar from compromise's tagger, asked only where it decides
 * something: whether a command word that opens a sentence ("Shop now",
 * "Order yours", "Vote for ...") is used as a verb rather than a noun
 * ("Shop opening hours", "Order of service"). Tagging costs ~0.3 ms a call
 * and ~2 ms for a whole 200-character post, so tagging every post would cap
 * throughput near 500 posts a second.
 *
 * compromise takes ~250 ms to load: this module is imported by the
 * background, extension pages and the CLI, never by a content script.
 */
import nlp from 'compromise/two';

/** Words enough for the tagger to see the sentence's shape. */
const CONTEXT_WORDS = 8;
const NOT_A_WORD = ['AtMention', 'HashTag', 'Url', 'Emoji', 'Emoticon'];

export function opensWithVerb(sentence: string): boolean {
  const words = sentence.split(/\s+/, CONTEXT_WORDS).join(' ');
  const terms = nlp(words).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
  const lead = terms[0]?.terms.find((term) => !NOT_A_WORD.some((tag) => term.tags.includes(tag)));
  return !!lead && lead.tags.includes('Verb') && (lead.tags.includes('Imperative') || lead.tags.includes('Infinitive'));
}
