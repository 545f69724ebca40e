/**
 * Mastodon, on any instance: recognised by its markup, not by a list of
 * hosts. Selectors from Mastodon's own components (status.jsx,
 * detailed_status.tsx), checked on a profile and a thread written from them
 * (test/sites/pages, which says where each part comes from), the derived
 * sample in shared/fixtures and minimal pages; no real capture exists.
 */
import { parseCount } from './count';
import { absolute, dayDate, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { anyWord, PINNED_WORDS } from './words';

const SELECTORS = {
  app: '#mastodon, body.app-body',
  post: '.status[data-id], .detailed-status, article[data-id] .status, .status',
  text: '.status__content__text, .status__content',
  /** The language the author chose when posting, which Mastodon marks on the text. */
  language: '.status__content__text[lang], .status__content[lang]',
  displayName: 'a.status__display-name, a.detailed-status__display-name',
  account: '.display-name__account',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  time: 'time[datetime]',
  /** A boost's or pinned post's label sits in the wrapper, beside the status it labels. */
  wrapper: '.status__wrapper',
  prepend: '.status__prepend',
  /** Mastodon opens a reply with a mention of the account it answers. */
  mention: 'a.u-url.mention',
  favourites: '.detailed-status__favorites',
  boosts: '.detailed-status__reblogs',
  detailedAuthor: '.detailed-status .display-name__account',
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
  containers: ['post'],
  textSelectors: ['text'],
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
  readPost(post, url, shownAt): ScrapedPost | null {
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
    const isReply = post.classList.contains('status-reply') || !!post.closest(SELECTORS.replyWrapper) || (!!anchorId && id !== anchorId);
    const prepend = readText(post.closest(SELECTORS.wrapper)?.querySelector(SELECTORS.prepend) ?? post.querySelector(SELECTORS.prepend));
    // The account answered: the mention the reply opens with, else the author of the post the thread is about.
    const mentioned = content
      ?.querySelector(SELECTORS.mention)
      ?.getAttribute('href')
      ?.match(/\/@([^/]+)$/)?.[1];
    const replyTo = isReply ? (acct(mentioned) ?? acct(readText(post.ownerDocument.querySelector(SELECTORS.detailedAuthor)))) : undefined;
    const time = post.querySelector(SELECTORS.time)?.getAttribute('datetime');
    return {
      id,
      platform: 'mastodon',
      permalink: absolute(link?.getAttribute('href') ?? undefined, url),
      author,
      authorName: readText(post.querySelector(SELECTORS.displayName)) || undefined,
      text,
      lang: post.querySelector(SELECTORS.language)?.getAttribute('lang') || undefined,
      truncated: !!post.querySelector(SELECTORS.readMore),
      // A thread's own post shows its date as text only.
      publishedAt: time ? isoDate(time) : dayDate(readText(link), shownAt),
      isReply,
      replyTo: replyTo && replyTo !== author ? replyTo : undefined,
      isRepost: /boosted|heeft geboost/i.test(prepend),
      isPinned: anyWord(PINNED_WORDS).test(prepend),
      isAd: false,
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: {
        replies: parseCount(post.querySelector(SELECTORS.replyCount)?.textContent),
        likes: parseCount(post.querySelector(SELECTORS.favourites)?.textContent),
        reposts: parseCount(post.querySelector(SELECTORS.boosts)?.textContent),
      },
    };
  },
};
