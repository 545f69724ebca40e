/** The popup and the report mark a post's cues; the reader must tell a reason for its tag from evidence that lost. */
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import type { Cue } from '@/src/model/post';
import { markedParts } from '@/src/ui/marks';
import '../harness/english-tagger';

const marks = (text: string, tag = classifyPost({ text }).tag) =>
  markedParts(text, classifyPost({ text }).cues, tag, 'en').flatMap((part) =>
    typeof part === 'string' ? [] : [`${part.elsewhere ? 'elsewhere' : 'for'}: ${part.text}`],
  );

describe('marked cues', () => {
  it('tells the cues for the tag from those for another tag, which were outweighed', () => {
    const text = 'Spring sale: 20% off everything with code SPRING20. Shop now! More at https://example.com';
    expect(classifyPost({ text }).tag).toBe('promotion');
    expect(marks(text)).toEqual(expect.arrayContaining(['for: Shop now', 'elsewhere: https://example.com']));
    expect(marks(text)).not.toContain('elsewhere: Shop now');
  });
  it('reads the cues against the tag it is given: against broadcast, the buy call is evidence for another tag', () => {
    const text = 'Spring sale: 20% off everything with code SPRING20. Shop now!';
    expect(marks(text, 'broadcast')).toContain('elsewhere: Shop now');
  });
  it("counts a credit to a user's content as a reason for experience, and a question as neither side's", () => {
    const text = '📷 @mara.outdoors found the perfect spot for her morning cup. Where do you drink yours?';
    expect(classifyPost({ text }).tag).toBe('experience');
    expect(marks(text)).toEqual(expect.arrayContaining(['for: 📷 @mara.outdoors', 'for: Where do you drink yours?']));
    expect(marks(text).filter((mark) => mark.startsWith('elsewhere'))).toEqual([]);
  });
  it('keeps every character of the text, in order', () => {
    const text = 'Our new store in Utrecht opens on Saturday, the first of many.';
    const parts = markedParts(text, classifyPost({ text }).cues, 'broadcast', 'en');
    expect(parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')).toBe(text);
  });
  it("names what each mark is evidence for in the interface language, with its rule in the post's", () => {
    const titles = (text: string, lang: 'en' | 'nl') =>
      markedParts(text, classifyPost({ text }).cues, classifyPost({ text }).tag, lang).flatMap((part) =>
        typeof part === 'string' ? [] : [part.title],
      );
    const dutch = 'Nu 25% korting op alle fietsen, vanaf €199 per stuk. Rijd jij er dit weekend een?';
    expect(titles(dutch, 'nl')).toEqual(
      expect.arrayContaining(['Promotie: bedrag of percentage', 'Nodigt uit tot reageren: vraag aan de lezer']),
    );
    expect(titles(dutch, 'en')).toContain('Promotion: bedrag of percentage');
    const credit = '📷 @mara.outdoors found the perfect spot for her morning cup.';
    expect(titles(credit, 'nl')[0]).toMatch(/^Gebruikersbeleving: /);
  });
  it('shows a signal it does not know, as from a backup of another version, as written rather than failing', () => {
    const cue = { signal: 'sarcasm', rule: 'irony', match: 'Great', start: 0, end: 5, weight: 1 } as unknown as Cue;
    const [part] = markedParts('Great, another Monday.', [cue], 'broadcast', 'nl');
    expect(part).toMatchObject({ text: 'Great', title: 'sarcasm: irony' });
  });
});
