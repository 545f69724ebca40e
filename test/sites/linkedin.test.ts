import { describe, expect, it } from 'vitest';
import { isBrandPost } from '@/src/model/post';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('LinkedIn adapter on a minimal page of our own', () => {
  it('reads a company post once, without the screen-reader copies, dated from its id', () => {
    const html = `<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:7315856071737163778">
      <a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/acme/posts"><span class="update-components-actor__title"><span aria-hidden="true">Acme</span><span class="visually-hidden">Acme</span></span></a>
      <div class="update-components-text"><span class="break-words">Wij zoeken een nieuwe collega!<br>Solliciteer nu.</span></div>
      <span class="social-details-social-counts__reactions-count">1.234</span><li class="social-details-social-counts__comments">12 reacties</li></div>`;
    const { posts, brand } = page(html, 'https://www.linkedin.com/company/acme/posts/');
    expect(brand?.handle).toBe('acme');
    expect(posts[0]).toMatchObject({
      id: '7315856071737163778',
      author: 'acme',
      authorName: 'Acme',
      text: 'Wij zoeken een nieuwe collega!\nSolliciteer nu.',
      counts: { likes: 1234, replies: 12 },
    });
    expect(posts[0].publishedAt).toMatch(/^2025-04-09T2/);
  });
});

describe.skipIf(!hasSharedFixtures)('LinkedIn adapter on saved real pages', () => {
  it('company Posts tab (Motion): 5 posts, the in-app promotion skipped, its 3 reposts counted as its own acts', () => {
    const { posts, brand } = sharedPage('linkedin/brocc_linkedin-company-posts.html', 'https://www.linkedin.com/company/motionapp/posts/');
    expect(brand).toEqual({ handle: 'motionapp', name: 'Motion' });
    expect(posts).toHaveLength(5);
    expect(posts.filter((p) => p.isRepost).length).toBe(3);
    expect(posts.filter((p) => isBrandPost(p, brand)).length).toBe(5);
    expect(posts.every((p) => !p.text.includes('Motion Motion'))).toBe(true);
  });
  it('home feed marks the promoted post as an ad', () => {
    const { posts } = sharedPage('linkedin/brocc_linkedin-feed.html', 'https://www.linkedin.com/feed/');
    expect(posts).toHaveLength(3);
    expect(posts.filter((p) => p.isAd)).toHaveLength(1);
  });
  it('person activity (9) and 2025-12 search results (3)', () => {
    expect(
      sharedPage('linkedin/brocc_linkedin-person-feed.html', 'https://www.linkedin.com/in/stevehind/recent-activity/all/').posts,
    ).toHaveLength(9);
    const search = sharedPage(
      'linkedin/linkedin-worker-test_VIP_Feed_OuterHTML.html',
      'https://www.linkedin.com/search/results/content/',
    ).posts;
    expect(search).toHaveLength(3);
    expect(search[0].publishedAt).toMatch(/^2025-12-12/);
  });
});
