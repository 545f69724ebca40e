/** Any other page, on demand: `article` and `[role=article]` blocks, with whatever link and time they hold. */
import { absolute, isoDate, outermost, readText } from './dom';
import type { ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';

const SELECTORS = {
  post: 'article, [role="article"]',
  time: 'time[datetime]',
  permalink: 'a[href]',
};

/** A stable id for a post without a permalink: the text decides it, so re-reading the page gives the same id. */
function textId(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return `text-${(hash >>> 0).toString(36)}`;
}

export const generic: SiteAdapter = {
  platform: 'web',
  selectors: SELECTORS,
  containers: ['post'],
  textSelectors: [],
  hosts: [],
  matches: () => true,
  brand: (url, document) => ({ handle: url.hostname.replace(/^www\./, ''), name: document.title || undefined }),
  findPosts: (root) => outermost(root.querySelectorAll(SELECTORS.post)),
  readPost(container, url): ScrapedPost | null {
    const text = readText(container);
    if (!text) return null;
    const time = container.querySelector(SELECTORS.time);
    const link = time?.closest(SELECTORS.permalink) ?? container.querySelector(SELECTORS.permalink);
    const permalink = absolute(link?.getAttribute('href') ?? undefined, url);
    return {
      id: permalink && permalink !== url.href ? permalink : textId(text),
      platform: 'web',
      permalink,
      text,
      truncated: false,
      publishedAt: isoDate(time?.getAttribute('datetime')),
      isReply: false,
      isRepost: false,
      isPinned: false,
      isAd: false,
      mediaOnly: false,
      counts: {},
    };
  },
};
