/**
 * The peer metrics benchmarking tools show, from what the page showed: posts a week over the period seen,
 * engagement per post, and the clearest examples of a cell. A count a page does not show (TikTok shows no
 * reposts, a logged-out page often no likes) is left out of its mean, never taken as zero.
 */
import type { Localized } from '../model/model';
import { needsCheck, type Override } from '../model/override';
import type { Classification, Counts, Platform } from '../model/post';

export const COUNT_KINDS = ['replies', 'reposts', 'likes'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

const same = (en: string, nl = en): Localized => ({ en, nl });

/**
 * What each platform calls the counts Zendmeter reads from its pages, and which it reads at all: a kind
 * missing here is one the platform's pages do not show (Instagram shows no reposts; a web page none).
 * The saved real pages' test checks no adapter reads a count its platform is not declared to show.
 */
export const COUNT_NAMES: Record<Platform, Partial<Record<CountKind, Localized>>> = {
  x: { replies: same('replies', 'reacties'), reposts: same('reposts'), likes: same('likes') },
  facebook: {
    replies: same('comments', 'opmerkingen'),
    reposts: same('shares', 'keer gedeeld'),
    likes: same('reactions', 'emoji-reacties'),
  },
  instagram: { replies: same('comments', 'opmerkingen'), likes: same('likes') },
  linkedin: { replies: same('comments', 'opmerkingen'), reposts: same('reposts'), likes: same('reactions', 'emoji-reacties') },
  youtube: { likes: same('likes') },
  tiktok: { replies: same('comments', 'opmerkingen'), reposts: same('shares', 'keer gedeeld'), likes: same('likes') },
  threads: { replies: same('replies', 'reacties'), reposts: same('reposts'), likes: same('likes') },
  bluesky: { replies: same('replies', 'reacties'), reposts: same('reposts'), likes: same('likes') },
  mastodon: { replies: same('replies', 'reacties'), reposts: same('boosts'), likes: same('favourites', 'favorieten') },
  web: {},
};

/** Zendmeter's own word for each kind of count, as its messages use it. */
export const COUNT_KIND_NAMES: Record<CountKind, Localized> = {
  replies: same('replies', 'reacties'),
  reposts: same('reposts'),
  likes: same('likes'),
};

interface CountMean {
  /** Mean over the posts that show this count. */
  mean: number;
  /** How many posts showed it. */
  shown: number;
}

export interface Engagement {
  posts: number;
  /** Per kind of count, only where at least one post showed it. */
  perPost: Partial<Record<CountKind, CountMean>>;
}

export function engagement(posts: readonly { counts?: Counts }[]): Engagement {
  const perPost: Engagement['perPost'] = {};
  for (const kind of COUNT_KINDS) {
    const shown = posts.map((post) => post.counts?.[kind]).filter((count): count is number => typeof count === 'number');
    if (shown.length > 0) perPost[kind] = { mean: shown.reduce((sum, count) => sum + count, 0) / shown.length, shown: shown.length };
  }
  return { posts: posts.length, perPost };
}

const WEEK_MS = 7 * 86_400_000;

/**
 * Posts a week between the first and the last date seen; none over less than a week. One post read as "1 post a
 * week", or a busy brand's three days as "7 posts a week", would be a rate the page never showed.
 */
export function postsPerWeek(count: number, range: readonly [string, string] | undefined): number | null {
  if (!range || count === 0) return null;
  const span = Date.parse(range[1]) - Date.parse(range[0]);
  if (Number.isNaN(span) || span < WEEK_MS) return null;
  return count / (span / WEEK_MS);
}

/** How many example posts a cell quotes. */
const EXAMPLES_PER_CELL = 3;

/** Replies, reposts and likes together, where the page showed any; undefined where it showed none. */
function interactions(counts: Counts | undefined): number | undefined {
  const shown = COUNT_KINDS.map((kind) => counts?.[kind]).filter((count): count is number => typeof count === 'number');
  return shown.length ? shown.reduce((sum, count) => sum + count, 0) : undefined;
}

/** How many posts the top and bottom lists name. */
const RANKED_POSTS = 3;

/** The most and the least engaged posts, among those whose page showed counts; the two lists never share a post. */
export function topAndBottom<T extends { counts?: Counts }>(posts: readonly T[], count = RANKED_POSTS): { top: T[]; bottom: T[] } {
  const ranked = posts
    .filter((post) => interactions(post.counts) !== undefined)
    .toSorted((a, b) => interactions(b.counts)! - interactions(a.counts)!);
  const top = ranked.slice(0, count);
  return { top, bottom: ranked.slice(Math.max(count, ranked.length - count)).reverse() };
}

/**
 * The clearest examples: posts with text whose tag someone set by hand or the classifier was surest of, the
 * more engaged first among equals. A tag the classifier was unsure of is never quoted as an example, however
 * few posts the cell has: an example is what a strategist pastes into a deck.
 */
export function clearestExamples<
  T extends {
    text: string;
    classification: Pick<Classification, 'tag' | 'confidence'>;
    override?: Override | null;
    counts?: Counts;
  },
>(posts: readonly T[], count = EXAMPLES_PER_CELL): T[] {
  const engaged = (post: T) => interactions(post.counts) ?? 0;
  const sureness = (post: T) => (post.override ? 1 : post.classification.confidence);
  return posts
    .filter((post) => post.text.trim() !== '' && !needsCheck(post))
    .toSorted((a, b) => sureness(b) - sureness(a) || engaged(b) - engaged(a))
    .slice(0, count);
}
