/**
 * YouTube: community posts (desktop and mobile), videos on a channel's videos
 * tab (their titles and descriptions are what the channel publishes), and a
 * watch page: the video and its comments, the channel's answers among them.
 * Selectors from a 2025-04 desktop capture, a 2026-01 watch page and a
 * reduced 2026 mobile post card; desktop community posts as YouTube's own
 * element names give them.
 */
import { parseCount } from './count';
import { absolute, isoDate, lowerHandle, readText, relativeDate } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { commentPost } from './comment';
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
  /** "77K views", "1 day ago" under a video's title. */
  videoMetadata: '#metadata-line span',
  /** The video a watch page plays, with its title, channel, description and upload date. */
  watchVideo: 'ytd-watch-metadata',
  watchTitle: 'h1',
  watchOwner: '#owner a[href]',
  watchOwnerName: '#owner #channel-name a',
  watchDescription: '#attributed-snippet-text, #description-inline-expander yt-attributed-string',
  datePublished: 'meta[itemprop="datePublished"]',
  /** A comment under the video, top-level or a reply in its thread. */
  comment: 'ytd-comment-view-model',
  commentAuthor: '#author-text',
  commentText: '#content-text',
  commentTime: '#published-time-text a',
  commentVotes: '#vote-count-middle',
  /** The replies under a top-level comment. */
  commentReplies: 'ytd-comment-replies-renderer',
  commentThread: 'ytd-comment-thread-renderer',
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
  containers: ['communityPost', 'video', 'watchVideo', 'comment'],
  textSelectors: ['postText', 'videoTitle', 'watchTitle', 'commentText'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const video = url.pathname === '/watch' ? document.querySelector(SELECTORS.watchVideo) : null;
    if (video) {
      const handle = handleFrom(video.querySelector(SELECTORS.watchOwner)?.getAttribute('href'));
      return handle ? { handle, name: readText(video.querySelector(SELECTORS.watchOwnerName)) || undefined } : null;
    }
    const handle = handleFrom(url.pathname);
    return handle ? { handle, name: document.title.replace(/\s*-\s*YouTube$/, '').trim() || undefined } : null;
  },
  findPosts: (root) => [
    ...Array.from(root.querySelectorAll(SELECTORS.communityPost)),
    ...Array.from(root.querySelectorAll(SELECTORS.video)),
    ...Array.from(root.querySelectorAll(SELECTORS.watchVideo)),
    ...Array.from(root.querySelectorAll(SELECTORS.comment)),
  ],
  readPost(post, url, shownAt): ScrapedPost | null {
    if (post.matches(SELECTORS.watchVideo)) return readWatchedVideo(post, url);
    if (post.matches(SELECTORS.comment)) return readComment(post, url, shownAt);
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
        // The link to the post is its date, as "2 days ago".
        publishedAt: relativeDate(readText(postLink), shownAt),
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
    // A tile without a title has not been filled in yet: nothing a reader sees.
    if (!title) return null;
    const description = readText(post.querySelector(SELECTORS.description));
    return {
      id: `video:${id}`,
      platform: 'youtube',
      permalink: `https://www.youtube.com/watch?v=${id}`,
      author,
      // The channel name is rendered twice (text and tooltip).
      authorName: readText(post.querySelector(SELECTORS.channelName)).split('\n')[0] || undefined,
      text: [title, description].filter(Boolean).join('\n'),
      publishedAt: Array.from(post.querySelectorAll(SELECTORS.videoMetadata))
        .map((span) => relativeDate(readText(span), shownAt))
        .find(Boolean),
      truncated: false,
      isReply: false,
      isRepost: false,
      isPinned: false,
      isAd: false,
      mediaOnly: false,
      counts: {},
    };
  },
};

function readWatchedVideo(video: Element, url: URL): ScrapedPost | null {
  const id = url.searchParams.get('v');
  if (!id) return null;
  const title = readText(video.querySelector(SELECTORS.watchTitle));
  const description = readText(video.querySelector(SELECTORS.watchDescription));
  return {
    id: `video:${id}`,
    platform: 'youtube',
    permalink: `https://www.youtube.com/watch?v=${id}`,
    author: handleFrom(video.querySelector(SELECTORS.watchOwner)?.getAttribute('href')),
    authorName: readText(video.querySelector(SELECTORS.watchOwnerName)) || undefined,
    text: [title, description].filter(Boolean).join('\n'),
    publishedAt: isoDate(video.ownerDocument.querySelector(SELECTORS.datePublished)?.getAttribute('content')),
    truncated: false,
    isReply: false,
    isRepost: false,
    isPinned: false,
    isAd: false,
    mediaOnly: !title,
    counts: {},
  };
}

/** A comment answers the video's channel, or, inside a thread's replies, the comment that opened the thread. */
function readComment(comment: Element, url: URL, shownAt: number | undefined): ScrapedPost | null {
  const href = comment.querySelector(SELECTORS.commentTime)?.getAttribute('href');
  const id = href ? new URL(href, url).searchParams.get('lc') : null;
  if (!href || !id) return null;
  const inReplies = comment.closest(SELECTORS.commentReplies);
  const opener = inReplies?.closest(SELECTORS.commentThread)?.querySelector(`${SELECTORS.comment} ${SELECTORS.commentAuthor}`);
  const addressee = opener
    ? handleFrom(opener.getAttribute('href'))
    : handleFrom(comment.ownerDocument.querySelector(`${SELECTORS.watchVideo} ${SELECTORS.watchOwner}`)?.getAttribute('href'));
  return commentPost('youtube', {
    id,
    permalink: absolute(href, new URL('https://www.youtube.com')),
    author: handleFrom(comment.querySelector(SELECTORS.commentAuthor)?.getAttribute('href')),
    text: readText(comment.querySelector(SELECTORS.commentText)),
    publishedAt: relativeDate(readText(comment.querySelector(SELECTORS.commentTime)), shownAt),
    addressee,
    counts: { likes: parseCount(comment.querySelector(SELECTORS.commentVotes)?.textContent) },
  });
}
