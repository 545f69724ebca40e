/** TikTok. Selectors checked on captures from 2025-12 (profile grid, video page). */
import { parseCount } from './count';
import { absolute, dateFromSnowflake, lowerHandle, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { AD_WORDS, wholeLine } from './words';

const SELECTORS = {
  post: 'article[data-e2e="recommend-list-item-container"], [data-e2e="user-post-item"]',
  text: '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]',
  videoLink: 'a[href*="/video/"]',
  player: '[id^="xgwrapper-"]',
  author: 'a[href^="/@"]',
  likes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  comments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  shares: '[data-e2e="share-count"]',
  views: '[data-e2e="video-views"]',
  caption: 'img[alt]',
  pinned: '[data-e2e="video-card-badge"]',
  label: 'span, div',
  /** The author's link, not the search chips that also point at profiles. */
  authorNotSearch: 'a[href^="/@"]:not([data-e2e="search-common-link"])',
};

const HOSTS = ['*://*.tiktok.com/*'];

const VIDEO_ID = /\/video\/(\d+)/;
/** An ad placed in the feed. A "Paid partnership" label is not one: that video is the creator's own post, made for a brand, and counts. */
const AD = wholeLine(AD_WORDS);

/** TikTok appends the sound to a tile's alt text ("… created by Name with Someone’s original sound"): not the author's words. */
const MUSIC_CREDIT = /\s*\bcreated by \S.*? with \S.*$/s;

export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  selectors: SELECTORS,
  containers: ['post'],
  textSelectors: ['text', 'caption'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = url.pathname.match(/^\/@([^/]+)/)?.[1];
    return handle ? { handle: handle.toLowerCase(), name: document.title.match(/^(.*?) \(@/)?.[1] } : null;
  },
  findPosts: (root) => Array.from(root.querySelectorAll(SELECTORS.post)),
  readPost(post, url): ScrapedPost | null {
    const id =
      post.querySelector(SELECTORS.videoLink)?.getAttribute('href')?.match(VIDEO_ID)?.[1] ??
      post.querySelector(SELECTORS.player)?.id.match(/(\d{15,})$/)?.[1];
    if (!id) return null;
    const isTile = post.getAttribute('data-e2e') === 'user-post-item';
    const text = isTile
      ? (post.querySelector(SELECTORS.caption)?.getAttribute('alt') ?? '').replace(MUSIC_CREDIT, '').trim()
      : readText(post.querySelector(SELECTORS.text));
    const authorHref =
      post
        .querySelector(SELECTORS.videoLink)
        ?.getAttribute('href')
        ?.match(/\/@([^/]+)\/video/)?.[1] ?? post.querySelector(SELECTORS.authorNotSearch)?.getAttribute('href')?.slice(2);
    const author = lowerHandle(authorHref) ?? (isTile ? tiktok.brand(url, post.ownerDocument)?.handle : undefined);
    return {
      id,
      platform: 'tiktok',
      permalink: author ? absolute(`/@${author}/video/${id}`, new URL('https://www.tiktok.com')) : undefined,
      author,
      text,
      truncated: false,
      publishedAt: dateFromSnowflake(id, 'tiktok'),
      isReply: false,
      isRepost: false,
      isPinned: !!post.querySelector(SELECTORS.pinned),
      isAd: Array.from(post.querySelectorAll(SELECTORS.label)).some(
        (node) => node.children.length === 0 && AD.test((node.textContent ?? '').trim()),
      ),
      mediaOnly: !text,
      counts: {
        likes: parseCount(post.querySelector(SELECTORS.likes)?.textContent),
        replies: parseCount(post.querySelector(SELECTORS.comments)?.textContent),
        reposts: parseCount(post.querySelector(SELECTORS.shares)?.textContent),
      },
    };
  },
};
