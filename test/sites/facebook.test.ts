import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('Facebook adapter on a minimal page of our own (no 2023+ Page capture exists)', () => {
  it('reads a Page post and skips the comment articles inside it', () => {
    const html = `<div role="feed"><div aria-posinset="1"><div role="article">
      <h2><a href="https://www.facebook.com/acmenl">Acme Nederland</a></h2><a href="https://www.facebook.com/acmenl/posts/pfbid02abc?__cft__=x">3 u</a>
      <div data-ad-rendering-role="story_message">Vandaag open: onze nieuwe winkel in Utrecht!</div>
      <span aria-label="Alle reacties: 1,2K"></span><span>45 reacties</span><span>7 keer gedeeld</span>
      <div role="article" aria-label="Reactie van Jan">Leuk!</div></div></div></div>`;
    const { posts, brand } = page(html, 'https://www.facebook.com/acmenl');
    expect(brand?.handle).toBe('acmenl');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: 'pfbid02abc',
      author: 'acmenl',
      text: 'Vandaag open: onze nieuwe winkel in Utrecht!',
      isAd: false,
      counts: { likes: 1200, replies: 45, reposts: 7 },
    });
  });
});

describe.skipIf(!hasSharedFixtures)('Facebook adapter on the saved 2020 page', () => {
  it('reads the sponsored post once the malformed comment is mended, and marks it an ad', () => {
    const { posts } = sharedPage('facebook/facebook_adblock_2020-12-25.html', 'https://www.facebook.com/');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ author: 'news.com.au', isAd: true, counts: { replies: 167, reposts: 7 } });
  });
});
