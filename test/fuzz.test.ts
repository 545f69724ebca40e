/** The classifier under fuzzing: it never throws, is deterministic, and no expression backtracks catastrophically. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { normalize, tokenize } from '@/src/classify/text';
import { parseCount, parseCountList } from '@/src/sites/count';
import { readText } from '@/src/sites/dom';
import { parseHTML } from 'linkedom';
import './harness/english-tagger';

/** Pieces that exercise every rule: handles, tags, amounts, emoji, entities, bidi and zero-width characters, cue words. */
const piece = fc.constantFrom(
  '@anna',
  '.@brand',
  '#Sale',
  '#*day',
  '$YUM',
  '€5',
  '20%',
  '1.2K',
  '3,4 mln',
  'https://t.co/x',
  '🔥',
  ':red_heart:',
  '&amp;',
  '<img src=x onerror=alert(1)>',
  '\u202E',
  '\u200B',
  'ﬁ',
  '𝐒𝐡𝐨𝐩',
  'shop now',
  'sorry to hear',
  'DM us',
  'vote',
  'stem',
  'korting',
  'Happy Friday',
  '?',
  '!',
  '...',
  '\n',
  ' ',
  '^JD',
  '-Sam',
);
const postText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' ')),
);

describe('classifyPost under fuzzing', () => {
  it('never throws and always gives one of the tags, whatever the text and structure', () => {
    fc.assert(
      fc.property(
        postText,
        fc.boolean(),
        fc.option(fc.string({ maxLength: 20 })),
        fc.option(fc.constantFrom('en', 'nl', 'de', 'xx', '')),
        (text, isReply, replyTo, lang) => {
          const result = classifyPost({ text, isReply, replyTo: replyTo ?? undefined, lang: lang ?? undefined, author: 'brand' });
          expect(['broadcast', 'webcare', 'experience', 'co-creation', 'promotion', 'service', 'commerce', 'unknown']).toContain(
            result.tag,
          );
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
          for (const cue of result.cues) if (cue.start >= 0) expect(text.slice(cue.start, cue.end)).toBe(cue.match);
        },
      ),
      { numRuns: 400 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(postText, (text) => {
        expect(classifyPost({ text })).toEqual(classifyPost({ text }));
      }),
      { numRuns: 200 },
    );
  });
  it('classifies a 10,000-character text in well under 20 ms', () => {
    const texts = [
      'word '.repeat(2000),
      '@a'.repeat(5000),
      '#1'.repeat(5000),
      'Shop now! '.repeat(1000),
      '🔥'.repeat(5000),
      'a'.repeat(10_000),
      Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(33 + (i % 90))).join(''),
    ];
    for (const text of texts) classifyPost({ text });
    for (const text of texts) {
      const times = Array.from({ length: 5 }, () => {
        const started = performance.now();
        classifyPost({ text });
        return performance.now() - started;
      }).sort((a, b) => a - b);
      expect(times[2], `median for ${JSON.stringify(text.slice(0, 12))}…`).toBeLessThan(20);
    }
  });
});

/**
 * Time grows linearly with the input when it roughly quadruples for four times the input; catastrophic
 * backtracking makes it grow sixteen-fold or worse. Other test files share the CPU, so a slow sample is
 * noise, never a signal: each size takes its fastest of several runs, and the ratio its lowest of three
 * tries. Load can only make a linear case look slower, and a quadratic one is never fast.
 */
function growth(run: (input: string) => unknown, make: (n: number) => string): number {
  const fastest = (input: string) => {
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      run(input);
      best = Math.min(best, performance.now() - started);
    }
    return Math.max(best, 0.05);
  };
  const small = make(10_000);
  const large = make(40_000);
  run(small);
  run(large);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) ratio = Math.min(ratio, fastest(large) / fastest(small));
  return ratio;
}

/** Pages are parsed once, outside the timing: the parser is linkedom's, the reader is ours. */
const pages = new Map<string, Node>();
const parsed = (html: string) =>
  pages.get(html) ?? pages.set(html, parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node).get(html)!;

describe('no catastrophic backtracking (the slow cases a ReDoS checker flags)', () => {
  const cases: [string, (input: string) => unknown, (n: number) => string][] = [
    ['tokenizer: long handle with dots', tokenize, (n) => `@${'a.'.repeat(n)}!`],
    ['tokenizer: hashtag of digits', tokenize, (n) => `#${'1'.repeat(n)}`],
    ['tokenizer: amount without a currency', tokenize, (n) => `${'1,'.repeat(n)}x`],
    ['tokenizer: hyphenated word', tokenize, (n) => `${'a-'.repeat(n)}-`],
    ['tokenizer: emoji codes', tokenize, (n) => `:${'a_'.repeat(n)}`],
    ['normalise: entities and invisible characters', (s: string) => normalize(s), (n) => '&am\u200B'.repeat(n)],
    ['count parser: separators', parseCount, (n) => `${'1 '.repeat(n)}x`],
    ['count list: many parts', parseCountList, (n) => '1, '.repeat(n)],
    ['text reader: nested inline blocks', (html: string) => readText(parsed(html)), (n) => '<span><div>a</div></span>'.repeat(n / 10)],
  ];
  it.each(cases)('%s grows linearly', (_, run, make) => {
    expect(growth(run, make)).toBeLessThan(10);
  });
});
