/** Threads. Selectors checked on captures from 2025-04 (home feed; the activity page holds no posts). */
import { parseCount } from './count';
import { absolute, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { AD_WORDS, wholeLine } from './words';

const SELECTORS = {
  post: 'div[data-pressable-container="true"]',
  permalink: 'a[href*="/post/"]',
  time: 'time[datetime]',
  author: 'a[href^="/@"]',
  text: 'span[dir="auto"]',
  action: 'div[role="button"]',
  /** Posts the page suggests below a thread ("Related threads"): not part of it. */
  related: '[data-pagelet*="related_posts"]',
  nestedPost: 'a[href*="/post/"], time',
  actionIcon: 'svg[aria-label]',
  pinned: 'svg[aria-label="Pinned"], svg[aria-label="Vastgezet"]',
  link: 'a',
  media: 'img[alt]:not([alt$="profile picture"]), video',
  dateInLink: 'time',
};

const HOSTS = ['*://*.threads.net/*', '*://*.threads.com/*'];

/** Labels in a post's header, beside its time: not what the author wrote. */
const HEADER_LABEL = /^(·|Author|Auteur)$/;

const POST_PATH = /^\/@([^/]+)\/post\/([A-Za-z0-9_-]+)/;
const ACTIONS: Record<string, 'likes' | 'replies' | 'reposts'> = {
  Like: 'likes',
  'Vind ik leuk': 'likes',
  Reply: 'replies',
  Beantwoorden: 'replies',
  Repost: 'reposts',
};

function authorOf(item: Element): string | undefined {
  const link = Array.from(item.querySelectorAll(SELECTORS.permalink)).find((a) => a.querySelector(SELECTORS.dateInLink));
  return lowerHandle(link?.getAttribute('href')?.match(POST_PATH)?.[1]);
}

export const threads: SiteAdapter = {
  platform: 'threads',
  selectors: SELECTORS,
  containers: ['post'],
  textSelectors: ['text'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = url.pathname.match(/^\/@([^/]+)/)?.[1];
    return handle ? { handle: handle.toLowerCase(), name: document.title.match(/^(.*?) \(@/)?.[1] } : null;
  },
  /** Only containers with a dated permalink are posts (the activity page's items are not). */
  findPosts: (root) =>
    outermost(
      Array.from(root.querySelectorAll(SELECTORS.post)).filter(
        (node) => node.querySelector(`${SELECTORS.permalink} ${SELECTORS.time}`) && !node.closest(SELECTORS.related),
      ),
    ),
  readPost(post, url): ScrapedPost | null {
    const link = Array.from(post.querySelectorAll(SELECTORS.permalink)).find((a) => a.querySelector(SELECTORS.dateInLink));
    const path = link?.getAttribute('href')?.match(POST_PATH);
    if (!path) return null;
    const author = authorOf(post);
    const text = Array.from(post.querySelectorAll(SELECTORS.text))
      .filter(
        (span) =>
          !span.closest(SELECTORS.link) &&
          !span.querySelector(SELECTORS.nestedPost) &&
          !span.closest(SELECTORS.action) &&
          !span.parentElement?.closest(SELECTORS.text),
      )
      // The "Translate" button sits inside the text it translates.
      .map((span) => readText(span, SELECTORS.action))
      .filter((line) => line && !HEADER_LABEL.test(line))
      .join('\n');
    const counts: ScrapedPost['counts'] = {};
    for (const button of Array.from(post.querySelectorAll(SELECTORS.action))) {
      const kind = ACTIONS[button.querySelector(SELECTORS.actionIcon)?.getAttribute('aria-label') ?? ''];
      if (kind && counts[kind] === undefined) counts[kind] = parseCount(button.textContent) ?? 0;
    }
    const anchor = url.pathname.match(POST_PATH);
    const anchorKey = anchor?.[2];
    // The root's author's own posts right below it continue it (a thread in parts); they answer nobody.
    // Only those can, so only they look at the items above them.
    const isRootAuthor = !!anchor && author === lowerHandle(anchor[1]);
    const itemsAbove = isRootAuthor ? threads.findPosts(post.ownerDocument) : [];
    const continuesRoot = isRootAuthor && itemsAbove.slice(0, itemsAbove.indexOf(post)).every((item) => authorOf(item) === author);
    return {
      id: path[2],
      platform: 'threads',
      permalink: absolute(`/@${path[1]}/post/${path[2]}`, new URL('https://www.threads.com')),
      author,
      text,
      truncated: false,
      publishedAt: isoDate(link?.querySelector(SELECTORS.time)?.getAttribute('datetime')),
      // On a post page, items after the root answer it.
      isReply: !!anchorKey && path[2] !== anchorKey && !continuesRoot,
      isRepost: /reposted|heeft opnieuw geplaatst/i.test(readText(post).split('\n')[0] ?? ''),
      isPinned: !!post.querySelector(SELECTORS.pinned),
      isAd: wholeLine(AD_WORDS).test(readText(post)),
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts,
    };
  },
};
