/** X / Twitter. Selectors checked on captures from 2024-10 to 2026-02 (shared/fixtures/x). */
import { parseCount, parseCountList } from './count';
import { absolute, dateFromSnowflake, isoDate, lowerHandle, outermost, readText, sitePath } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { AD_WORDS, anyWord, PINNED_WORDS } from './words';

const SELECTORS = {
  post: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  articleTitle: '[data-testid="twitter-article-title"]',
  userName: '[data-testid="User-Name"]',
  time: 'time[datetime]',
  statusLink: 'a[href*="/status/"]',
  socialContext: '[data-testid="socialContext"]',
  counts: '[role="group"][aria-label]',
  reply: '[data-testid="reply"]',
  repost: '[data-testid="retweet"], [data-testid="unretweet"]',
  like: '[data-testid="like"], [data-testid="unlike"]',
  ad: '[data-testid="placementTracking"]',
  showMore: '[data-testid="tweet-text-show-more-link"]',
  media: '[data-testid="tweetPhoto"], [data-testid="videoPlayer"], [data-testid="card.wrapper"]',
  /** A quoted post: a link-like block with an author of its own. */
  quote: 'div[role="link"]',
  /** A link to a profile, written relative or (in saved pages) absolute. */
  profileLink: 'a[href^="/"], a[href^="https://x.com/"], a[href^="https://twitter.com/"]',
  textLine: 'div[dir="ltr"], div[dir="auto"]',
};

const NOT_PROFILES = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'search',
  'settings',
  'compose',
  'login',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'hashtag',
]);
const HOSTS = ['*://x.com/*', '*://twitter.com/*'];
const STATUS = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;
const REPLYING_TO = /^(Replying to|Antwoord aan|Reactie op|Als antwoord op)\s/i;
const PINNED = anyWord(PINNED_WORDS);
const PROMOTED = anyWord(AD_WORDS);
const REPOSTED = /reposted|retweeted|heeft gerepost|repost/i;

function insideQuote(element: Element, post: Element): boolean {
  for (
    let link = element.parentElement?.closest(SELECTORS.quote);
    link && link !== post && post.contains(link);
    link = link.parentElement?.closest(SELECTORS.quote)
  ) {
    if (link.querySelector(SELECTORS.userName)) return true;
  }
  return false;
}

/** The first match that belongs to the post itself, not to a post it quotes. */
function own(post: Element, selector: string): Element | undefined {
  // Most posts quote nothing: their first match is their own.
  const first = post.querySelector(selector);
  if (!first || !insideQuote(first, post)) return first ?? undefined;
  return Array.from(post.querySelectorAll(selector)).find((element) => !insideQuote(element, post));
}

export const x: SiteAdapter = {
  platform: 'x',
  selectors: SELECTORS,
  containers: ['post'],
  textSelectors: ['text'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = url.pathname.split('/')[1];
    if (!handle || NOT_PROFILES.has(handle.toLowerCase()) || !/^[A-Za-z0-9_]{1,15}$/.test(handle)) return null;
    const title = document.title.match(/^(.*?) \(@[A-Za-z0-9_]+\)/);
    return { handle: handle.toLowerCase(), name: title?.[1] };
  },
  findPosts: (root) => outermost(root.querySelectorAll(SELECTORS.post)),
  readPost(post, url): ScrapedPost | null {
    const userName = own(post, SELECTORS.userName);
    // The dated link is the permalink; a promoted post has no date, only its analytics link.
    const link =
      Array.from(post.querySelectorAll<HTMLAnchorElement>(SELECTORS.statusLink)).find(
        (a) => !insideQuote(a, post) && a.querySelector(SELECTORS.time),
      ) ?? own(post, SELECTORS.statusLink);
    const status = (sitePath(link?.getAttribute('href'), url) ?? url.pathname).match(STATUS);
    const authorHref = sitePath(userName?.querySelector(SELECTORS.profileLink)?.getAttribute('href'), url);
    const author = lowerHandle(authorHref?.split('/')[1]) ?? lowerHandle(status?.[1]);
    if (!status && !author) return null;
    const id = status?.[2];
    if (!id) return null;
    const textNode = own(post, SELECTORS.text) ?? own(post, SELECTORS.articleTitle);
    const text = readText(textNode);
    const context = readText(post.querySelector(SELECTORS.socialContext));
    const replyLine = Array.from(post.querySelectorAll(SELECTORS.textLine)).find(
      (div) => !insideQuote(div, post) && REPLYING_TO.test((div.textContent ?? '').trim()),
    );
    const replyTo = lowerHandle(
      sitePath(replyLine?.querySelector(SELECTORS.profileLink)?.getAttribute('href'), url)?.slice(1) ??
        replyLine?.textContent?.match(/@([A-Za-z0-9_]{1,15})/)?.[1],
    );
    const group = own(post, SELECTORS.counts)?.getAttribute('aria-label');
    const listed = parseCountList(group);
    const buttonCount = (selector: string) =>
      parseCount(own(post, selector)?.getAttribute('aria-label') ?? own(post, selector)?.textContent);
    return {
      id,
      platform: 'x',
      permalink: absolute(`/${status?.[1] ?? author}/status/${id}`, new URL('https://x.com')),
      author,
      authorName: readText(userName?.querySelector(SELECTORS.profileLink)).split('\n')[0] || undefined,
      text,
      lang: textNode?.getAttribute('lang') ?? undefined,
      truncated: !!own(post, SELECTORS.showMore),
      publishedAt: isoDate(own(post, SELECTORS.time)?.getAttribute('datetime')) ?? dateFromSnowflake(id, 'x'),
      isReply: !!replyLine,
      replyTo,
      isRepost: REPOSTED.test(context),
      isPinned: PINNED.test(context),
      // X wraps every video player in placementTracking, so that element alone marks nothing: a promoted
      // post is one without a date of its own that carries the label or the tracking.
      isAd: !own(post, SELECTORS.time) && (!!post.querySelector(SELECTORS.ad) || PROMOTED.test(readText(userName?.parentElement))),
      mediaOnly: !text && !!own(post, SELECTORS.media),
      counts: {
        replies: listed.replies ?? buttonCount(SELECTORS.reply),
        reposts: listed.reposts ?? buttonCount(SELECTORS.repost),
        likes: listed.likes ?? buttonCount(SELECTORS.like),
      },
    };
  },
};
