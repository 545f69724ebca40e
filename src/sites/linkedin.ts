/**
 * LinkedIn: company and member pages and the feed (the logged-in Ember markup, checked on captures from
 * 2025-04 to 2025-12; the 2026 "SDUI" markup as reported, unverified), and a post's own page as a logged-out
 * visitor sees it, with its comments (server-rendered markup, checked on a 2026-01 capture).
 */
import { parseCount } from './count';
import { dateFromSnowflake, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { commentPost } from './comment';
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
  /** A post's own page, logged out: the post, its author and counts, and its comments. */
  guestPost: 'article[data-activity-urn]',
  guestText: '[data-test-id="main-feed-activity-card__commentary"]',
  guestActor: '[data-test-id="main-feed-activity-card__entity-lockup"] a[href]',
  guestActorName: 'a[data-tracking-control-name="public_post_feed-actor-name"]',
  guestReactions: '[data-test-id="social-actions__reaction-count"]',
  guestComments: '[data-test-id="social-actions__comments"]',
  /** A comment, on a post's own page (logged out) or under a post in the feed (logged in). */
  comment: 'section.comment, article.comments-comment-entity',
  commentAuthor: 'a.comment__author, a.comments-comment-meta__description-container',
  commentAuthorName: '.comments-comment-meta__description-title',
  commentText: '.comment__text, .comments-comment-item__main-content',
  commentUrn: '[data-semaphore-content-urn^="urn:li:comment:"]',
};

const HOSTS = ['*://*.linkedin.com/*'];

const ACTIVITY = /urn:li:activity:(\d+)/;
/** urn:li:comment:(urn:li:ugcPost:…,7410643469947469824): the comment's own id, which carries its time. */
const COMMENT = /^urn:li:comment:\(.*,(\d+)\)$/;
/** A post's own page: /posts/acme_title-activity-… or /feed/update/urn:li:activity:…. */
const POST_PAGE = /^\/(posts|feed\/update)\//;
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
  containers: ['post', 'guestPost', 'comment'],
  textSelectors: ['text', 'commentText'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const guestPost = POST_PAGE.test(url.pathname) ? document.querySelector(SELECTORS.guestPost) : null;
    if (guestPost) {
      const handle = accountFromHref(guestPost.querySelector(SELECTORS.guestActor)?.getAttribute('href'));
      return handle ? { handle, name: readText(guestPost.querySelector(SELECTORS.guestActorName)) || undefined } : null;
    }
    const handle = accountFromHref(url.pathname);
    if (!handle) return null;
    const name = document.title
      .split('|')[0]
      .replace(/^\(\d+\+?\)\s*/, '')
      .replace(/:\s*(Posts|Berichten|Overview|Overzicht|About|Over ons)\s*$/i, '')
      .trim();
    return { handle, name: name || undefined };
  },
  findPosts: (root) => [
    ...outermost(root.querySelectorAll(SELECTORS.post)).filter(
      (post) => !(post.getAttribute('data-urn') ?? '').startsWith('urn:li:inAppPromotion'),
    ),
    ...Array.from(root.querySelectorAll(SELECTORS.guestPost)),
    ...Array.from(root.querySelectorAll(SELECTORS.comment)),
  ],
  readPost(post): ScrapedPost | null {
    if (post.matches(SELECTORS.guestPost)) return readGuestPost(post);
    if (post.matches(SELECTORS.comment)) return readComment(post);
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

function readGuestPost(post: Element): ScrapedPost | null {
  const activity = post.getAttribute('data-activity-urn')?.match(ACTIVITY)?.[1];
  if (!activity) return null;
  const text = readText(post.querySelector(SELECTORS.guestText));
  return {
    id: activity,
    platform: 'linkedin',
    permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/`,
    author: accountFromHref(post.querySelector(SELECTORS.guestActor)?.getAttribute('href')),
    authorName: readText(post.querySelector(SELECTORS.guestActorName)) || undefined,
    text,
    truncated: false,
    publishedAt: dateFromSnowflake(activity, 'linkedin'),
    isReply: false,
    isRepost: false,
    isPinned: false,
    isAd: false,
    mediaOnly: !text && !!post.querySelector(SELECTORS.media),
    counts: {
      likes: parseCount(post.querySelector(SELECTORS.guestReactions)?.textContent),
      replies: parseCount(post.querySelector(SELECTORS.guestComments)?.textContent),
    },
  };
}

/** A comment answers the post's author, or, nested under another comment, that comment's author. */
function readComment(comment: Element): ScrapedPost | null {
  const urn = comment.getAttribute('data-id') ?? comment.querySelector(SELECTORS.commentUrn)?.getAttribute('data-semaphore-content-urn');
  const id = urn?.match(COMMENT)?.[1];
  if (!id) return null;
  const parent = comment.parentElement?.closest(SELECTORS.comment);
  const post = comment.closest(SELECTORS.guestPost) ?? comment.closest(SELECTORS.post);
  const addressee = accountFromHref(
    parent
      ? parent.querySelector(SELECTORS.commentAuthor)?.getAttribute('href')
      : post?.querySelector(`${SELECTORS.guestActor}, ${SELECTORS.actorLink}`)?.getAttribute('href'),
  );
  const authorLink = comment.querySelector(SELECTORS.commentAuthor);
  return commentPost('linkedin', {
    id,
    author: accountFromHref(authorLink?.getAttribute('href')),
    authorName: (readText(comment.querySelector(SELECTORS.commentAuthorName)) || readText(authorLink)).split('\n')[0] || undefined,
    text: visibleText(comment.querySelector(SELECTORS.commentText)),
    publishedAt: dateFromSnowflake(id, 'linkedin'),
    addressee,
  });
}
