/** The badge on a post names its cell as the popup does, in the reader's language, with the deciding cues on hover. */
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/src/collect/badge';

const cue = { signal: 'experience' as const, rule: 'pride or feeling', match: 'proud', start: 0, end: 5, weight: 1 };
const classified = { setByHand: false, unsure: false };

describe('badge text', () => {
  it('names the cell, not the bare tag and an English perspective', () => {
    expect(badgeText({ tag: 'experience', perspective: 'brand', cues: [cue], ...classified }, 'nl')).toEqual({
      text: 'Zendmeter · Merkbeleving',
      title: 'pride or feeling: “proud”',
    });
    expect(badgeText({ tag: 'experience', perspective: 'user', cues: [], ...classified }, 'en').text).toBe('Zendmeter · User experience');
    expect(badgeText({ tag: 'promotion', perspective: null, cues: [], ...classified }, 'en').text).toBe('Zendmeter · Promotion');
  });
  it('says in the reader’s language when no cue decided, whatever the tag: not "broadcast by default"', () => {
    expect(badgeText({ tag: 'broadcast', perspective: null, cues: [], ...classified }, 'nl').title).toBe(
      'geen signalen: gewichten beslisten',
    );
    expect(badgeText({ tag: 'experience', perspective: 'brand', cues: [], ...classified }, 'en').title).toBe(
      'no cues: learned weights decided',
    );
  });
  it('marks a tag the classifier was unsure of, in the reader’s language', () => {
    expect(badgeText({ tag: 'experience', perspective: 'brand', cues: [cue], setByHand: false, unsure: true }, 'en')).toEqual({
      text: 'Zendmeter · Brand experience · unsure',
      title: 'pride or feeling: “proud”',
    });
    expect(badgeText({ tag: 'broadcast', perspective: null, cues: [], setByHand: false, unsure: true }, 'nl').text).toBe(
      'Zendmeter · Zenden · twijfel',
    );
  });
  it('shows a tag set by hand as such, never the cues of the tag it replaced', () => {
    expect(badgeText({ tag: 'promotion', perspective: null, cues: [], setByHand: true, unsure: false }, 'nl')).toEqual({
      text: 'Zendmeter · Promotie',
      title: 'handmatig aangepast',
    });
  });
});
