/**
 * Mastodon, on any instance: recognised by its markup, not by a list of
 * hosts. Selectors from Mastodon's own components (status.jsx,
 * detailed_status), checked on the derived sample in shared/fixtures and our
 * own minimal page; no real capture exists yet.
 */
import { parseCount } from './count';
import { absolute, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { anyWord, PINNED_WORDS } from './words';

const SELECTORS = {
  app: '#mastodon, body.app-body',
  post: '.status[data-id], .detailed-status, article[data-id] .status, .status',
  text: '.status__content__text, .status__content',
  displayName: 'a.status__display-name, a.detailed-status__display-name',
  account: '.display-name__account',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  time: 'time[datetime]',
  prepend: '.status__prepend',
  replyCount: '.status__action-bar__button .icon-button__counter, .status__action-bar button .icon-button__counter',
  pageTitle: 'meta[property="og:title"]',
  readMore: '.status__content__spoiler-link, .status__content__read-more-button',
  replyWrapper: '.status__wrapper-reply',
  media: '.media-gallery, video',
  instanceMarkup: 'meta[property="og:site_name"], .columns-area, .status',
};

const STATUS_PATH = /\/@([^/]+)\/(\d+)/;

function acct(value: string | null | undefined): string | undefined {
  return lowerHandle(value?.replace(/^@/, '').split('@')[0]);
}

export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  selectors: SELECTORS,
  // Any instance, any address: the markup says it is Mastodon.
  hosts: [],
  matches: (_url, document) => !!document.querySelector(SELECTORS.app) && !!document.querySelector(SELECTORS.instanceMarkup),
  brand(url, document): Account | null {
    const handle = url.pathname.match(/^\/@([^/]+)/)?.[1];
    if (!handle) return null;
    return {
      handle: acct(handle)!,
      name:
        document
          .querySelector(SELECTORS.pageTitle)
          ?.getAttribute('content')
          ?.replace(/\s*\(@.*$/, '') ?? undefined,
    };
  },
  findPosts: (root) => outermost(root.querySelectorAll(SELECTORS.post)),
  readPost(post, url): ScrapedPost | null {
    const link = post.querySelector(SELECTORS.permalink);
    const path = (link?.getAttribute('href') ?? (post.classList.contains('detailed-status') ? url.pathname : '')).match(STATUS_PATH);
    const id = post.getAttribute('data-id') ?? path?.[2];
    if (!id) return null;
    const content = post.querySelector(SELECTORS.text);
    const text = readText(content);
    const author =
      acct(
        post.querySelector(SELECTORS.displayName)?.getAttribute('title') ?? readText(post.querySelector(SELECTORS.account)) ?? path?.[1],
      ) ?? acct(path?.[1]);
    const anchorId = url.pathname.match(STATUS_PATH)?.[2];
    return {
      id,
      platform: 'mastodon',
      permalink: absolute(link?.getAttribute('href') ?? undefined, url),
      author,
      authorName: readText(post.querySelector(SELECTORS.displayName)) || undefined,
      text,
      truncated: !!post.querySelector(SELECTORS.readMore),
      publishedAt: isoDate(post.querySelector(SELECTORS.time)?.getAttribute('datetime')),
      isReply: post.classList.contains('status-reply') || !!post.closest(SELECTORS.replyWrapper) || (!!anchorId && id !== anchorId),
      isRepost: /boosted|heeft geboost/i.test(readText(post.querySelector(SELECTORS.prepend))),
      isPinned: anyWord(PINNED_WORDS).test(readText(post.querySelector(SELECTORS.prepend))),
      isAd: false,
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: { replies: parseCount(post.querySelector(SELECTORS.replyCount)?.textContent) },
    };
  },
};
