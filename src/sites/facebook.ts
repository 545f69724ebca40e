/**
 * Facebook Pages and posts, with their comments and the Page's answers.
 * Selectors checked on captures from 2020-12 (feed), 2022-12 (a brand Page's
 * timeline with comments, FR) and 2025 (a post's own page, Comet markup with
 * data-ad-rendering-role): a post is a top-level role=article, a comment a
 * role=article labelled "Comment by …" or "Reply by … to …'s comment".
 */
import { parseCount } from './count';
import { absolute, dayDate, lowerHandle, outermost, readText, relativeDate } from './dom';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { commentPost } from './comment';
import { matchesHosts } from './hosts';
import { AD_WORDS, opening, PINNED_WORDS, wholeLine } from './words';

const SELECTORS = {
  post: '[role="feed"] [role="article"], [role="article"][aria-posinset], div[aria-posinset] [role="article"], [data-pagelet^="FeedUnit"] [role="article"]',
  comment:
    '[role="article"][aria-label^="Comment by"], [role="article"][aria-label^="Reply by"], [role="article"][aria-label^="Reactie van"], [role="article"][aria-label^="Antwoord van"]',
  /** A comment's date links to it: …/posts/<post>?comment_id=<id>[&reply_comment_id=<id>]. */
  commentLink: 'a[href*="comment_id="][href*="/posts/"], a[href*="comment_id="][href*="story_fbid="]',
  /** The commenter's name links to their profile, with the comment's id in the address. */
  commenterLink: 'a[href*="comment_id="]',
  commentText: 'span[dir="auto"][lang]',
  seeMore: '[role="button"]',
  paragraph: 'div[dir="auto"]',
  text: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  author: '[data-ad-rendering-role="profile_name"] a, h2 a, h3 a, h4 a',
  permalink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"], a[href*="/videos/"], a[href*="/reel/"]',
  reactions: '[aria-label^="All reactions"], [aria-label^="Alle reacties"], [aria-label^="Like:"], [aria-label$=" people"]',
  sponsored: 'a[aria-label="Sponsored"], a[aria-label="Gesponsord"]',
  media: 'img, video',
};

const HOSTS = ['*://*.facebook.com/*'];

const POST_ID = /\/posts\/(?:[^/?]*\/)?(pfbid\w+|\d+)|story_fbid=([A-Za-z0-9]+)|\/permalink\/(\d+)|\/videos\/(\d+)|\/reel\/(\d+)/;
/** "Comment by Ann Lee 2 days ago", "Reply by Acme to Ann Lee's comment 5 days ago": who wrote it, where no link names them. */
const COMMENT_LABEL =
  /^(?:Comment by|Reply by|Reactie van|Antwoord van) (.+?)(?: to (.+)'s comment| op de reactie van (.+))? (?:an?|een|\d+) \S+ (?:ago|geleden)$/;
/** A reply opens with the name of the person answered, on a line of its own (the page's tag of them). */
const NAME_LINE = /^(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3})\n/u;
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
  if (!path) return undefined;
  const address = new URL(path);
  const [segment, ...rest] = address.pathname.split('/').slice(1);
  // Accounts without a name of their own: profile.php?id=…, /people/Ann-Lee/1000…/.
  if (segment === 'profile.php') return lowerHandle(address.searchParams.get('id'));
  if (segment === 'people') return lowerHandle(rest[1]);
  return segment && !NOT_PAGES.has(segment) ? lowerHandle(segment) : undefined;
}

/** "167 Comments", "45 reacties", "7 keer gedeeld": the amount right before the word. */
function countBefore(text: string, words: string): number | undefined {
  return parseCount(text.match(new RegExp(`(\\d[\\d.,]*\\s?(?:K|M|mln|d\\.)?)\\s*(?:${words})(?![\\p{L}])`, 'iu'))?.[1]);
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  selectors: SELECTORS,
  containers: ['post', 'comment'],
  textSelectors: ['text', 'commentText'],
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
              // A Page's tab in its title: "Yuka - Home", "Yuka - Accueil".
              .replace(/\s+-\s+(Home|Accueil|Startpagina|Posts|Berichten|Publications)$/, '')
              .replace(/^\(\d+\+?\)\s*/, '')
              .trim() || undefined,
        }
      : null;
  },
  /** Top-level articles are posts; comments are articles of their own, inside a post's or below it. */
  findPosts: (root) => [
    ...outermost(root.querySelectorAll(SELECTORS.post)).filter((node) => !node.matches(SELECTORS.comment)),
    ...Array.from(root.querySelectorAll(SELECTORS.comment)),
  ],
  readPost(post, url, shownAt): ScrapedPost | null {
    if (post.matches(SELECTORS.comment)) return readComment(post, url, shownAt);
    const link = post.querySelector(SELECTORS.permalink);
    const href = link?.getAttribute('href') ?? '';
    const match = href.match(POST_ID);
    const id = match?.slice(1).find(Boolean) ?? post.getAttribute('aria-posinset') ?? undefined;
    if (!id) return null;
    const text = paragraphs(post.querySelector(SELECTORS.text));
    const all = readText(post);
    const shownDate = readText(link);
    return {
      id,
      publishedAt: relativeDate(shownDate, shownAt) ?? dayDate(shownDate, shownAt),
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

/**
 * A message's paragraphs, one a line. Facebook writes each as a div[dir=auto] inside an inline <span>,
 * which read as one would run them together.
 */
function paragraphs(message: Element | null): string {
  if (!message) return '';
  const blocks = outermost(message.querySelectorAll(SELECTORS.paragraph));
  if (blocks.length === 0) return readText(message, SELECTORS.seeMore);
  return blocks
    .map((block) => readText(block, SELECTORS.seeMore))
    .filter(Boolean)
    .join('\n');
}

/** The comment's own id and the one it answers, from the link on its date. */
function commentIds(comment: Element, url: URL): { id: string; parent?: string; postAuthor?: string } | undefined {
  const href = comment.querySelector(SELECTORS.commentLink)?.getAttribute('href');
  if (!href) return undefined;
  const address = new URL(href, url);
  const own = address.searchParams.get('comment_id');
  const reply = address.searchParams.get('reply_comment_id');
  if (!own) return undefined;
  const postAuthor = pageHandle(href, url);
  return reply ? { id: reply, parent: own, postAuthor } : { id: own, postAuthor };
}

/** Who wrote a comment: their profile's handle where the page links it, else the name in its label. */
function commenter(comment: Element, url: URL): { handle?: string; name?: string } {
  const link = Array.from(comment.querySelectorAll(SELECTORS.commenterLink)).find((a) => readText(a) && !a.matches(SELECTORS.commentLink));
  const name = readText(link) || comment.getAttribute('aria-label')?.match(COMMENT_LABEL)?.[1];
  return { handle: pageHandle(link?.getAttribute('href'), url) ?? lowerHandle(name), name: name || undefined };
}

/** The account of the person a name belongs to, where one of the page's comments shows it; else the name. */
function accountNamed(name: string, document: Document, url: URL): string | undefined {
  for (const comment of Array.from(document.querySelectorAll(SELECTORS.comment))) {
    const { handle, name: shown } = commenter(comment, url);
    if (shown === name) return handle;
  }
  return lowerHandle(name);
}

/**
 * Whom a comment answers: the person its label names ("Reply by Acme to Ann Lee's comment"), or the one
 * its first line names; else the author of the comment it replies to; else the post's author.
 */
function addresseeOf(comment: Element, text: string, ids: { parent?: string; postAuthor?: string }, url: URL): string | undefined {
  const label = comment.getAttribute('aria-label')?.match(COMMENT_LABEL);
  const named = label?.[2] ?? label?.[3] ?? text.match(NAME_LINE)?.[1];
  if (named) return accountNamed(named, comment.ownerDocument, url);
  const parent = ids.parent
    ? Array.from(comment.ownerDocument.querySelectorAll(SELECTORS.comment)).find((other) => {
        const otherIds = commentIds(other, url);
        return !!otherIds && otherIds.id === ids.parent && !otherIds.parent;
      })
    : undefined;
  return parent ? commenter(parent, url).handle : ids.postAuthor;
}

function readComment(comment: Element, url: URL, shownAt: number | undefined): ScrapedPost | null {
  const ids = commentIds(comment, url);
  if (!ids) return null;
  const { handle, name } = commenter(comment, url);
  const text = paragraphs(comment.querySelector(SELECTORS.commentText));
  return commentPost('facebook', {
    id: ids.id,
    author: handle,
    authorName: name,
    text,
    truncated: !!comment.querySelector(`${SELECTORS.commentText} ${SELECTORS.seeMore}`),
    publishedAt: relativeDate(readText(comment.querySelector(SELECTORS.commentLink)), shownAt),
    addressee: addresseeOf(comment, text, ids, url),
  });
}
