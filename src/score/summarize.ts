/**
 * The brand on the grid: distribution over tags and cells, and the sending
 * score exactly as shared/model/CODEBOOK.md defines it.
 */
import { CELLS, TAGS, cellIdOf, type CellId, type Tag } from '../model/model';
import type { Classification } from '../model/post';

/** A reference for the score: the share of organisations' tweets that only informed (Lovejoy & Saxton 2012, 73 non-profits). */
export const INFORMATION_ONLY_SHARE = 59;

/** Below this many tagged posts the picture is anecdotal. */
const MIN_POSTS_FOR_COVERAGE = 20;

export type CoverageWarning = 'few-posts' | 'no-replies-seen';

export interface ScoredPost {
  classification: Pick<Classification, 'tag' | 'perspective' | 'invitesResponse'>;
  /** How many posts this entry stands for (1 unless counted in the database). */
  weight?: number;
}

export interface Summary {
  /** Every post seen, unknown included. */
  seen: number;
  /** Posts with a tag (unknown excluded): the score's denominator. */
  tagged: number;
  unknown: number;
  byTag: Record<Tag, number>;
  byCell: Record<CellId, number>;
  /** Broadcast, promotion and brand experience posts that invite no response. */
  sendingOnly: number;
  /** Webcare posts: the brand talking with one person. */
  replies: number;
  /** Posts that ask the audience a question or for a reaction (replies excluded). */
  questions: number;
  /** 0-100, or null when no post is tagged. */
  sendingScore: number | null;
  /** 90% interval of the score for this many posts (Wilson), [low, high] in 0-100; null when no post is tagged. */
  sendingInterval: [number, number] | null;
  warnings: CoverageWarning[];
}

const SENDING_TAGS = new Set<string>(['broadcast', 'promotion']);

export function isSendingOnly(classification: ScoredPost['classification']): boolean {
  const { tag, perspective, invitesResponse } = classification;
  if (invitesResponse) return false;
  return SENDING_TAGS.has(tag) || (tag === 'experience' && perspective !== 'user');
}

/** z for a two-sided 90% interval. */
const Z_90 = 1.645;

/**
 * The Wilson score interval of a share, in percent: where the score of a brand's whole feed would lie
 * (90% of the time) given the posts seen. Unlike the plain ± interval it stays within 0-100 and is honest
 * for a handful of posts: 1 sending post of 1 gives 27-100, 26 of 26 gives 91-100.
 */
export function wilsonInterval(successes: number, n: number, z = Z_90): [number, number] {
  const share = successes / n;
  const centre = share + (z * z) / (2 * n);
  const spread = z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [Math.max(0, (100 * (centre - spread)) / denominator), Math.min(100, (100 * (centre + spread)) / denominator)];
}

export function summarize(posts: readonly ScoredPost[]): Summary {
  const byTag = Object.fromEntries(TAGS.map((tag) => [tag, 0])) as Record<Tag, number>;
  const byCell = Object.fromEntries(CELLS.map((cell) => [cell.id, 0])) as Record<CellId, number>;
  let seen = 0;
  let unknown = 0;
  let sendingOnly = 0;
  let questions = 0;
  for (const { classification, weight = 1 } of posts) {
    seen += weight;
    const cell = cellIdOf(classification.tag, classification.perspective);
    if (classification.tag === 'unknown' || !cell) {
      unknown += weight;
      continue;
    }
    byTag[classification.tag] += weight;
    byCell[cell] += weight;
    if (isSendingOnly(classification)) sendingOnly += weight;
    if (classification.invitesResponse && classification.tag !== 'webcare') questions += weight;
  }
  const tagged = seen - unknown;
  const warnings: CoverageWarning[] = [];
  if (tagged < MIN_POSTS_FOR_COVERAGE) warnings.push('few-posts');
  if (byTag.webcare === 0) warnings.push('no-replies-seen');
  return {
    seen,
    tagged,
    unknown,
    byTag,
    byCell,
    sendingOnly,
    replies: byTag.webcare,
    questions,
    sendingScore: tagged === 0 ? null : (100 * sendingOnly) / tagged,
    sendingInterval: tagged === 0 ? null : wilsonInterval(sendingOnly, tagged),
    warnings,
  };
}

/** Posts counted by classification: all summarize() needs of a feed of any length, in a few dozen entries. */
export class ScoreTally {
  private readonly counts = new Map<string, Required<ScoredPost>>();

  add({ tag, perspective, invitesResponse }: ScoredPost['classification']): void {
    const key = `${tag}|${perspective}|${invitesResponse}`;
    const entry = this.counts.get(key);
    if (entry) entry.weight++;
    else this.counts.set(key, { classification: { tag, perspective, invitesResponse }, weight: 1 });
  }

  summary(): Summary {
    return summarize([...this.counts.values()]);
  }
}
