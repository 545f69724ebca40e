/** What a site adapter reads from a page. Pure: adapters take DOM nodes and return data, nothing else. */
import type { Platform, PostInput } from '../model/post';

export interface Account {
  /** Handle without @, lower case; for LinkedIn the company slug, for YouTube the @handle. */
  handle: string;
  name?: string;
}

export interface Counts {
  replies?: number;
  reposts?: number;
  likes?: number;
}

export interface ScrapedPost extends PostInput {
  id: string;
  platform: Platform;
  permalink?: string;
  author?: string;
  authorName?: string;
  /** The page cut the text off ("Show more", "… more"). */
  truncated: boolean;
  publishedAt?: string;
  isReply: boolean;
  isRepost: boolean;
  isPinned: boolean;
  /** Promoted by an advertiser: never counts for the brand. */
  isAd: boolean;
  mediaOnly: boolean;
  counts: Counts;
}

export interface SiteAdapter {
  platform: Platform;
  /** The selectors this adapter depends on, named, so a layout change can be reported precisely. */
  selectors: Record<string, string>;
  /** Does this page belong to the platform? Hosts for most, markup for Mastodon. */
  matches(url: URL, document: Document): boolean;
  /** The account the page is about, when it is a profile page. */
  brand(url: URL, document: Document): Account | null;
  /** Post containers under root, outermost only. */
  findPosts(root: ParentNode): Element[];
  /** One container to a post; null when the node is not a post after all (a placeholder, an empty virtualised row). */
  readPost(container: Element, url: URL): ScrapedPost | null;
}
