/** Engagement is read the same way on every network only if the reader is told what each network's counts are. */
import { describe, expect, it } from 'vitest';
import { engagementMethod } from '@/src/ui/format';
import { message } from '@/src/ui/messages';

const say =
  (lang: 'en' | 'nl') =>
  (key: string, ...values: (string | number)[]) =>
    message(lang, key, ...values);

describe('the engagement method note', () => {
  it('states the formula, then per network which counts exist and what it calls them', () => {
    expect(engagementMethod(['facebook', 'youtube', 'x', 'facebook'], say('en'), 'en')).toBe(
      'Engagement per post: each count summed over the posts whose page showed it, divided by those posts; a count a page hides is never taken as zero. ' +
        'Facebook: replies = comments, reposts = shares, likes = reactions. YouTube: likes only. X: replies, reposts, likes.',
    );
  });
  it('in Dutch, with the networks’ Dutch words', () => {
    expect(engagementMethod(['instagram', 'web'], say('nl'), 'nl')).toMatch(
      /^Interactie per bericht: .* Instagram: reacties = opmerkingen, likes\. web: geen getallen getoond\.$/,
    );
  });
});
