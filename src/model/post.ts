import type { Localized, Perspective, TagOrUnknown } from './model';

export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  web: 'web',
};

/** A post as a page (or a file) gave it: the text plus whatever structure was visible. */
export interface PostInput {
  id?: string;
  text: string;
  platform?: Platform;
  author?: string;
  /** The page showed it as a reply in a thread. */
  isReply?: boolean;
  /** Handle of the account replied to, when the page showed it. */
  replyTo?: string;
  /** The page showed it as the account's repost of another account's post. */
  isRepost?: boolean;
  /** The page showed only an image or video with no caption. */
  mediaOnly?: boolean;
  /** Language if the page or file declared it (BCP 47 primary subtag). */
  lang?: string;
}

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

/** Which brand: a platform and a handle, the key everything about a brand is stored and shown under. */
export interface BrandKey {
  platform: Platform;
  handle: string;
}

/** One string for a brand key, for maps and element ids: "x/acme". */
export function brandKey({ platform, handle }: BrandKey): string {
  return `${platform}/${handle}`;
}

/** How a brand is named to the user: "Acme (@acme)", or "@acme" when the page gave no name. */
export function brandLabel({ handle, name }: Account): string {
  return name ? `${name} (@${handle})` : `@${handle}`;
}

/**
 * The brand's own acts on its page: its posts, and its reposts of others' posts (putting a customer's or
 * fan's post forward is the brand's act; the codebook tags it user experience). Ads and other accounts'
 * posts (replies, comments) are kept apart.
 */
export function isBrandPost(post: { author?: string; isRepost?: boolean; isAd?: boolean }, brand: { handle: string } | null): boolean {
  return !!brand && !post.isAd && (post.author === brand.handle || post.isRepost === true);
}

/** The rule of the cue for a sentence that asks the reader something (not a hook the post answers itself), in the post's language. */
export const QUESTION_RULE: Localized = { en: 'question to the audience', nl: 'vraag aan de lezer' };

/** Whether a cue is a question to the reader, whichever language the post was read in. */
export function isQuestionCue(cue: Pick<Cue, 'signal' | 'rule'>): boolean {
  return cue.signal === 'invite' && Object.values(QUESTION_RULE).includes(cue.rule);
}

/** One piece of evidence the classifier used: what matched, where, and how much it weighed. */
export interface Cue {
  /** What the cue is evidence for: a tag, `invite` (the post invites a response) or `complaint` (a user's grievance the brand should answer). */
  signal: TagOrUnknown | 'experience-user' | 'invite' | 'complaint';
  /** Human-readable name of the rule, e.g. "reply in a thread", "promotion word". */
  rule: string;
  /** The matched text as it appears in the post ('' for structural cues). */
  match: string;
  /** UTF-16 offsets into the original text; -1 for structural cues that have no place in the text. */
  start: number;
  end: number;
  weight: number;
}

/** Whether a cue is evidence for a tag: a cue for the users' experience is one for experience. */
export function isCueFor(cue: Cue, tag: TagOrUnknown): boolean {
  return cue.signal === tag || (tag === 'experience' && cue.signal === 'experience-user');
}

/** Whether a cue was evidence for another tag than this one: weighed, and outweighed. */
export function pointsElsewhere(cue: Cue, tag: TagOrUnknown): boolean {
  return cue.signal !== 'invite' && cue.signal !== 'complaint' && !isCueFor(cue, tag);
}

export interface Classification {
  tag: TagOrUnknown;
  /** Set for `experience` only. */
  perspective: Perspective | null;
  confidence: number;
  invitesResponse: boolean;
  /** Detected (or declared) language, ISO 639-1 where known, `und` when undetermined. */
  lang: string;
  cues: Cue[];
}
