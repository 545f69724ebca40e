import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/src/sites/extract';
import { parseHTML } from 'linkedom';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

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

describe.skipIf(!hasSharedFixtures)('Mastodon adapter on the derived sample (no real capture exists)', () => {
  it('detail view: the post and the replies under it', () => {
    const { posts } = sharedPage(
      'mastodon/derived/defuddle_comments--mastodon.social-@user-12345678.html',
      'https://mastodon.example/@alice/12345678',
    );
    expect(posts[0]).toMatchObject({ id: '12345678', author: 'alice', isReply: false });
    expect(posts.slice(1).every((p) => p.isReply)).toBe(true);
  });
});
