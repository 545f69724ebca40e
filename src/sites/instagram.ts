/** Instagram. Selectors checked on captures from 2025-04 (home feed, profile grid). */
import { parseCount } from './count';
import { absolute, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { matchesHosts } from './hosts';
import { AD_WORDS, wholeLine } from './words';

const SELECTORS = {
  post: 'article',
  gridTile: 'a[href*="/p/"], a[href*="/reel/"]',
  permalink: 'a[href*="/p/"], a[href*="/reel/"]',
  time: 'time[datetime]',
  caption: 'span[dir="auto"], h1',
  likes: 'a[href$="/liked_by/"]',
  comments: 'a[href$="/comments/"]',
  media: 'img, video',
  link: 'a[href]',
  image: 'img',
  label: 'span, a',
  pinned: 'svg[aria-label="Pinned post icon"], svg[aria-label="Vastgezet berichtpictogram"]',
  inlineLink: 'a',
  section: 'section',
  dateInLink: 'time',
};

const HOSTS = ['*://*.instagram.com/*'];

const POST_PATH = /\/(?:p|reel)\/([A-Za-z0-9_-]+)/;
const NOT_PROFILES = new Set(['p', 'reel', 'reels', 'explore', 'direct', 'accounts', 'stories', 'about', 'legal']);
const SPONSORED = wholeLine(AD_WORDS);
const MORE = /(…|\.\.\.)\s*(more|meer)$/i;
const LIKES = /^\d[\d.,]*\s*(K|M|mln)?\s*(likes|vind-ik-leuks)$/i;
/**
 * The alt text Instagram writes itself when the author wrote none: "Photo by … on …. May be an image of …",
 * "Photo shared by … tagging …", "… No hay ninguna descripción de la foto disponible." It is not the author's text.
 */
const AUTOMATIC_ALT =
  /^(Photo|Video|Foto|Afbeelding|Imagem|Imagen)( shared| gedeeld| compartilhada| compartida)? (by|door|de|por|van) |\b(May be (an? |one )|No photo description available|Geen fotobeschrijving beschikbaar|No hay ninguna descripción|Pode ser uma imagem|Puede ser una imagen)/i;

function profileHandle(href: string | null | undefined): string | undefined {
  const segment = href?.match(/^\/([A-Za-z0-9._]+)\/$/)?.[1];
  return segment && !NOT_PROFILES.has(segment) ? lowerHandle(segment) : undefined;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  selectors: SELECTORS,
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    const handle = profileHandle(url.pathname.match(/^\/[^/]+\//)?.[0]);
    if (!handle) return null;
    return { handle, name: document.title.match(/^(.*?) \(@/)?.[1] };
  },
  /** Feed posts are articles; a profile grid holds only links to posts, each a post with its image's alt as caption. */
  findPosts(root) {
    const articles = outermost(root.querySelectorAll(SELECTORS.post));
    if (articles.length > 0) return articles;
    return Array.from(root.querySelectorAll(SELECTORS.gridTile)).filter((a) => POST_PATH.test(a.getAttribute('href') ?? ''));
  },
  readPost(post, url): ScrapedPost | null {
    const isTile = post.tagName === 'A';
    const link = isTile
      ? post
      : (Array.from(post.querySelectorAll(SELECTORS.permalink)).find((a) => a.querySelector(SELECTORS.dateInLink)) ??
        post.querySelector(SELECTORS.permalink));
    const code = link?.getAttribute('href')?.match(POST_PATH)?.[1];
    if (!code) return null;
    const authorLink = Array.from(post.querySelectorAll(SELECTORS.link)).find((a) => profileHandle(a.getAttribute('href')) && readText(a));
    const author =
      profileHandle(authorLink?.getAttribute('href')) ??
      (isTile ? (lowerHandle(link?.getAttribute('href')?.split('/')[1]) ?? instagram.brand(url, post.ownerDocument)?.handle) : undefined);
    // The caption is the longest run of text outside links; the tile's image alt on a profile grid.
    // Buttons and the likes line live in <section>s; the caption does not.
    const within = (node: Element, selector: string) => {
      const found = node.closest(selector);
      return !!found && found !== post && post.contains(found);
    };
    const spans = isTile
      ? []
      : Array.from(post.querySelectorAll(SELECTORS.caption)).filter(
          (span) => !within(span, SELECTORS.inlineLink) && !within(span, SELECTORS.section) && !span.querySelector(SELECTORS.time),
        );
    const caption =
      spans
        .map((span) => readText(span))
        .filter((line) => line.toLowerCase() !== author)
        .sort((a, b) => b.length - a.length)[0] ?? '';
    const alt = isTile ? (post.querySelector(SELECTORS.image)?.getAttribute('alt') ?? '') : '';
    const text = (isTile ? (AUTOMATIC_ALT.test(alt) ? '' : alt) : caption).replace(MORE, '').trim();
    const labels = Array.from(post.querySelectorAll(SELECTORS.label)).map((node) => (node.textContent ?? '').trim());
    return {
      id: code,
      platform: 'instagram',
      permalink: absolute(`/p/${code}/`, new URL('https://www.instagram.com')),
      author,
      text,
      truncated: MORE.test(caption),
      publishedAt: isoDate(post.querySelector(SELECTORS.time)?.getAttribute('datetime')),
      isReply: false,
      isRepost: false,
      isPinned: !!post.querySelector(SELECTORS.pinned),
      isAd: labels.some((label) => SPONSORED.test(label)),
      mediaOnly: !text && !!post.querySelector(SELECTORS.media),
      counts: {
        likes: parseCount(post.querySelector(SELECTORS.likes)?.textContent) ?? parseCount(labels.find((label) => LIKES.test(label))),
        replies: parseCount(post.querySelector(SELECTORS.comments)?.textContent),
      },
    };
  },
};
