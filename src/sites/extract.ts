/**
 * Runs the right adapter over a document: the brand the page is about, its
 * posts (each once), and which selectors found nothing, so a changed layout
 * is reported instead of showing an empty grid.
 */
import { generic } from './generic';
import type { Account, ScrapedPost } from '../model/post';
import type { SiteAdapter } from './types';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { x } from './x';
import { youtube } from './youtube';

/** Platform adapters first; the generic one serves any other page, on demand only. */
export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, youtube, tiktok, threads, bluesky, mastodon];

/** Where the content script runs by itself: every platform adapter's hosts. */
export const SUPPORTED_HOSTS = ADAPTERS.flatMap((adapter) => adapter.hosts);

export function adapterFor(url: URL, document: Document): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url, document));
}

export interface Extraction {
  platform: SiteAdapter['platform'];
  brand: Account | null;
  posts: ScrapedPost[];
  /** Containers an adapter could not read, with the reason; the rest of the page still counts. */
  failures: string[];
}

/** One container read by its adapter; odd markup that makes the adapter throw becomes a failure to report, not an exception. */
export function readSafely(
  adapter: SiteAdapter,
  container: Element,
  url: URL,
  shownAt?: number,
): { post: ScrapedPost | null } | { failure: string } {
  try {
    return { post: adapter.readPost(container, url, shownAt) };
  } catch (error) {
    return { failure: `${adapter.platform}: ${(error as Error).message}` };
  }
}

export function extractPosts(
  document: Document,
  url: URL,
  adapter: SiteAdapter = adapterFor(url, document) ?? generic,
  shownAt?: number,
): Extraction {
  const posts: ScrapedPost[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const container of adapter.findPosts(document)) {
    const result = readSafely(adapter, container, url, shownAt);
    if ('failure' in result) failures.push(result.failure);
    else if (result.post && !seen.has(result.post.id)) {
      seen.add(result.post.id);
      posts.push(result.post);
    }
  }
  return { platform: adapter.platform, brand: adapter.brand(url, document), posts, failures };
}

/**
 * When a page yields no posts: the adapter's selectors for posts and comments, by their names in its table,
 * that match nothing on the page. Those are the ones a layout change broke; the rest cannot be checked
 * without a post to look in.
 */
export function missingSelectors(adapter: SiteAdapter, root: ParentNode, names: readonly string[] = adapter.containers): string[] {
  return names.filter((name) => !root.querySelector(adapter.selectors[name])).map((name) => `${name} (${adapter.selectors[name]})`);
}

/** Posts enough that none of them having text says more about the page's layout than about the brand. */
export const TEXTLESS_POSTS = 8;

/**
 * When a page yields posts but none with text: the adapter's text selectors that match nothing on it, which a
 * layout change broke. A brand that posts only images leaves them matching elsewhere on the page, and no warning.
 */
export function missingTextSelectors(adapter: SiteAdapter, root: ParentNode, posts: number, postsWithText: number): string[] {
  return posts >= TEXTLESS_POSTS && postsWithText === 0 ? missingSelectors(adapter, root, adapter.textSelectors) : [];
}
