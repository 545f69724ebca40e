/**
 * Instagram. Selectors checked on captures from 2025-04 (home feed, profile grid) and 2025-11 (a post's own
 * page with its comments, where no <article> marks the post: it and each comment are found from their dates).
 */
import { parseCount } from './count';
import { absolute, dateFromSnowflake, isoDate, lowerHandle, outermost, readText } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { commentPost } from './comment';
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
  /** On a post's own page: a comment's date links to the comment. */
  commentLink: 'a[href*="/c/"]',
  profileLink: 'a[href]',
};

const HOSTS = ['*://*.instagram.com/*'];

const POST_PATH = /\/(?:p|reel)\/([A-Za-z0-9_-]+)/;
const COMMENT_PATH = /\/(?:p|reel)\/[A-Za-z0-9_-]+\/c\/(\d+)/;
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

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The media id a public post's code (/p/<code>/) spells in base 64. Its high bits say when the post was made: the
 * one date a profile grid gives (checked on saved pages: to the second of the time a post's own page shows). A
 * private post's longer code spells a number too long for an id, which dateFromSnowflake turns down.
 */
function mediaId(code: string): string {
  return [...code].reduce((id, char) => id * 64n + BigInt(CODE_ALPHABET.indexOf(char)), 0n).toString();
}

function profileHandle(href: string | null | undefined): string | undefined {
  const segment = href?.match(/^\/([A-Za-z0-9._]+)\/$/)?.[1];
  return segment && !NOT_PROFILES.has(segment) ? lowerHandle(segment) : undefined;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  selectors: SELECTORS,
  containers: ['post', 'gridTile', 'time'],
  textSelectors: ['caption'],
  hosts: HOSTS,
  matches: matchesHosts(HOSTS),
  brand(url, document): Account | null {
    // "/acme/" or "/acme", as a profile's address is written with or without its closing slash.
    const handle = profileHandle(`/${url.pathname.split('/')[1]}/`);
    if (handle) return { handle, name: document.title.match(/^(.*?) \(@/)?.[1] };
    // A post's own page is the page of the account that posted it.
    const author = captionAuthor(document);
    return author ? { handle: author } : null;
  },
  /**
   * Feed posts are articles; a post's own page has none, so its caption and comments are found from their
   * dates; a profile grid holds only links to posts, each a post with its image's alt as caption.
   */
  findPosts(root) {
    const articles = outermost(root.querySelectorAll(SELECTORS.post));
    if (articles.length > 0) return articles;
    const entries = postPageEntries(root);
    if (entries.length > 0) return entries;
    return Array.from(root.querySelectorAll(SELECTORS.gridTile)).filter((a) => POST_PATH.test(a.getAttribute('href') ?? ''));
  },
  readPost(post, url): ScrapedPost | null {
    if (!post.matches(SELECTORS.post) && post.querySelector(SELECTORS.time)) return readPostPageEntry(post, url);
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
      publishedAt: isoDate(post.querySelector(SELECTORS.time)?.getAttribute('datetime')) ?? dateFromSnowflake(mediaId(code), 'instagram'),
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

/**
 * A post's own page: the caption's date stands alone, each comment's date links to the comment (the date
 * at the foot of the post links to the post, and is not an entry). Each entry is the element that holds its
 * header (author and date) and its text.
 */
function postPageEntries(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(SELECTORS.time)).flatMap((time) => {
    const link = time.closest(SELECTORS.link);
    if (link && !COMMENT_PATH.test(link.getAttribute('href') ?? '')) return [];
    const entry = headerOf(time)?.header.parentElement;
    return entry ? [entry] : [];
  });
}

/** On a post's own page, who posted it: the author named beside the one date that links nowhere, the caption's. */
function captionAuthor(root: ParentNode): string | undefined {
  for (const time of Array.from(root.querySelectorAll(SELECTORS.time))) {
    const author = time.closest(SELECTORS.link) ? undefined : headerOf(time)?.author;
    if (author) return author;
  }
  return undefined;
}

/** The smallest element around a date that also names its author: the entry's header. */
function headerOf(time: Element): { header: Element; author: string } | undefined {
  for (let header = time.parentElement; header; header = header.parentElement) {
    const author = Array.from(header.querySelectorAll(SELECTORS.profileLink))
      .map((a) => (readText(a) ? profileHandle(a.getAttribute('href')) : undefined))
      .find(Boolean);
    if (author) return { header, author };
  }
  return undefined;
}

/** The caption or a comment on a post's own page: the text is what follows the header. */
function readPostPageEntry(entry: Element, url: URL): ScrapedPost | null {
  const time = entry.querySelector(SELECTORS.time)!;
  const found = headerOf(time);
  if (!found) return null;
  const text = readText(found.header.nextElementSibling);
  const publishedAt = isoDate(time.getAttribute('datetime'));
  const comment = time.closest(SELECTORS.link)?.getAttribute('href')?.match(COMMENT_PATH)?.[1];
  if (comment) {
    // A reply to another comment opens with its author's handle; the others answer the post's author.
    const addressee = lowerHandle(text.match(/^@([A-Za-z0-9._]+)/)?.[1]) ?? instagram.brand(url, entry.ownerDocument)?.handle;
    return commentPost('instagram', { id: comment, author: found.author, text, publishedAt, addressee });
  }
  const code = url.pathname.match(POST_PATH)?.[1];
  if (!code) return null;
  return {
    id: code,
    platform: 'instagram',
    permalink: absolute(`/p/${code}/`, new URL('https://www.instagram.com')),
    author: found.author,
    text: text.replace(MORE, '').trim(),
    truncated: MORE.test(text),
    publishedAt,
    isReply: false,
    isRepost: false,
    isPinned: false,
    isAd: false,
    mediaOnly: !text,
    counts: {},
  };
}
