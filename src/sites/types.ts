/** What a site adapter reads from a page. Pure: adapters take DOM nodes and return data, nothing else. */
import type { Account, Platform, ScrapedPost } from '../model/post';

export interface SiteAdapter {
  platform: Platform;
  /** The selectors this adapter depends on, named, so a layout change can be reported precisely. */
  selectors: Record<string, string>;
  /** The names, in that table, of the selectors that find posts and comments: what a layout report checks first. */
  containers: readonly string[];
  /** The names of the selectors that find a post's text: what a layout report checks when posts come without any. */
  textSelectors: readonly string[];
  /** The pages it reads, as match patterns ("*://*.facebook.com/*"); none where the markup tells (Mastodon, any site). */
  hosts: readonly string[];
  /** Does this page belong to the platform? Its hosts for most, markup for Mastodon. */
  matches(url: URL, document: Document): boolean;
  /** The account the page is about, when it is a profile page. */
  brand(url: URL, document: Document): Account | null;
  /** Post containers under root, outermost only. */
  findPosts(root: ParentNode): Element[];
  /**
   * One container to a post; null when the node is not a post after all (a placeholder, an empty virtualised row).
   * shownAt is when the page was shown, in ms: the times it gives only relative to then ("2d", "May 30") count back
   * from it. Now, unless the page was saved earlier.
   */
  readPost(container: Element, url: URL, shownAt?: number): ScrapedPost | null;
}
