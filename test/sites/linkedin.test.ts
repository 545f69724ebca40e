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
  it("reads a post's own page as a logged-out visitor sees it: the post, a customer's comment and the company's answer to it", () => {
    const comment = (href: string, name: string, id: string, text: string, nested = '') =>
      `<section class="comment"><a class="comment__author" href="${href}">${name}</a><p class="comment__text">${text}</p>
       <div data-semaphore-content-urn="urn:li:comment:(urn:li:ugcPost:1,${id})"></div>${nested}</section>`;
    const html = `<article data-activity-urn="urn:li:activity:7315856071737163778">
      <div data-test-id="main-feed-activity-card__entity-lockup"><a href="https://nl.linkedin.com/company/acme?trk=x" data-tracking-control-name="public_post_feed-actor-name">Acme</a></div>
      <p data-test-id="main-feed-activity-card__commentary">Our new bike is here.</p>
      ${comment('https://www.linkedin.com/in/jan?trk=y', 'Jan', '7315856071737163999', 'When does it ship to Belgium?', comment('https://nl.linkedin.com/company/acme?trk=z', 'Acme', '7315856071737164000', 'In May, Jan!'))}
      </article>`;
    const { posts, brand } = page(html, 'https://www.linkedin.com/posts/acme_new-bike-activity-7315856071737163778-abcd');
    expect(brand).toEqual({ handle: 'acme', name: 'Acme' });
    expect(posts.map((p) => [p.id, p.author, p.isReply, p.replyTo, p.text])).toEqual([
      ['7315856071737163778', 'acme', false, undefined, 'Our new bike is here.'],
      ['comment:7315856071737163999', 'jan', true, 'acme', 'When does it ship to Belgium?'],
      ['comment:7315856071737164000', 'acme', true, 'jan', 'In May, Jan!'],
    ]);
  });
});

describe.skipIf(!hasSharedFixtures)('LinkedIn adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('company Posts tab (Motion): 5 posts, the in-app promotion skipped, its 3 reposts counted as its own acts, 4 comments to it', () => {
    const { posts, brand } = sharedPage('linkedin/brocc_linkedin-company-posts.html', 'https://www.linkedin.com/company/motionapp/posts/');
    expect(brand).toEqual({ handle: 'motionapp', name: 'Motion' });
    const own = posts.filter((p) => !p.id.startsWith('comment:'));
    expect(own).toHaveLength(5);
    expect(own.filter((p) => p.isRepost).length).toBe(3);
    expect(posts.filter((p) => isBrandPost(p, brand)).length).toBe(5);
    expect(own.every((p) => !p.text.includes('Motion Motion'))).toBe(true);
    const comments = posts.filter((p) => p.id.startsWith('comment:'));
    expect(comments.map((c) => [c.author, c.authorName, c.replyTo])).toEqual([
      ['alexis-wainwright', 'Alexis Wainwright 🐛', 'motionapp'],
      ['iammichaelshuster', 'Michael Shuster', 'motionapp'],
      ['prishitameshram', 'Prishita Meshram', 'motionapp'],
      ['hasnaa-m-b589b434b', 'Hasnaa M.', 'motionapp'],
    ]);
    expect(comments[0].text).toMatch(/^SO cool and innovative!/);
  });
  it('home feed marks the promoted post as an ad, and reads the one comment shown', () => {
    const { posts } = sharedPage('linkedin/brocc_linkedin-feed.html', 'https://www.linkedin.com/feed/');
    expect(posts.filter((p) => !p.isReply)).toHaveLength(3);
    expect(posts.filter((p) => p.isAd)).toHaveLength(1);
    expect(posts.filter((p) => p.isReply)).toMatchObject([{ author: 'andyeung', replyTo: 'hamza-alsamraee', text: 'leggo' }]);
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
  it("a post's own page, logged out (2026-01): the member's post and 4 comments, one his own, one by a company Page", () => {
    const { posts, brand } = sharedPage(
      'linkedin/corbaz_guest-post-with-comments.html',
      'https://www.linkedin.com/posts/codewithalamin_5-in-demand-ui-libraries-in-2025-activity-7410643423461978113-jasP',
    );
    expect(brand).toEqual({ handle: 'codewithalamin', name: 'Alamin ♾️' });
    const [post, ...comments] = posts;
    expect(post).toMatchObject({ id: '7410643423461978113', author: 'codewithalamin', counts: { likes: 116, replies: 9 } });
    expect(post.text).toMatch(/^👉 5 In-demand UI libraries in 2025/);
    expect(comments.map((c) => [c.author, c.isReply])).toEqual([
      ['codewithalamin', false],
      ['javascriptmastery', true],
      ['luisncervantes', true],
      ['kiran-ravi-74baa12a3', true],
    ]);
    expect(comments[1].text).toBe('Huge thanks for the mention! We appreciate your support! 🤗');
    expect(comments.every((c) => c.publishedAt?.match(/^202(5-12|6-01)/))).toBe(true);
  });
});
