/** The user's word over the classifier's: a tag set by hand wins, and survives re-classification. */
import { cellIdOf, LANGS, type CellId, type Perspective, type TagOrUnknown } from './model';
import type { Classification, Cue } from './post';

/** A tag the user set by hand; it wins over the classifier and survives re-classification. */
export interface Override {
  tag: TagOrUnknown;
  perspective: Perspective | null;
  at: string;
}

/** What of an override decides what counts; an export read back carries no more. */
export type HandTag = Pick<Override, 'tag' | 'perspective'>;

/** The classification that counts: the user's override where there is one, which no cue of the text decided. */
export function effective(post: {
  classification: Classification;
  override?: HandTag | null;
}): Pick<Classification, 'tag' | 'perspective' | 'invitesResponse' | 'cues'> & { overridden: boolean } {
  if (!post.override) return { ...post.classification, overridden: false };
  const { tag, perspective } = post.override;
  // A hand-set webcare or co-creation post is dialogue by definition; a hand-set broadcast keeps what the text showed.
  const invitesResponse = tag === 'webcare' || tag === 'co-creation' || post.classification.invitesResponse;
  return { tag, perspective: tag === 'experience' ? (perspective ?? 'brand') : null, invitesResponse, cues: [], overridden: true };
}

/** The posts that count in a cell, hand-set tags included. */
export function inCell<T extends { classification: Classification; override?: Override | null }>(posts: readonly T[], cellId: CellId): T[] {
  return posts.filter((post) => {
    const { tag, perspective } = effective(post);
    return cellIdOf(tag, perspective) === cellId;
  });
}

/**
 * Below this confidence the classifier is unsure of a tag. `npm run eval` measures how often such tags are
 * right (about 6 in 10, against about 9 in 10 for the others), so these are the posts worth checking first.
 */
export const UNSURE_BELOW = 0.6;

/** A tag worth checking by hand: the classifier was unsure of it and nobody has set it since. */
export function needsCheck(post: { classification: Pick<Classification, 'tag' | 'confidence'>; override?: HandTag | null }): boolean {
  return !post.override && post.classification.tag !== 'unknown' && post.classification.confidence < UNSURE_BELOW;
}

/** A language code the classifier detects or a page declares; `und` (undetermined) is not one. */
const ISO_639 = /^(?!und$)[a-z]{2,3}$/;

/**
 * The language of a post whose tag rests on its form alone (questions, links, prices, replies): one the classifier
 * has no cue words for, and nobody has set the tag since. Null for any other post, and for text too short to tell.
 */
export function languageWithoutCues(post: {
  classification: Pick<Classification, 'tag' | 'lang'>;
  override?: HandTag | null;
}): string | null {
  const { tag, lang } = post.classification;
  if (post.override || tag === 'unknown' || !ISO_639.test(lang) || (LANGS as readonly string[]).includes(lang)) return null;
  return lang;
}

/** How many posts were tagged by their form alone, per language without cue words, added to `counts` where given (a stream's). */
export function languagesWithoutCues(
  posts: Iterable<Parameters<typeof languageWithoutCues>[0]>,
  counts = new Map<string, number>(),
): Map<string, number> {
  for (const post of posts) {
    const language = languageWithoutCues(post);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}

/** What the badge on a post says: the tag that counts, the cues that decided it, whether someone set it, whether it needs a check. */
export interface BadgeTag {
  tag: TagOrUnknown;
  perspective: Perspective | null;
  cues: Cue[];
  setByHand: boolean;
  unsure: boolean;
}

export function badgeTagOf(post: { classification: Classification; override?: Override | null }): BadgeTag {
  const { tag, perspective, cues, overridden } = effective(post);
  return { tag, perspective, cues, setByHand: overridden, unsure: needsCheck(post) };
}
