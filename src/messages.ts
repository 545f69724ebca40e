/** Messages between content scripts, extension pages and the background. */
import type { BadgeTag } from './model/override';
import type { Classification, PostInput } from './model/post';
import type { Summary } from './score/summarize';
import type { Account, BrandKey, ScrapedPost } from './model/post';

export interface ClassifyRequest {
  type: 'classify';
  posts: PostInput[];
}

export interface ClassifyResponse {
  classifications: Classification[];
}

export function isClassifyRequest(message: unknown): message is ClassifyRequest {
  if (!message || typeof message !== 'object') return false;
  const { type, posts } = message as Partial<ClassifyRequest>;
  return (
    type === 'classify' &&
    Array.isArray(posts) &&
    posts.every((post) => !!post && typeof post === 'object' && typeof post.text === 'string')
  );
}

/** A batch of posts read from a page by the content script. */
export interface PostsBatch {
  type: 'posts';
  url: string;
  platform: ScrapedPost['platform'];
  /** The account the page is about; null on feeds that mix accounts. */
  brand: Account | null;
  posts: ScrapedPost[];
}

/** The background's answer to a batch: how many were new, and what each post's badge says, by id. */
export interface PostsReceipt {
  ok: boolean;
  added?: number;
  badges?: Record<string, BadgeTag>;
  error?: string;
}

/** The page has content but the adapter found no posts, or posts without any text: its layout may have changed. */
export interface LayoutWarning {
  type: 'layout-warning';
  problem: 'no posts' | 'no text';
  url: string;
  platform: ScrapedPost['platform'];
  missing: string[];
}

/** An adapter failed on a node; the content script carries on with the rest of the page. */
interface AdapterFailure {
  type: 'adapter-failure';
  url: string;
  failures: string[];
}

export type ContentMessage = PostsBatch | LayoutWarning | AdapterFailure;

export function isContentMessage(message: unknown): message is ContentMessage {
  if (!message || typeof message !== 'object') return false;
  const { type, url } = message as Partial<ContentMessage>;
  if (typeof url !== 'string') return false;
  if (type === 'posts') return Array.isArray((message as PostsBatch).posts);
  return type === 'layout-warning' || type === 'adapter-failure';
}

/** The popup asks what the background knows of the active tab's page. */
export interface PageStatusRequest {
  type: 'page-status';
  tabId: number;
  url: string;
}

/** What the active tab shows of a feed (home, search, bookmarks, Discover): classified for the moment, never stored. */
export interface FeedView {
  platform: ScrapedPost['platform'];
  /** Different accounts among the posts seen. */
  accounts: number;
  summary: Summary;
  /** Its posts whose tag the classifier was unsure of. */
  unsure: number;
  /** Its posts tagged by their form alone, per language without cue words (an object: messages carry no Map). */
  withoutCues: Record<string, number>;
}

export interface PageStatus {
  layoutWarning: LayoutWarning | null;
  brand: BrandKey | null;
  /** Set when the tab shows a feed that mixes accounts: nothing of it is recorded. */
  feed?: FeedView | null;
  /** The browser refused to store more: new posts are kept on the page and sent again, but not saved. */
  storageFull?: boolean;
  /** The user paused the recording: pages are read and shown, nothing new is stored. */
  paused?: boolean;
}

export function isPageStatusRequest(message: unknown): message is PageStatusRequest {
  if (!message || typeof message !== 'object') return false;
  const { type, tabId, url } = message as Partial<PageStatusRequest>;
  return type === 'page-status' && typeof tabId === 'number' && typeof url === 'string';
}
