/**
 * The words platforms print on a post beside what its author wrote, in the interface languages we read
 * (English, Dutch). One list per meaning, so a new language is added here, not in every adapter.
 */

import type { Lang } from '../model/model';

/** Each meaning's words, per interface language: a new language fills in every meaning (a test checks). */
export const PAGE_WORDS = {
  /** An advertiser's post placed in the feed, in a label that may stand beside other words ("Promoted by Acme"). */
  promoted: { en: ['Sponsored', 'Promoted'], nl: ['Gesponsord', 'Gepromoot'] },
  /** Short labels that only mean "ad" where they stand alone (never inside a name: "Ad Council"). */
  ad: { en: ['Ad'], nl: ['Advertentie'] },
  /** Pinned to the top of the profile. */
  pinned: { en: ['Pinned'], nl: ['Vastgezet'] },
} satisfies Record<string, Record<Lang, string[]>>;

const inEveryLanguage = (words: Record<Lang, string[]>) => Object.values(words).flat();

export const PROMOTED_WORDS = inEveryLanguage(PAGE_WORDS.promoted);
/** An ad label: a promoted label, or a short one standing alone. */
export const AD_WORDS = [...PROMOTED_WORDS, ...inEveryLanguage(PAGE_WORDS.ad)];
export const PINNED_WORDS = inEveryLanguage(PAGE_WORDS.pinned);

/** One of the words as the whole of a line of text ("Sponsored" on its own line). */
export function wholeLine(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})$`, 'im');
}

/** One of the words anywhere, as a word, capitalised as the platform prints it. */
export function anyWord(words: readonly string[]): RegExp {
  return new RegExp(`\\b(${words.join('|')})\\b`);
}

/** One of the words opening the text. */
export function opening(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})`, 'im');
}
