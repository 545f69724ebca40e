import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { combinedResponsiveness, responsiveness, type ThreadPost } from '@/src/score/responsiveness';

const user = (author: string, text: string, replyTo?: string): ThreadPost => ({
  author,
  fromBrand: false,
  isReply: true,
  replyTo,
  classification: classifyPost({ text, isReply: true }),
});
const brandReply = (replyTo: string): ThreadPost => ({
  author: 'acme',
  fromBrand: true,
  isReply: true,
  replyTo,
  classification: classifyPost({ text: `@${replyTo} Sorry to hear that, can you DM us?`, isReply: true }),
});
const brandPost: ThreadPost = {
  author: 'acme',
  fromBrand: true,
  isReply: false,
  classification: classifyPost({ text: 'Our new store opens on Saturday.' }),
};

describe("responsiveness: the users' questions to the brand on its pages, and how many it answered", () => {
  it('counts questions addressed to the brand and those whose author the brand replied to', () => {
    const result = responsiveness('acme', [
      brandPost,
      user('anna', 'When do you open in Utrecht?'),
      user('tom', 'Does the store sell bikes?', 'acme'),
      user('kim', 'Love it'),
      user('lea', 'Is that true?', 'tom'),
      brandReply('anna'),
    ]);
    expect(result).toEqual({ userReplies: 3, questions: 2, answered: 1, rate: 0.5 });
  });
  it('counts a question in Dutch as one in English', () => {
    const result = responsiveness('acme', [brandPost, user('joost', 'Wanneer gaat de winkel in Utrecht open?'), user('kim', 'Mooi!')]);
    expect(result).toEqual({ userReplies: 2, questions: 1, answered: 0, rate: 0 });
  });
  it('says nothing (no rate) where no user asked, and counts no thread where none was seen', () => {
    expect(responsiveness('acme', [brandPost, user('kim', 'Love it')])).toEqual({ userReplies: 1, questions: 0, answered: 0, rate: null });
    expect(responsiveness('acme', [brandPost])).toMatchObject({ userReplies: 0, rate: null });
  });
  it('counts a complaint without a question mark as something the brand should answer, in English and Dutch', () => {
    const result = responsiveness('acme', [
      brandPost,
      user('anna', 'My order never arrived and nobody answers my emails.'),
      user('joost', 'Pakket nog steeds niet ontvangen, echt belachelijk.'),
      user('kim', 'Love it'),
      brandReply('joost'),
    ]);
    expect(result).toEqual({ userReplies: 3, questions: 2, answered: 1, rate: 0.5 });
  });
});

describe('combinedResponsiveness', () => {
  it("adds up one brand's accounts: their users' replies, questions and answers", () => {
    const x = { userReplies: 10, questions: 4, answered: 3, rate: 0.75 };
    const bluesky = { userReplies: 5, questions: 0, answered: 0, rate: null };
    expect(combinedResponsiveness([x, bluesky])).toEqual({ userReplies: 15, questions: 4, answered: 3, rate: 0.75 });
    expect(combinedResponsiveness([bluesky])).toEqual({ userReplies: 5, questions: 0, answered: 0, rate: null });
  });
});
