/** The corpus's emoji written as names are read back as the emoji pages show, so training sees what users' pages hold. */
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { restoreEmoji } from '@/src/cli/emoji-names';

describe('emoji written as names in the corpus', () => {
  it('become the emoji, variation selector, skin tone and flag names included', () => {
    expect(restoreEmoji('Cheers :party_popper: :red_heart_selector:')).toBe('Cheers 🎉 ❤️');
    expect(restoreEmoji(':OK_hand_medium-dark_skin_tone: great')).toBe('👌🏾 great');
    expect(restoreEmoji('Hallo :Netherlands:!')).toBe('Hallo 🇳🇱!');
  });
  it('leave everything else as it is: unknown names, times, links', () => {
    const text = 'Doors open 10:30:00, see https://example.org/a:b:c and :not_an_emoji_name: here';
    expect(restoreEmoji(text)).toBe(text);
  });
  it('so the emoji cues a page would show count in the corpus too', () => {
    const cues = (text: string) => classifyPost({ text, lang: 'en' }).cues.map((cue) => cue.match);
    expect(cues('What a night :party_popper:')).not.toContain('🎉');
    expect(cues(restoreEmoji('What a night :party_popper:'))).toContain('🎉');
  });
});
