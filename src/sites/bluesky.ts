/** Bluesky (bsky.app). Selectors checked on captures from 2025-04 and 2026-01 (shared/fixtures/bluesky). */
import { parseCount } from './count';
import { absolute, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { opening, PINNED_WORDS } from './words';

const SELECTORS = {
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  threadItem: '[data-testid^="postThreadItem-by-"]',
  /** The line a thread draws from a reply up to the post it answers, when that post is the item just above. */
  parentLine: ':scope > div:first-child div[style*="width: 2px"]',
  text: '[data-testid="postText"]',
  threadText: 'div[data-word-wrap="1"]',
  permalink: 'a[href*="/post/"]',
  author: 'a[href^="/profile/"][aria-label="View profile"]',
  replyBtn: '[data-testid="replyBtn"]',
  repostCount: '[data-testid="repostCount"], [data-testid="repostCount-expanded"]',
  likeCount: '[data-testid="likeBtn"], [data-testid="likeCount-expanded"]',
  media: '[data-expoimage="true"] img, video, [data-testid="contentHider-embed"]',
  label: 'div[dir="auto"], [aria-label]',
};

const HOSTS = ['*://bsky.app/*'];

const POST_PATH = /^\/profile\/([^/]+)\/post\/([A-Za-z0-9]+)/;
const REPLIED = /^(Replied to|Reply to|Antwoord op|Reageerde op)\s/i;
const REPOSTED = /^(Reposted by|Gerepost door)\s/i;
const PINNED = opening(PINNED_WORDS);

/** The anchor post of a thread shows "1:03 PM · Jan 26, 2026" instead of a dated link. */
function anchorDate(labels: string[]): string | undefined {
  const match = labels.map((label) => label.match(/^(\d{1,2}:\d{2}\s?[AP]M)\s·\s(\w{3,9} \d{1,2}, \d{4})$/)).find(Boolean);
  return match ? isoDate(`${match[2]} ${match[1]}`) : undefined;
}

const authorOf = (item: Element) => lowerHandle((item.getAttribute('data-testid') ?? '').replace(/^(feedItem|postThreadItem)-by-/, ''));

/**
 * Whom a reply on a thread page answers: the item just above when a line joins them, else the anchor
 * post (the page shows no "Replied to" on thread items, only this nesting).
 */
function threadAddressee(post: Element, anchorAuthor: string | undefined): string | undefined {
  if (!post.querySelector(SELECTORS.parentLine)) return anchorAuthor;
  const items = Array.from(post.ownerDocument.querySelectorAll(SELECTORS.threadItem));
  const above = items[items.indexOf(post) - 1];
  return above ? authorOf(above) : anchorAuthor;
}

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  selectors: SELECTORS,
  containers: ['post'],
  textSelectors: ['text'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = url.pathname.match(/^\/profile\/([^/]+)\/?$/)?.[1] ?? url.pathname.match(/^\/profile\/([^/]+)\/post\//)?.[1];
    if (!handle) return null;
    const name = document.title.match(/^(.*?) \(@/)?.[1];
    return { handle: handle.toLowerCase(), name };
  },
  findPosts: (root) => outermost(root.querySelectorAll(SELECTORS.post)),
  readPost(post, url): ScrapedPost | null {
    const testid = post.getAttribute('data-testid') ?? '';
    const isThreadItem = testid.startsWith('postThreadItem-by-');
    const link = Array.from(post.querySelectorAll(SELECTORS.permalink)).find((a) => POST_PATH.test(a.getAttribute('href') ?? ''));
    const path = (link?.getAttribute('href') ?? (isThreadItem ? url.pathname : '')).match(POST_PATH);
    if (!path) return null;
    const author = authorOf(post) ?? lowerHandle(path[1]);
    const textNode = post.querySelector(SELECTORS.text) ?? (isThreadItem ? post.querySelector(SELECTORS.threadText) : null);
    const text = readText(textNode);
    const labels = Array.from(post.querySelectorAll(SELECTORS.label)).map((node) =>
      (node.getAttribute('aria-label') ?? node.textContent ?? '').trim(),
    );
    const replyLabel = labels.find((label) => REPLIED.test(label));
    // On a post page the anchor is the post in the URL; every other thread item answers it or its replies.
    const anchor = url.pathname.match(POST_PATH);
    const isThreadReply = isThreadItem && !!anchor && path[2] !== anchor[2];
    const like = post.querySelector(SELECTORS.likeCount);
    return {
      id: `${path[1]}/${path[2]}`,
      platform: 'bluesky',
      permalink: absolute(`/profile/${path[1]}/post/${path[2]}`, new URL('https://bsky.app')),
      author,
      authorName: readText(post.querySelector(SELECTORS.author)).replace(/[\u202A-\u202E]/g, '') || undefined,
      text,
      truncated: false,
      publishedAt:
        isoDate(link?.getAttribute('data-tooltip')?.replace(' at ', ' ') ?? link?.getAttribute('aria-label')?.replace(' at ', ' ')) ??
        anchorDate(labels),
      isReply: !!replyLabel || isThreadReply,
      replyTo:
        lowerHandle(replyLabel?.replace(REPLIED, '')) ?? (isThreadReply ? threadAddressee(post, lowerHandle(anchor![1])) : undefined),
      isRepost: labels.some((label) => REPOSTED.test(label)),
      isPinned: labels.some((label) => PINNED.test(label)),
      isAd: false,
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: {
        replies: parseCount(post.querySelector(SELECTORS.replyBtn)?.getAttribute('aria-label')),
        reposts: parseCount(post.querySelector(SELECTORS.repostCount)?.textContent),
        likes: parseCount(like?.getAttribute('aria-label') ?? like?.textContent),
      },
    };
  },
};
