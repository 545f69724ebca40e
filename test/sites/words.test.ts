/** The platforms' own words on a post: found where they label it, not inside what people wrote or are called. */
import { describe, expect, it } from 'vitest';
import { AD_WORDS, anyWord, opening, PINNED_WORDS, PROMOTED_WORDS, wholeLine } from '@/src/sites/words';

describe('page words', () => {
  it('finds an ad label on a line of its own, in English and Dutch, but not in a sentence', () => {
    expect(wholeLine(AD_WORDS).test('Acme\nGesponsord\nNew shoes')).toBe(true);
    expect(wholeLine(AD_WORDS).test('Acme\nAd\nNew shoes')).toBe(true);
    expect(wholeLine(AD_WORDS).test('Sponsored content ahead, read on')).toBe(false);
  });
  it('finds "Promoted by" in a header, but never takes a name like "Ad Council" for an ad', () => {
    expect(anyWord(PROMOTED_WORDS).test('Promoted by Acme')).toBe(true);
    expect(anyWord(PROMOTED_WORDS).test('Ad Council · 12,400 followers')).toBe(false);
  });
  it('finds a pinned post by the label that opens it', () => {
    expect(opening(PINNED_WORDS).test('Vastgezet\nOnze nieuwe winkel')).toBe(true);
    expect(opening(PINNED_WORDS).test('We pinned our hopes on spring')).toBe(false);
  });
});
