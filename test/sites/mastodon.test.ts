import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/src/sites/extract';
import { parseHTML } from 'linkedom';
import { responsiveness } from '@/src/score/responsiveness';
import { classifyPost } from '@/src/classify/classify';
import { hasSharedFixtures, ownHtml, ownPage, page, sharedPage } from './fixtures';

const status = (
  id: string,
  user: string,
  text: string,
  extra = '',
) => `<article data-id="${id}"><div class="status ${extra}" data-id="${id}">
  <a class="status__relative-time" href="/@${user}/${id}"><time datetime="2026-03-01T08:00:00.000Z">1h</time></a>
  <a class="status__display-name" title="${user}@social.example"><span class="display-name__html">${user}</span></a>
  <div class="status__content"><div class="status__content__text"><p>${text}</p></div></div>
  <div class="status__action-bar"><button class="status__action-bar__button"><span class="icon-button__counter">4</span></button></div></div></article>`;

describe('Mastodon adapter on a minimal page of our own', () => {
  it('is recognised by its markup on any instance, not by its host', () => {
    const { document } = parseHTML(
      `<html><body class="app-body"><div id="mastodon"><div class="columns-area">${status('1', 'acme', 'Hallo')}</div></div></body></html>`,
    );
    expect(adapterFor(new URL('https://toot.some-instance.nl/@acme'), document as unknown as Document)?.platform).toBe('mastodon');
    const { document: other } = parseHTML('<html><body><article>Not Mastodon</article></body></html>');
    expect(adapterFor(new URL('https://toot.some-instance.nl/@acme'), other as unknown as Document)).toBeUndefined();
  });
  it('reads posts, replies and boosts', () => {
    const html = `<html><body class="app-body"><div id="mastodon"><div class="columns-area">${status('1', 'acme', 'Our new store opens today')}${status('2', 'acme', '@jan Thanks!', 'status-reply')}</div></div></body></html>`;
    const { posts, brand } = page(html, 'https://social.example/@acme');
    expect(brand?.handle).toBe('acme');
    expect(posts.map((p) => [p.id, p.author, p.isReply, p.text, p.counts.replies])).toEqual([
      ['1', 'acme', false, 'Our new store opens today', 4],
      ['2', 'acme', true, '@jan Thanks!', 4],
    ]);
  });
});

describe("Mastodon adapter on a profile and a thread written from Mastodon's own markup (test/sites/pages)", () => {
  it("profile: the pinned post, the boost of a customer's post as the brand's act, a promotion with media", () => {
    const { posts, brand } = ownPage('mastodon-profile.html', 'https://mastodon.example/@fietsfabriek');
    expect(brand).toEqual({ handle: 'fietsfabriek', name: 'Fietsfabriek' });
    expect(posts.map((p) => [p.id, p.author, p.isPinned, p.isRepost, p.isReply])).toEqual([
      ['113100000000000005', 'fietsfabriek', true, false, false],
      ['113200000000000007', 'fietsfabriek', false, false, false],
      ['113190000000000001', 'fietsvriend', false, true, false],
      ['113180000000000004', 'fietsfabriek', false, false, false],
      ['113170000000000002', 'fietsfabriek', false, false, false],
    ]);
    expect(posts[1]).toMatchObject({
      lang: 'nl',
      publishedAt: '2026-03-01T08:00:00.000Z',
      counts: { replies: 12 },
      text: 'Nieuw in de winkel: de Stadsfiets 2026, met een lichter frame en een accu die twee keer zo lang meegaat.\n\nWat vind jij belangrijk aan een stadsfiets? #fietsen',
    });
  });
  it("thread: a date shown without its year ('Mar 01, 09:00 AM') is the last such day before the page was shown", () => {
    const thread = ownHtml('mastodon-thread.html').replace('Mar 01, 2026, 09:00 AM', 'Mar 01, 09:00 AM');
    const url = 'https://mastodon.example/@fietsfabriek/113200000000000007';
    expect(page(thread, url, Date.parse('2022-12-05T12:00:00Z')).posts[0].publishedAt).toMatch(/^2022-03-01T/);
    expect(page(thread, url, Date.parse('2022-02-05T12:00:00Z')).posts[0].publishedAt).toMatch(/^2021-03-01T/);
  });
  it('thread: the post, and the replies under it with whom each answers; the brand answered 1 of 3 questions', () => {
    const { posts, brand } = ownPage('mastodon-thread.html', 'https://mastodon.example/@fietsfabriek/113200000000000007');
    expect(brand?.handle).toBe('fietsfabriek');
    expect(posts.map((p) => [p.author, p.isReply, p.replyTo])).toEqual([
      ['fietsfabriek', false, undefined],
      ['jan', true, 'fietsfabriek'],
      ['fietsfabriek', true, 'jan'],
      ['piet', true, 'jan'],
      ['sanne', true, 'fietsfabriek'],
      ['alex', true, 'fietsfabriek'],
    ]);
    expect(posts[0]).toMatchObject({ counts: { likes: 31, reposts: 4 } });
    expect(posts[0].publishedAt).toMatch(/^2026-03-01T/);
    const seen = posts.map((p) => ({ ...p, fromBrand: p.author === 'fietsfabriek', classification: classifyPost(p) }));
    expect(responsiveness('fietsfabriek', seen)).toMatchObject({ userReplies: 3, questions: 3, answered: 1 });
  });
});

describe.skipIf(!hasSharedFixtures)(
  'Mastodon adapter on the derived sample, as no real capture exists (skipped without ../shared/fixtures)',
  () => {
    it('detail view: the post and the replies under it', () => {
      const { posts } = sharedPage(
        'mastodon/derived/defuddle_comments--mastodon.social-@user-12345678.html',
        'https://mastodon.example/@alice/12345678',
      );
      expect(posts[0]).toMatchObject({ id: '12345678', author: 'alice', isReply: false });
      expect(posts.slice(1).every((p) => p.isReply)).toBe(true);
    });
  },
);
