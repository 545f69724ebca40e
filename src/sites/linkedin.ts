/** LinkedIn company pages. Selectors checked on Ember captures from 2025-04 and 2025-12; the 2026 "SDUI" markup as reported, unverified. */
import { parseCount } from './count';
import { dateFromSnowflake, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { anyWord, PROMOTED_WORDS } from './words';

const SELECTORS = {
  post: 'div.feed-shared-update-v2[data-urn], [data-testid="mainFeed"] div[role="listitem"]',
  text: '.update-components-text, .feed-shared-update-v2__description, [data-testid="expandable-text-box"]',
  actorLink: 'a.update-components-actor__meta-link, a.update-components-actor__image',
  actorName: '.update-components-actor__title span[aria-hidden="true"]',
  header: '.update-components-header',
  subDescription: '.update-components-actor__sub-description',
  reactions: '.social-details-social-counts__reactions-count',
  comments: '.social-details-social-counts__comments',
  reposts: 'button[aria-label*="repost"]',
  seeMore: '.feed-shared-inline-show-more-text__see-more-less-toggle, button[aria-label*="more"]',
  media: '.update-components-image, .update-components-linkedin-video, .update-components-document',
  permalink: 'a[href*="/feed/update/urn:li:activity:"]',
  hiddenText: '.visually-hidden, .feed-shared-inline-show-more-text__see-more-less-toggle',
  activityId: '[data-id]',
};

const HOSTS = ['*://*.linkedin.com/*'];

const ACTIVITY = /urn:li:activity:(\d+)/;
const PROMOTED = anyWord(PROMOTED_WORDS);
const REPOSTED = /reposted this|heeft dit gerepost/i;

/** The text a reader sees; LinkedIn repeats every label for screen readers in .visually-hidden, which a reader does not see twice. */
function visibleText(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll(SELECTORS.hiddenText))) hidden.remove();
  return readText(copy);
}

function accountFromHref(href: string | null | undefined): string | undefined {
  return lowerHandle(href?.match(/\/(?:company|in|showcase|school)\/([^/?#]+)/)?.[1]);
}

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  selectors: SELECTORS,
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = accountFromHref(url.pathname);
    if (!handle) return null;
    const name = document.title
      .split('|')[0]
      .replace(/^\(\d+\+?\)\s*/, '')
      .replace(/:\s*(Posts|Berichten|Overview|Overzicht|About|Over ons)\s*$/i, '')
      .trim();
    return { handle, name: name || undefined };
  },
  findPosts: (root) =>
    outermost(root.querySelectorAll(SELECTORS.post)).filter(
      (post) => !(post.getAttribute('data-urn') ?? '').startsWith('urn:li:inAppPromotion'),
    ),
  readPost(post): ScrapedPost | null {
    const urn =
      post.getAttribute('data-urn') ??
      post.closest(SELECTORS.activityId)?.getAttribute('data-id') ??
      post.querySelector(SELECTORS.permalink)?.getAttribute('href') ??
      '';
    const activity = urn.match(ACTIVITY)?.[1];
    if (!activity) return null;
    const text = visibleText(post.querySelector(SELECTORS.text));
    const header = visibleText(post.querySelector(SELECTORS.header));
    const sub = visibleText(post.querySelector(SELECTORS.subDescription));
    return {
      id: activity,
      platform: 'linkedin',
      permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/`,
      author: accountFromHref(post.querySelector(SELECTORS.actorLink)?.getAttribute('href')),
      authorName: readText(post.querySelector(SELECTORS.actorName)) || undefined,
      text,
      truncated: !!post.querySelector(SELECTORS.seeMore),
      publishedAt: dateFromSnowflake(activity, 'linkedin'),
      isReply: false,
      isRepost: REPOSTED.test(header),
      isPinned: false,
      isAd: PROMOTED.test(sub) || PROMOTED.test(header),
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: {
        likes: parseCount(post.querySelector(SELECTORS.reactions)?.textContent),
        replies: parseCount(post.querySelector(SELECTORS.comments)?.textContent),
        reposts: parseCount(post.querySelector(SELECTORS.reposts)?.getAttribute('aria-label')),
      },
    };
  },
};
