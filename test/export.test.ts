import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, postsToCsv, postsToJson, summaryToMarkdown, unneutralise } from '@/src/export/export';
import { summarize } from '@/src/score/summarize';
import type { StoredPost } from '@/src/store/schema';
import { storedPost } from './harness/posts';

const stored = (id: string, text: string, extra: Partial<StoredPost> = {}) =>
  storedPost(id, text, { counts: { likes: 3 }, publishedAt: '2026-01-02T09:00:00.000Z', ...extra });

describe('CSV export', () => {
  it('starts with a BOM and survives quotes, commas, line breaks and emoji', () => {
    const post = stored('1', 'Say "hi", friends;\nnew line 🎉 café');
    const csv = postsToCsv([post]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(row.text).toBe('Say "hi", friends;\nnew line 🎉 café');
    expect(row.tag).toBe(post.classification.tag);
  });
  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)'])('neutralises formula injection: %s', (text) => {
    const [row] = Papa.parse<Record<string, string>>(postsToCsv([stored('1', text)]).slice(1), { header: true }).data;
    expect(row.text).toBe(`'${text}`);
    expect(unneutralise(row.text), 'read back, the text is as posted').toBe(text);
  });
  it("reads back a text that began with an apostrophe as it was: only the export's own apostrophe goes", () => {
    for (const text of ["'tis the season", "'=quoted", "Mind the '@' sign"]) expect(unneutralise(neutralise(text))).toBe(text);
  });
  it('leaves ordinary text alone and exports the hand-set tag, without the cues of the tag it replaced', () => {
    expect(neutralise('Shop now')).toBe('Shop now');
    const [row] = Papa.parse<Record<string, string>>(
      postsToCsv([
        stored('1', 'Shop now: 20% off', { override: { tag: 'webcare', perspective: null, at: '2026-01-03T00:00:00.000Z' } }),
      ]).slice(1),
      { header: true },
    ).data;
    expect([row.tag, row.perspective, row['set by hand'], row['invites response'], row.cues]).toEqual(['webcare', '', 'yes', 'yes', '']);
  });
  it('says which tags the classifier was unsure of and nobody has checked', () => {
    const unsure = stored('1', 'Shop now: 20% off');
    unsure.classification = { ...unsure.classification, confidence: 0.4 };
    const checked = { ...unsure, id: '2', override: { tag: unsure.classification.tag, perspective: null, at: '2026-01-03T00:00:00.000Z' } };
    const rows = Papa.parse<Record<string, string>>(postsToCsv([unsure, checked, stored('3', 'Shop now: 20% off')]).slice(1), {
      header: true,
    }).data;
    expect(rows.map((row) => row['to check'])).toEqual(['yes', 'no', 'no']);
    expect(rows[0].cues).toContain('buy call: Shop now');
  });
});

describe('Markdown summary', () => {
  it('gives the score with its parts and the grid', () => {
    const posts = [
      stored('1', 'Our new store opens on Saturday.'),
      stored('2', '@jan Sorry! Can you DM us your order number?', { isReply: true }),
    ];
    const summary = summarize(posts.map((post) => ({ classification: post.classification })));
    const caveats = {
      warnings: ['Few posts: fewer than 20 tagged posts.'],
      method: 'Method: heuristic classifier; 2 posts seen, captured 2026-02-01.',
      interval: '90% interval 9–91',
      responsiveness: 'Answered 1 of 4 questions and complaints seen in its threads (Socially Devoted bar: 65%)',
    };
    const markdown = summaryToMarkdown(summary, { brand: '@acme', platform: 'x', from: '2026-01-01', to: '2026-01-31', ...caveats });
    expect(markdown).toContain('## @acme on X, Jan 1\u2009–\u200931, 2026');
    expect(markdown).toContain('**Sending score: 50** (90% interval 9–91) — 1 of 2 posts only send · 1 reply seen · 0 questions asked');
    expect(markdown).toContain('Broadcast: 1 (50%)');
    expect(markdown).toContain('\nAnswered 1 of 4 questions and complaints seen in its threads (Socially Devoted bar: 65%)\n');
    expect(markdown).toContain('> ⚠ Few posts: fewer than 20 tagged posts.');
    expect(markdown).toContain('_Method: heuristic classifier; 2 posts seen, captured 2026-02-01. Engagement per post: each count summed');
    expect(markdown).toContain('X: replies, reposts, likes._');
    expect(summaryToMarkdown(summary, { brand: '@acme', platform: 'bluesky', ...caveats }, 'nl')).toMatch(
      /^## @acme op Bluesky\n[\s\S]*Zendscore/,
    );
    // Dates as the language writes them, not as a database stores them.
    expect(summaryToMarkdown(summary, { brand: '@acme', platform: 'x', from: '2025-12-20', to: '2026-01-31', ...caveats }, 'nl')).toMatch(
      /^## @acme op X, 20 dec 2025\u2009–\u200931 jan 2026\n/,
    );
  });
  it("says what the score means, posts a week, and each cell's engagement with its clearest examples quoted", () => {
    const posts = [
      stored('1', 'Our new store opens on Saturday.', { counts: { replies: 2, likes: 10 }, permalink: 'https://x.com/acme/status/1' }),
      stored('2', 'Read our annual report: https://acme.example/report', { counts: { replies: 0 } }),
      stored('3', '@jan Sorry! Can you DM us your order number?', { isReply: true }),
    ];
    const summary = summarize(posts.map((post) => ({ classification: post.classification })));
    const context = {
      brand: '@acme',
      platform: 'x' as const,
      from: '2026-01-01',
      to: '2026-01-15',
      warnings: [],
      method: 'Method.',
      posts,
    };
    const markdown = summaryToMarkdown(summary, context);
    expect(markdown).toContain("_0 = all dialogue · 100 = only sends. Mark at 59: the share of organisations' tweets that only informed");
    expect(markdown).toContain('3 posts seen · 1.5 posts a week');
    // Likes shown on one of the two broadcast posts: their mean is over that one, and says so.
    expect(markdown).toContain('**Broadcast** (2) — 1 reply · 10 likes (shown on 1 of 2)');
    expect(markdown).toContain(
      '> Our new store opens on Saturday.\n> — Jan 2, 2026 · <https://x.com/acme/status/1> · 2 replies · 10 likes',
    );
    expect(markdown).toContain('**Webcare** (1)');
    expect(summaryToMarkdown(summary, context, 'nl')).toContain('**Zenden** (2) — 1 reactie · 10 likes (getoond bij 1 van 2)');
  });
  it('says how many tags the classifier was unsure of and nobody checked, and never quotes one as an example', () => {
    const guess = { ...stored('1', 'Mondays, huh.').classification, tag: 'broadcast' as const, perspective: null, confidence: 0.4 };
    const posts = [
      stored('1', 'Mondays, huh.', { classification: guess }),
      stored('2', 'Back to the office.', { classification: guess }),
      stored('3', 'Back to work.', {
        classification: guess,
        override: { tag: 'broadcast', perspective: null, at: '2026-01-03T00:00:00.000Z' },
      }),
    ];
    const summary = summarize(posts.map((post) => ({ classification: post.classification })));
    const context = { brand: '@acme', platform: 'x' as const, warnings: ['Few posts.'], method: 'Method.', posts };
    const markdown = summaryToMarkdown(summary, context);
    // Each caveat stands apart, from the last quoted example and from each other, or Markdown would quote them as one.
    expect(markdown).toContain('\n\n> ⚠ Few posts.\n\n> ⚠ 2 tags the classifier was unsure of, not checked by hand.');
    expect(markdown).toContain('> Back to work.');
    expect(markdown).not.toContain('> Mondays, huh.');
    expect(summaryToMarkdown(summary, context, 'nl')).toContain(
      '> ⚠ 2 tags waarover de classifier twijfelde, niet met de hand gecontroleerd.',
    );
  });
  it('says how many posts were tagged by their form alone, in which languages without cue words, in the language of the summary', () => {
    const inLanguage = (id: string, lang: string, extra: Partial<StoredPost> = {}) => {
      const post = stored(id, 'Texte.', extra);
      return { ...post, classification: { ...post.classification, tag: 'broadcast' as const, perspective: null, lang } };
    };
    const posts = [
      inLanguage('1', 'fr'),
      inLanguage('2', 'fr'),
      inLanguage('3', 'de'),
      inLanguage('4', 'fr', { override: { tag: 'broadcast', perspective: null, at: '2026-01-03T00:00:00.000Z' } }),
      inLanguage('5', 'en'),
      inLanguage('6', 'und'),
    ];
    const summary = summarize(posts.map((post) => ({ classification: post.classification })));
    const context = { brand: '@acme', platform: 'x' as const, warnings: [], method: 'Method.', posts };
    expect(summaryToMarkdown(summary, context)).toContain(
      '> ⚠ 3 posts tagged by their form alone (questions, links, prices, replies): Zendmeter has no cue words for French and German.',
    );
    expect(summaryToMarkdown(summary, context, 'nl')).toContain(
      '> ⚠ 3 berichten alleen op hun vorm getagd (vragen, links, prijzen, reacties): Zendmeter heeft geen signaalwoorden voor het Frans en Duits.',
    );
    expect(summaryToMarkdown(summary, { ...context, posts: posts.slice(3) })).not.toContain('form alone');
  });
});

describe('JSON export', () => {
  it("carries each brand's figures, their caveats and the method beside the posts", () => {
    const posts = [stored('1', 'Our new store opens on Saturday.')];
    const summary = summarize(posts.map((post) => ({ classification: post.classification })));
    const answers = { userReplies: 51, questions: 6, answered: 0, rate: 0 };
    const json = JSON.parse(
      postsToJson(
        posts,
        [{ platform: 'x', brand: 'acme', summary, responsiveness: answers }],
        'Method: heuristic classifier',
        new Date('2026-02-01T00:00:00Z'),
      ),
    );
    expect(json.exported).toBe('2026-02-01T00:00:00.000Z');
    expect(json.method).toBe('Method: heuristic classifier');
    expect(json.brands[0]).toMatchObject({
      platform: 'x',
      brand: 'acme',
      sendingScore: 100,
      warnings: ['few-posts', 'no-replies-seen'],
      responsiveness: answers,
    });
    expect(json.brands[0].sendingInterval[0]).toBeGreaterThan(20);
    expect(json.posts.map((post: StoredPost) => post.text)).toEqual(['Our new store opens on Saturday.']);
  });
});
