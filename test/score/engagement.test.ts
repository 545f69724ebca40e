/** Posts a week, engagement per post and a cell's clearest examples, from what the pages showed. */
import { describe, expect, it } from 'vitest';
import { clearestExamples, engagement, postsPerWeek, topAndBottom } from '@/src/score/engagement';

describe('engagement', () => {
  it('averages each count over the posts that show it, and leaves out a count no post showed', () => {
    const result = engagement([{ counts: { replies: 4, likes: 10 } }, { counts: { replies: 0 } }, { counts: {} }]);
    expect(result).toEqual({ posts: 3, perPost: { replies: { mean: 2, shown: 2 }, likes: { mean: 10, shown: 1 } } });
  });
});

describe('postsPerWeek', () => {
  it('counts over the weeks between the first and last post, and gives no rate for less than a week', () => {
    expect(postsPerWeek(28, ['2026-01-01T00:00:00Z', '2026-01-29T00:00:00Z'])).toBe(7);
    expect(postsPerWeek(8, ['2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z'])).toBe(8);
    // A busy brand's last three days, or one post: no rate can be read off them.
    expect(postsPerWeek(7, ['2026-01-01T00:00:00Z', '2026-01-04T00:00:00Z'])).toBeNull();
    expect(postsPerWeek(1, ['2026-01-26T10:00:00Z', '2026-01-26T10:00:00Z'])).toBeNull();
    expect(postsPerWeek(0, ['2026-01-01T00:00:00Z', '2026-01-29T00:00:00Z'])).toBeNull();
    expect(postsPerWeek(5, undefined)).toBeNull();
  });
});

describe('clearestExamples', () => {
  const post = (id: string, confidence: number, text = 'x', likes = 0) => ({
    id,
    text,
    classification: { tag: 'broadcast' as const, confidence },
    counts: { likes },
  });
  it('quotes the posts the classifier was surest of, with text, the more engaged first among equals', () => {
    const posts = [post('a', 0.6), post('b', 0.9), post('c', 0.9, 'x', 50), post('d', 0.95, ''), post('e', 0.7)];
    expect(clearestExamples(posts).map((p) => p.id)).toEqual(['c', 'b', 'e']);
  });
  it('never quotes a tag the classifier was unsure of, however few posts the cell has, unless someone confirmed it', () => {
    const unsure = post('u', 0.45, 'x', 900);
    const confirmed = { ...post('h', 0.3), override: { tag: 'broadcast' as const, perspective: null, at: '2026-12-06T00:00:00Z' } };
    expect(clearestExamples([unsure, post('b', 0.9)]).map((p) => p.id)).toEqual(['b']);
    expect(clearestExamples([unsure, post('b', 0.9), confirmed]).map((p) => p.id)).toEqual(['h', 'b']);
  });
});

describe('topAndBottom', () => {
  it('ranks the posts whose page showed counts, most and least engaged, never naming a post twice', () => {
    const post = (id: string, counts: { likes?: number; replies?: number }) => ({ id, counts });
    const posts = [
      post('a', { likes: 5 }),
      post('b', { likes: 50, replies: 3 }),
      post('c', {}),
      post('d', { replies: 1 }),
      post('e', { likes: 9 }),
    ];
    const { top, bottom } = topAndBottom(posts, 2);
    expect(top.map((p) => p.id)).toEqual(['b', 'e']);
    expect(bottom.map((p) => p.id)).toEqual(['d', 'a']);
    expect(topAndBottom(posts.slice(0, 3), 2).bottom).toEqual([]);
  });
});
