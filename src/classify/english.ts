/**
 * English sentence structure from compromise's tagger: sentence boundaries,
 * questions and imperatives. compromise is heavy (~250 ms to load), so this
 * module is only ever imported by extension pages, the background and the CLI,
 * never by the content script.
 */
import nlp from 'compromise/two';
import { makeSentence, type Sentence, type Token } from './text';

interface Term {
  text: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

const NOT_A_WORD = ['AtMention', 'HashTag', 'Url', 'Emoji', 'Emoticon'];

export function englishSentences(text: string, tokens: Token[]): Sentence[] {
  const doc = nlp(text);
  doc.compute('offset');
  const sentences: Sentence[] = [];
  let from = 0;
  const terms = (doc as unknown as { docs: Term[][] }).docs;
  terms.forEach((sentenceTerms, index) => {
    const nextStart = terms[index + 1]?.[0]?.offset.start ?? Infinity;
    let to = from;
    while (to < tokens.length && tokens[to].start < nextStart) to++;
    if (to === from) return;
    const last = sentenceTerms[sentenceTerms.length - 1];
    const sentence = makeSentence(tokens, from, to, last.post.includes('?') || text.slice(tokens[to - 1].start, tokens[to - 1].end).includes('?'));
    const leadTerm = sentenceTerms.find((term) => !NOT_A_WORD.some((tag) => term.tags.has(tag)));
    sentence.leadIsVerb = !!leadTerm && leadTerm.tags.has('Verb') && (leadTerm.tags.has('Imperative') || leadTerm.tags.has('Infinitive'));
    sentences.push(sentence);
    from = to;
  });
  if (from < tokens.length && sentences.length > 0) sentences[sentences.length - 1].to = tokens.length;
  return sentences;
}
