import { describe, expect, it } from 'vitest';
import { isBrandPost } from '@/src/model/post';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('X adapter on minimal pages of our own', () => {
  const article = (inner: string) => `<article data-testid="tweet" role="article">${inner}</article>`;
  const user = (handle: string, name: string) =>
    `<div data-testid="User-Name"><a href="/${handle}">${name}</a><a href="/${handle}">@${handle}</a><a href="/${handle}/status/1904215007602082285"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div>`;

  it('reads a brand reply with "Replying to", counts in Dutch, and line breaks', () => {
    const html = article(`${user('AcmeCare', 'Acme Care')}<div dir="ltr">Replying to <a href="/tom_v">@tom_v</a></div>
      <div data-testid="tweetText" lang="en"><span>Sorry to hear that!\nCan you DM us? </span><img alt="🙏" src="x.png"></div>
      <div role="group" aria-label="3 antwoorden, 1,2K reposts, 3,4 mln vind-ik-leuks"></div>`);
    const { posts, brand } = page(html, 'https://x.com/AcmeCare/with_replies');
    expect(brand).toEqual({ handle: 'acmecare', name: undefined });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: '1904215007602082285',
      author: 'acmecare',
      authorName: 'Acme Care',
      isReply: true,
      replyTo: 'tom_v',
      text: 'Sorry to hear that!\nCan you DM us? 🙏',
      publishedAt: '2025-03-24T16:53:31.000Z',
      lang: 'en',
      counts: { replies: 3, reposts: 1200, likes: 3_400_000 },
      permalink: 'https://x.com/AcmeCare/status/1904215007602082285',
    });
  });
  it('keeps a quoted post inside the post that quotes it, and notes pinned, reposts and show-more', () => {
    const html =
      article(`<div data-testid="socialContext">Pinned</div>${user('acme', 'Acme')}<div data-testid="tweetText">Look at this <span data-testid="tweet-text-show-more-link">Show more</span></div>
      <div role="link">${user('other', 'Other')}<div dir="ltr">Replying to @someone</div><div data-testid="tweetText">quoted text</div></div>`);
    const [post] = page(html, 'https://x.com/acme').posts;
    expect(post).toMatchObject({ author: 'acme', isPinned: true, isReply: false, truncated: true });
    expect(post.text).not.toContain('quoted text');
    // With no text of its own, the quoted post's text is still not taken for it.
    const quoteOnly = page(
      article(
        `${user('acme', 'Acme')}<div role="link"><div role="link">${user('other', 'Other')}<div data-testid="tweetText">quoted text</div></div></div>`,
      ),
      'https://x.com/acme',
    ).posts[0];
    expect(quoteOnly).toMatchObject({ author: 'acme', text: '' });
  });
  it('marks an image-only post as media only and a promoted post as an ad', () => {
    const media = page(
      article(`${user('acme', 'Acme')}<div data-testid="tweetPhoto"><img alt="Image" src="p.jpg"></div>`),
      'https://x.com/acme',
    ).posts[0];
    expect(media).toMatchObject({ mediaOnly: true, text: '' });
    const promoted = `<div data-testid="User-Name"><a href="/shoes">Shoes</a><a href="/shoes">@shoes</a><span>Ad</span></div><a href="/shoes/status/1904215007602082286/analytics"></a>`;
    const ad = page(
      article(`${promoted}<div data-testid="placementTracking"></div><div data-testid="tweetText">Buy shoes</div>`),
      'https://x.com/acme',
    ).posts[0];
    expect(ad.isAd).toBe(true);
  });
  it('does not take a dated post with a video player for an ad (X wraps every video in placementTracking)', () => {
    const video = page(
      article(
        `${user('acme', 'Acme')}<div data-testid="tweetText">Watch</div><div data-testid="placementTracking"><div data-testid="videoPlayer"></div></div>`,
      ),
      'https://x.com/acme',
    ).posts[0];
    expect(video.isAd).toBe(false);
  });
  it('has no brand on the home timeline', () => {
    expect(page('', 'https://x.com/home').brand).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('X adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('profile timeline (logged in): every post once, with author, time, counts', () => {
    const { posts, brand } = sharedPage('x/brocc_x-profile.html', 'https://x.com/perceptnet');
    expect(brand?.handle).toBe('perceptnet');
    expect(posts.length).toBe(7);
    expect(new Set(posts.map((p) => p.id)).size).toBe(7);
    for (const post of posts) {
      expect(post.id).toMatch(/^\d+$/);
      expect(post.publishedAt).toMatch(/^20\d\d-/);
      expect(post.author).toBeTruthy();
      expect(post.counts.likes).toBeTypeOf('number');
    }
  });
  it("a brand post with a video is the brand's own post, not an ad (The Verge)", () => {
    const { posts, brand } = sharedPage('x/metascraper-x_post-video.html', 'https://x.com/verge/status/957383241714970624');
    expect(brand?.handle).toBe('verge');
    expect(posts[0]).toMatchObject({ author: 'verge', isAd: false });
    expect(isBrandPost(posts[0], brand)).toBe(true);
  });
  it('no post of a profile with videos is lost as an ad', () => {
    const { posts } = sharedPage('x/brocc_x-profile.html', 'https://x.com/perceptnet');
    expect(posts.filter((post) => post.isAd)).toEqual([]);
  });
  it('a promoted post (no date, the "Ad" label) is still an ad', () => {
    const { posts } = sharedPage('x/mnemosyne_invalid_time.html', 'https://x.com/home');
    expect(posts.some((post) => post.isAd)).toBe(true);
  });
  it('single brand post (@Forbes)', () => {
    const { posts } = sharedPage('x/metascraper-x_post-link.html', 'https://x.com/Forbes/status/1');
    expect(posts[0]).toMatchObject({ author: 'forbes', isReply: false, isAd: false });
    expect(posts[0].text.length).toBeGreaterThan(20);
  });
  it('logged-out profile with a pinned post', () => {
    const { posts } = sharedPage('x/metascraper-x_profile.html', 'https://x.com/Kikobeats');
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(posts.some((p) => p.isPinned)).toBe(true);
  });
  it('self-reply thread: posts after the focal one, by the same author', () => {
    const { posts } = sharedPage('x/brocc_x-thread.html', 'https://x.com/eli_lifland/status/1');
    expect(posts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(posts.map((p) => p.author)).has('eli_lifland')).toBe(true);
  });
  it('home timeline of 2025-02, saved with absolute links: 6 posts by 2 accounts, video players not taken for ads', () => {
    const { posts, brand } = sharedPage('x/ibbi_twooter-home-2025-02.html', 'https://x.com/home');
    expect(brand).toBeNull();
    expect(posts.map((p) => p.author)).toEqual([...Array(4).fill('bgatesisapyscho'), 'nikitabier', 'nikitabier']);
    expect(posts.every((p) => p.publishedAt?.startsWith('2025-02-14') && !p.isAd && !p.isReply)).toBe(true);
    expect(posts[0]).toMatchObject({
      id: '1890459111671656594',
      authorName: 'Concerned Citizen',
      counts: { replies: 3, reposts: 15, likes: 27 },
    });
    expect(posts.filter((p) => p.text)).toHaveLength(5);
  });
});
