/**
 * Facebook Pages. No capture of a 2023+ Page exists in shared/fixtures; the
 * selectors are those of the 2020 capture plus the attributes Facebook has
 * kept since (data-ad-rendering-role, aria-posinset), verified on our own
 * minimal page only. One place to fix when a real capture shows otherwise.
 */
import { parseCount } from './count';
import { absolute, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { AD_WORDS, opening, PINNED_WORDS, wholeLine } from './words';

const SELECTORS = {
  post: '[role="feed"] [role="article"], div[aria-posinset] [role="article"], [data-pagelet^="FeedUnit"] [role="article"]',
  text: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  author: '[data-ad-rendering-role="profile_name"] a, h2 a, h3 a, h4 a',
  permalink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"], a[href*="/videos/"], a[href*="/reel/"]',
  reactions: '[aria-label^="All reactions"], [aria-label^="Alle reacties"], [aria-label^="Like:"], [aria-label$=" people"]',
  sponsored: 'a[aria-label="Sponsored"], a[aria-label="Gesponsord"]',
  media: 'img, video',
};

const HOSTS = ['*://*.facebook.com/*'];

const POST_ID = /\/posts\/([A-Za-z0-9]+)|story_fbid=([A-Za-z0-9]+)|\/permalink\/(\d+)|\/videos\/(\d+)|\/reel\/(\d+)/;
const NOT_PAGES = new Set([
  'home.php',
  'watch',
  'groups',
  'marketplace',
  'gaming',
  'events',
  'friends',
  'messages',
  'notifications',
  'search',
  'profile.php',
  'login',
]);

function pageHandle(href: string | null | undefined, base: URL): string | undefined {
  const path = absolute(href ?? undefined, base);
  const segment = path ? new URL(path).pathname.split('/')[1] : undefined;
  return segment && !NOT_PAGES.has(segment) ? lowerHandle(segment) : undefined;
}

/** "167 Comments", "45 reacties", "7 keer gedeeld": the amount right before the word. */
function countBefore(text: string, words: string): number | undefined {
  return parseCount(text.match(new RegExp(`(\\d[\\d.,]*\\s?(?:K|M|mln|d\\.)?)\\s*(?:${words})(?![\\p{L}])`, 'iu'))?.[1]);
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  selectors: SELECTORS,
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = pageHandle(url.pathname, url);
    return handle
      ? {
          handle,
          name:
            document.title
              .replace(/\s*\|\s*Facebook$/, '')
              .replace(/^\(\d+\+?\)\s*/, '')
              .trim() || undefined,
        }
      : null;
  },
  /** Top-level articles only: comments are articles inside a post's article. */
  findPosts: (root) =>
    outermost(root.querySelectorAll(SELECTORS.post)).filter(
      (node) => !/^(Comment by|Reactie van)/.test(node.getAttribute('aria-label') ?? ''),
    ),
  readPost(post, url): ScrapedPost | null {
    const link = post.querySelector(SELECTORS.permalink);
    const href = link?.getAttribute('href') ?? '';
    const match = href.match(POST_ID);
    const id = match?.slice(1).find(Boolean) ?? post.getAttribute('aria-posinset') ?? undefined;
    if (!id) return null;
    const text = readText(post.querySelector(SELECTORS.text));
    const all = readText(post);
    return {
      id,
      platform: 'facebook',
      permalink: absolute(href.split('?')[0] || undefined, url),
      author: pageHandle(post.querySelector(SELECTORS.author)?.getAttribute('href'), url),
      authorName: readText(post.querySelector(SELECTORS.author)) || undefined,
      text,
      truncated: /(See more|Meer weergeven)$/m.test(all),
      isReply: false,
      isRepost: false,
      isPinned: opening(PINNED_WORDS).test(all),
      isAd: !!post.querySelector(SELECTORS.sponsored) || wholeLine(AD_WORDS).test(all),
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: {
        likes: parseCount(post.querySelector(SELECTORS.reactions)?.getAttribute('aria-label')),
        replies: countBefore(all, 'comments?|reacties|opmerkingen'),
        reposts: countBefore(all, 'shares?|keer gedeeld'),
      },
    };
  },
};
