/** The badge on a post names its cell as the popup does, in the reader's language, with the deciding cues on hover. */
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/src/collect/badge';

const cue = { signal: 'experience' as const, rule: 'pride or feeling', match: 'proud', start: 0, end: 5, weight: 1 };

describe('badge text', () => {
  it('names the cell, not the bare tag and an English perspective', () => {
    expect(badgeText({ tag: 'experience', perspective: 'brand', cues: [cue] }, 'nl')).toEqual({
      text: 'Zendmeter · Merkbeleving',
      title: 'pride or feeling: “proud”',
    });
    expect(badgeText({ tag: 'experience', perspective: 'user', cues: [] }, 'en').text).toBe('Zendmeter · User experience');
    expect(badgeText({ tag: 'promotion', perspective: null, cues: [] }, 'en').text).toBe('Zendmeter · Promotion');
  });
  it('says in the reader’s language when no cue decided', () => {
    expect(badgeText({ tag: 'broadcast', perspective: null, cues: [] }, 'nl').title).toBe('geen signaalwoorden: daarom zenden');
  });
});
