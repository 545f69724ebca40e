/**
 * The words platforms print on a post beside what its author wrote, in the interface languages we read
 * (English, Dutch). One list per meaning, so a new language is added here, not in every adapter.
 */

/** An advertiser's post placed in the feed, in a label that may stand beside other words ("Promoted by Acme"). */
export const PROMOTED_WORDS = ['Sponsored', 'Promoted', 'Gesponsord', 'Gepromoot'];
/** The same, with the short labels that only mean "ad" where they stand alone (never inside a name: "Ad Council"). */
export const AD_WORDS = [...PROMOTED_WORDS, 'Ad', 'Advertentie'];
/** Pinned to the top of the profile. */
export const PINNED_WORDS = ['Pinned', 'Vastgezet'];

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
