import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('Facebook adapter on a minimal page of our own', () => {
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
  it("reads the comments under a Page's post: who wrote each, and whom each answers, the Page's reply included", () => {
    const post = 'https://www.facebook.com/acmenl/posts/pfbid02abc';
    const comment = (label: string, ids: string, body: string, author = '') =>
      `<div role="article" aria-label="${label}">${author}<span dir="auto" lang="nl"><div><div dir="auto">${body}</div></div></span>
       <ul><li><a href="${post}?${ids}&amp;__cft__=x">2d</a></li></ul></div>`;
    const html = `<div role="article" aria-posinset="1"><h2><a href="https://www.facebook.com/acmenl">Acme</a></h2>
      <a href="${post}">2d</a><div data-ad-rendering-role="story_message"><div dir="auto">Nieuw: de winterfiets.</div></div></div>
      ${comment('Comment by Jan de Vries 2 days ago', 'comment_id=111', 'Wanneer komt hij naar België?')}
      ${comment("Reply by Acme to Jan de Vries's comment 2 days ago", 'comment_id=111&amp;reply_comment_id=222', 'In maart, Jan!', '<a href="https://www.facebook.com/acmenl?comment_id=Y29t">Acme</a>')}`;
    const { posts } = page(html, 'https://www.facebook.com/acmenl');
    expect(posts.map((p) => [p.id, p.author, p.isReply, p.replyTo, p.text])).toEqual([
      ['pfbid02abc', 'acmenl', false, undefined, 'Nieuw: de winterfiets.'],
      ['comment:111', 'jan de vries', true, 'acmenl', 'Wanneer komt hij naar België?'],
      ['comment:222', 'acmenl', true, 'jan de vries', 'In maart, Jan!'],
    ]);
    expect(Date.now() - Date.parse(posts[1].publishedAt!)).toBeCloseTo(2 * 86_400_000, -5);
  });
});

describe.skipIf(!hasSharedFixtures)('Facebook adapter on the saved 2020 page (skipped without ../shared/fixtures)', () => {
  it('reads the sponsored post once the malformed comment is mended, and marks it an ad', () => {
    const { posts } = sharedPage('facebook/facebook_adblock_2020-12-25.html', 'https://www.facebook.com/');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ author: 'news.com.au', isAd: true, counts: { replies: 167, reposts: 7 } });
  });
});

describe.skipIf(!hasSharedFixtures)('Facebook adapter on the saved 2022 and 2025 pages (skipped without ../shared/fixtures)', () => {
  it("a brand Page's timeline (Yuka, 2022-12, FR): 7 posts, 40 comments, and the Page's 2 answers to customers", () => {
    const { posts, brand } = sharedPage('facebook/ahmedttn_yuka-page-home.html', 'https://www.facebook.com/YukaGroup');
    expect(brand).toEqual({ handle: 'yukagroup', name: 'Yuka' });
    const own = posts.filter((p) => !p.id.startsWith('comment:'));
    const comments = posts.filter((p) => p.id.startsWith('comment:'));
    expect(own).toHaveLength(7);
    expect(own.every((p) => p.author === 'yukagroup' && p.text && p.publishedAt && !p.isReply)).toBe(true);
    expect(own[2].text).toMatch(/^Yuka vous aide à faire les meilleurs choix en cuisine/);
    expect(comments).toHaveLength(40);
    expect(comments.filter((c) => c.author === 'yukagroup').map((c) => c.replyTo)).toEqual([
      'catherine joffrin',
      'marie conord',
      undefined,
    ]);
    // Of the 6 replies, 2 are the Page's, 1 a customer's answer to the Page, 3 customers answering each other.
    expect(comments.filter((c) => c.isReply && c.replyTo !== 'yukagroup' && c.author !== 'yukagroup')).toHaveLength(3);
    expect(comments.filter((c) => !c.text)).toHaveLength(1);
  });
  it("a post's own page (2025 Comet markup): the post and the author's 10 answers, each to the commenter it names", () => {
    const { posts, brand } = sharedPage(
      'facebook/tanjinadnanabir_post-with-author-comments.html',
      'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159/',
    );
    expect(brand?.handle).toBe('salmanmd.sultan.1');
    const [post, ...comments] = posts;
    expect(post).toMatchObject({
      id: 'pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
      author: 'salmanmd.sultan.1',
    });
    expect(post.text).toMatch(/^Closed\nঈদ উপলক্ষে System Design/);
    expect(post.publishedAt).toMatch(/-05-30T/);
    expect(comments).toHaveLength(10);
    expect(comments.every((c) => c.author === 'salmanmd.sultan.1' && c.isReply)).toBe(true);
    expect(comments[0]).toMatchObject({ replyTo: 'mehedi hasan', text: expect.stringMatching(/^Mehedi Hasan\nধন্যবাদ/) });
  });
});
