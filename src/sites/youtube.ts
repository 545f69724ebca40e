/**
 * YouTube: community posts (desktop and mobile) and videos on a channel's
 * videos tab (their titles and descriptions are what the channel publishes).
 * Selectors from a 2025-04 desktop capture and a reduced 2026 mobile post
 * card; desktop community posts as YouTube's own element names give them.
 */
import { parseCount } from './count';
import { absolute, lowerHandle, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';

const SELECTORS = {
  communityPost: 'ytd-backstage-post-thread-renderer, ytm-backstage-post-thread-renderer, ytd-post-renderer',
  video: 'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer, ytm-video-with-context-renderer',
  postText: '#content-text, .ytmBackstagePostRendererHostContentText, yt-formatted-string#content-text',
  postLink: 'a[href*="/post/"]',
  author: '#author-text, a.ytPostHeaderHostHeaderAuthor, ytd-channel-name a, a[href^="/@"]',
  videoTitle: '#video-title, a.yt-lockup-metadata-view-model__title, .media-item-headline',
  videoLink: 'a[href*="/watch?v="], a[href^="/shorts/"]',
  description: '#description-text, .metadata-snippet-text',
  votes: '#vote-count-middle, .ytLikeButtonViewModelHost',
  media: 'img, ytd-backstage-image-renderer',
  ad: 'ytd-ad-slot-renderer, ytd-in-feed-ad-layout-renderer',
  channelName: 'ytd-channel-name a, ytd-channel-name',
  link: 'a',
  readMore: '#more:not([hidden]), .ytTextCarouselItemViewModelMore',
};

const HOSTS = ['*://*.youtube.com/*'];

const POST_ID = /\/post\/([A-Za-z0-9_-]+)/;
const VIDEO_ID = /[?&]v=([A-Za-z0-9_-]{6,})|\/shorts\/([A-Za-z0-9_-]{6,})/;

function handleFrom(href: string | null | undefined): string | undefined {
  return lowerHandle(href?.match(/\/@([^/?#]+)/)?.[1] ?? href?.match(/\/channel\/([^/?#]+)/)?.[1]);
}

export const youtube: SiteAdapter = {
  platform: 'youtube',
  selectors: SELECTORS,
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = handleFrom(url.pathname);
    return handle ? { handle, name: document.title.replace(/\s*-\s*YouTube$/, '').trim() || undefined } : null;
  },
  findPosts: (root) => [
    ...Array.from(root.querySelectorAll(SELECTORS.communityPost)),
    ...Array.from(root.querySelectorAll(SELECTORS.video)),
  ],
  readPost(post, url): ScrapedPost | null {
    const isCommunity = post.matches(SELECTORS.communityPost);
    const authorLink = post.querySelector(SELECTORS.author);
    const author =
      handleFrom(authorLink?.getAttribute('href') ?? authorLink?.querySelector(SELECTORS.link)?.getAttribute('href')) ??
      youtube.brand(url, post.ownerDocument)?.handle;
    if (isCommunity) {
      const postLink = post.querySelector(SELECTORS.postLink);
      const id = postLink?.getAttribute('href')?.match(POST_ID)?.[1];
      if (!id) return null;
      const text = readText(post.querySelector(SELECTORS.postText));
      return {
        id: `post:${id}`,
        platform: 'youtube',
        permalink: absolute(`/post/${id}`, new URL('https://www.youtube.com')),
        author,
        authorName: readText(authorLink) || undefined,
        text,
        truncated: !!post.querySelector(SELECTORS.readMore),
        isReply: false,
        isRepost: false,
        isPinned: false,
        isAd: false,
        mediaOnly: !text && !!post.querySelector(SELECTORS.media),
        counts: { likes: parseCount(post.querySelector(SELECTORS.votes)?.textContent) },
      };
    }
    const link = post.querySelector(SELECTORS.videoLink);
    const match = link?.getAttribute('href')?.match(VIDEO_ID);
    const id = match?.[1] ?? match?.[2];
    if (!id) return null;
    if (post.querySelector(SELECTORS.ad)) return null;
    const title = readText(post.querySelector(SELECTORS.videoTitle));
    const description = readText(post.querySelector(SELECTORS.description));
    return {
      id: `video:${id}`,
      platform: 'youtube',
      permalink: `https://www.youtube.com/watch?v=${id}`,
      author,
      // The channel name is rendered twice (text and tooltip).
      authorName: readText(post.querySelector(SELECTORS.channelName)).split('\n')[0] || undefined,
      text: [title, description].filter(Boolean).join('\n'),
      truncated: false,
      isReply: false,
      isRepost: false,
      isPinned: false,
      isAd: false,
      mediaOnly: !title,
      counts: {},
    };
  },
};
