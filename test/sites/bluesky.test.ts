import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('Bluesky adapter on a minimal page of our own', () => {
  it('reads a brand reply with its counts from aria-labels', () => {
    const html = `<div data-testid="feedItem-by-acme.com"><a href="/profile/acme.com" aria-label="View profile">Acme</a>
      <a href="/profile/acme.com/post/3abc" data-tooltip="March 2, 2026 at 9:15 AM">2h</a>
      <div dir="auto">Replied to <a href="/profile/jan.bsky.social">jan.bsky.social</a></div>
      <div data-testid="postText">Thanks Jan, we fixed it!</div>
      <button data-testid="replyBtn" aria-label="Reply (1,2K replies)"></button><div data-testid="repostCount">3</div><button data-testid="likeBtn" aria-label="Like (15 likes)"></button></div>`;
    const { posts, brand } = page(html, 'https://bsky.app/profile/acme.com');
    expect(brand?.handle).toBe('acme.com');
    expect(posts[0]).toMatchObject({
      id: 'acme.com/3abc',
      author: 'acme.com',
      isReply: true,
      text: 'Thanks Jan, we fixed it!',
      counts: { replies: 1200, reposts: 3, likes: 15 },
    });
    expect(posts[0].publishedAt).toMatch(/^2026-03-02T/);
  });
});

describe('Bluesky thread nesting on a minimal page of our own', () => {
  it('tells a reply to the brand from a reply to another user by the line drawn between them', () => {
    const item = (handle: string, key: string, text: string, joined: boolean) => `<div data-testid="postThreadItem-by-${handle}">
      <div style="flex-direction: row; height: 12px;"><div style="width: 42px;">${joined ? '<div style="width: 2px; background-color: grey;"></div>' : ''}</div></div>
      <a href="/profile/${handle}/post/${key}" data-tooltip="January 26, 2026 at 7:50 PM">1h</a><div data-word-wrap="1">${text}</div></div>`;
    const html =
      item('acme.com', 'root', 'Our new store opens', false) +
      item('anna.bsky.social', 'a1', 'When?', false) +
      item('tom.bsky.social', 't1', 'Saturday, it says so', true) +
      item('acme.com', 'b1', 'Saturday at 10!', true);
    const { posts } = page(html, 'https://bsky.app/profile/acme.com/post/root');
    expect(posts.map((p) => [p.author, p.replyTo])).toEqual([
      ['acme.com', undefined],
      ['anna.bsky.social', 'acme.com'],
      ['tom.bsky.social', 'anna.bsky.social'],
      ['acme.com', 'tom.bsky.social'],
    ]);
  });
});

describe.skipIf(!hasSharedFixtures)('Bluesky adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('profile feed: 28 items, reposts and replies marked, dated', () => {
    const { posts, brand } = sharedPage('bluesky/metascraper-bluesky_profile.html', 'https://bsky.app/profile/stephenking.bsky.social');
    expect(brand).toEqual({ handle: 'stephenking.bsky.social', name: 'Stephen King' });
    expect(posts).toHaveLength(28);
    expect(posts.filter((p) => p.isReply)).toHaveLength(2);
    expect(posts.filter((p) => p.isRepost).length).toBeGreaterThan(0);
    expect(posts.every((p) => p.publishedAt)).toBe(true);
  });
  it('brand post page (@forbes.com): the anchor and its 51 replies', () => {
    const { posts } = sharedPage('bluesky/metascraper-bluesky_post-link.html', 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x');
    expect(posts).toHaveLength(52);
    expect(posts[0]).toMatchObject({ author: 'forbes.com', isReply: false });
    expect(posts.slice(1).every((p) => p.isReply)).toBe(true);
  });
  it('brand post page: a reply joined by a line to the item above answers that item, the others answer the brand', () => {
    const { posts } = sharedPage('bluesky/metascraper-bluesky_post-link.html', 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x');
    expect(posts.filter((p) => p.replyTo === 'forbes.com')).toHaveLength(27);
    const answer = posts.find((p) => p.text.startsWith('Short/Long Answer: Yes'));
    expect(answer?.replyTo).toBe('witness2it.bsky.social');
  });
  it('a post page that never rendered yields nothing, not garbage', () => {
    expect(sharedPage('bluesky/metascraper-bluesky_post.html', 'https://bsky.app/profile/a/post/b').posts).toHaveLength(0);
  });
  it('Discover feed (51) and a profile of reposts', () => {
    expect(sharedPage('bluesky/brocc_bsky-feed.html', 'https://bsky.app/').posts).toHaveLength(51);
    expect(sharedPage('bluesky/brocc_bsky-profile.html', 'https://bsky.app/profile/kpitzen.io').posts.every((p) => p.isRepost)).toBe(true);
  });
});
