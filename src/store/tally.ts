/**
 * Where each post counts (its grid key, indexed) and the per-brand tally of
 * grid keys, so the popup counts a brand by reading one record, not its posts.
 */
import { CELLS, cellIdOf } from '../model/model';
import { effective, languageWithoutCues, needsCheck } from '../model/override';
import { isSendingOnly, type ScoredPost } from '../score/summarize';
import type { Database, StoredPost, Tally } from './schema';

export const GRID_PARTS = { own: 'own', other: 'other', send: 'send', talk: 'talk', question: 'q', check: 'check', none: '-' } as const;
/** Tally entries beside the grid keys: how many of the brand's own posts are its reposts, and are in each language without cue words. */
const REPOSTS = 'reposts';
const WITHOUT_CUES = 'lang:';

/** The grid key: own|other, cell (or unknown), whether it only sends, whether it asks a question, whether its tag needs a check. */
function gridKey(post: StoredPost): string {
  const { tag, perspective, invitesResponse } = effective(post);
  const cell = cellIdOf(tag, perspective) ?? 'unknown';
  const sends = isSendingOnly({ tag, perspective, invitesResponse }) ? GRID_PARTS.send : GRID_PARTS.talk;
  const asks = invitesResponse && tag !== 'webcare' ? GRID_PARTS.question : GRID_PARTS.none;
  const check = needsCheck(post) ? GRID_PARTS.check : GRID_PARTS.none;
  return [post.fromBrand ? GRID_PARTS.own : GRID_PARTS.other, cell, sends, asks, check].join('|');
}

/** A post with its derived index field brought up to date. */
export function withDerived(post: StoredPost): StoredPost {
  return { ...post, grid: gridKey(post) };
}

export function emptyTally(post: StoredPost): Tally {
  return { platform: post.platform, brand: post.brand, counts: {} };
}

/** The tally after a post went from `previous` (absent for a new post) to `next`. */
export function counted(tally: Tally, previous: StoredPost | undefined, next: StoredPost): Tally {
  const counts = { ...tally.counts };
  if (previous?.grid) counts[previous.grid] = Math.max(0, (counts[previous.grid] ?? 0) - 1);
  counts[next.grid!] = (counts[next.grid!] ?? 0) + 1;
  const add = (key: string, n: number) => {
    const count = (counts[key] ?? 0) + n;
    if (count > 0) counts[key] = count;
    else delete counts[key];
  };
  for (const key of sideKeys(previous)) add(key, -1);
  for (const key of sideKeys(next)) add(key, 1);
  const date = next.fromBrand ? next.publishedAt : undefined;
  return {
    ...tally,
    counts,
    first: date && (!tally.first || date < tally.first) ? date : tally.first,
    last: date && (!tally.last || date > tally.last) ? date : tally.last,
  };
}

/** Whether a post going from `previous` to `next` leaves its brand's tally as it was. */
export function tallySame(previous: StoredPost, next: StoredPost): boolean {
  return previous.grid === next.grid && previous.publishedAt === next.publishedAt && sideKeys(previous).join() === sideKeys(next).join();
}

function sideKeys(post: StoredPost | undefined): string[] {
  if (!post?.fromBrand) return [];
  const language = languageWithoutCues(post);
  return [...(post.isRepost ? [REPOSTS] : []), ...(language ? [WITHOUT_CUES + language] : [])];
}

/**
 * The grid keys an own post can have, each with a classification that gives
 * it: every cell (and unknown), inviting a response or not, its tag sure or
 * one to check. Derived from gridKey itself, so the two cannot disagree.
 */
function ownGridKeys(): { key: string; classification: ScoredPost['classification']; unsure: boolean }[] {
  const keys = new Map<string, { classification: ScoredPost['classification']; unsure: boolean }>();
  for (const cell of [...CELLS, null]) {
    for (const invitesResponse of [false, true]) {
      for (const confidence of [0, 1]) {
        const classification = {
          tag: cell?.tag ?? 'unknown',
          perspective: cell?.tag === 'experience' ? cell.perspective : null,
          invitesResponse,
        } as const;
        const post = { fromBrand: true, override: null, classification: { ...classification, confidence } } as StoredPost;
        keys.set(gridKey(post), { classification, unsure: needsCheck(post) });
      }
    }
  }
  return [...keys].map(([key, value]) => ({ key, ...value }));
}

export interface BrandOverview {
  /** Summary of the brand's own posts. */
  own: ReturnType<typeof import('../score/summarize').summarize>;
  /** Posts by others on the brand's pages, kept apart. */
  others: number;
  /** The brand's reposts of others' posts, counted among its own as user experience. */
  reposts: number;
  /** Its own posts whose tag the classifier was unsure of and nobody has checked. */
  unsure: number;
  /** Its own posts tagged by their form alone, per language without cue words. */
  withoutCues: Map<string, number>;
  range?: [string, string];
}

/** The popup's numbers from the brand's tally: one record read, however many posts there are. */
export async function brandOverview(
  db: Database,
  platform: string,
  handle: string,
  summarize: (posts: ScoredPost[]) => BrandOverview['own'],
): Promise<BrandOverview> {
  const tally = await db.get('tallies', [platform, handle]);
  const counts = tally?.counts ?? {};
  const keys = ownGridKeys().filter(({ key }) => counts[key]);
  const own = keys.map(({ key, classification }) => ({ classification, weight: counts[key] }));
  const others = Object.entries(counts).reduce((sum, [key, n]) => sum + (key.startsWith(`${GRID_PARTS.other}|`) ? n : 0), 0);
  return {
    own: summarize(own),
    others,
    reposts: counts[REPOSTS] ?? 0,
    unsure: keys.reduce((sum, { key, unsure }) => sum + (unsure ? counts[key] : 0), 0),
    withoutCues: new Map(
      Object.entries(counts).flatMap(([key, n]) => (key.startsWith(WITHOUT_CUES) ? [[key.slice(WITHOUT_CUES.length), n]] : [])),
    ),
    range: tally?.first && tally.last ? [tally.first, tally.last] : undefined,
  };
}
