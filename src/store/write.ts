/**
 * The one way posts are written: each with its grid key and its brand's
 * tally, in one transaction that is stored whole or not at all; and the ways
 * the user forgets them (a brand, everything, what is older than the
 * retention period).
 */
import type { IDBPTransaction } from 'idb';
import { brandKey, isBrandPost, type Account, type BrandKey, type Classification, type ScrapedPost } from '../model/post';
import type { Override } from '../model/override';
import { SETTINGS, type Database, type NewPost, type PageRead, type StoredPost, type Tally, type WriteTransaction } from './schema';
import { counted, emptyTally, tallySame, withDerived } from './tally';

/** A post to write, and what was stored under its key before (absent for a new post). */
export interface PostWrite {
  post: StoredPost;
  previous: StoredPost | undefined;
}

/**
 * The one way posts are written: each with its grid key, and its brand's
 * tally, in the caller's transaction. All requests go out at once (one
 * awaited round trip per post made a batch of 150 take ~300 ms); each tally
 * is read and written once per call.
 */
export async function writePosts(tx: WriteTransaction, writes: PostWrite[]): Promise<void> {
  const requests: Promise<unknown>[] = [];
  try {
    const tallyChanges = new Map<string, { previous: StoredPost | undefined; next: StoredPost }[]>();
    for (const { post, previous } of writes) {
      const next = withDerived(post);
      requests.push(tx.objectStore('posts').put(next));
      if (previous && tallySame(previous, next)) continue;
      const key = brandKey({ platform: next.platform, handle: next.brand });
      tallyChanges.set(key, [...(tallyChanges.get(key) ?? []), { previous, next }]);
    }
    const tallies = tx.objectStore('tallies');
    for (const changes of tallyChanges.values()) {
      const { platform, brand } = changes[0].next;
      requests.push(
        tallies
          .get([platform, brand])
          .then((tally) =>
            tallies.put(changes.reduce((sum, { previous, next }) => counted(sum, previous, next), tally ?? emptyTally(changes[0].next))),
          ),
      );
    }
  } catch (error) {
    // A write refused on the spot (a value IndexedDB cannot store) aborts the transaction: the requests already made fail with it.
    for (const request of requests) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(requests);
}

/** What is stored under each post's key, read in one go. */
export function storedVersions(
  tx: WriteTransaction,
  posts: readonly Pick<StoredPost, 'platform' | 'id'>[],
): Promise<(StoredPost | undefined)[]> {
  return Promise.all(posts.map((post) => tx.objectStore('posts').get([post.platform, post.id])));
}

/** The last of each platform + id: a batch naming a post twice stores and counts it once. */
export function lastOfEach<T extends Pick<StoredPost, 'platform' | 'id'>>(posts: readonly T[]): T[] {
  return [...new Map(posts.map((post) => [`${post.platform}\n${post.id}`, post])).values()];
}

/**
 * Runs `work` in the transaction `tx`, all or nothing: when any of it fails
 * (a full disk, a value IndexedDB refuses on the spot) the transaction is
 * aborted, so not one of its writes stays, and the failure is thrown.
 */
export async function allOrNothing<T>(tx: Pick<IDBPTransaction, 'done' | 'abort'>, work: () => Promise<T>): Promise<T> {
  const done = tx.done.then(
    () => undefined,
    (error: unknown) => error,
  );
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The failure already aborted the transaction.
    }
    await done;
    throw error;
  }
  const failure = await done;
  if (failure) throw failure;
  return result;
}

/** The most recent pages are kept; older ones drop off the list (their posts stay). */
const MAX_PAGES_READ = 200;

/**
 * Adds new posts and refreshes those seen before, in one transaction: a batch is stored whole or not at all.
 * Gives back the posts as stored: a post seen before keeps its classification and any tag set by hand.
 */
export function savePosts(
  db: Database,
  brand: Account & { platform: ScrapedPost['platform'] },
  posts: NewPost[],
  { now = new Date(), page }: { now?: Date; page?: string } = {},
): Promise<{ added: number; posts: StoredPost[] }> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  return allOrNothing(tx, async () => {
    const stamp = now.toISOString();
    const unique = lastOfEach(posts);
    const stored = await storedVersions(tx, unique);
    const writes = unique.map((post, index) => {
      const previous = stored[index];
      return {
        post: previous
          ? { ...previous, counts: post.counts, lastSeen: stamp }
          : { ...post, override: null, firstSeen: stamp, lastSeen: stamp },
        previous,
      };
    });
    await writePosts(tx, writes);
    const added = stored.filter((previous) => !previous).length;
    const brands = tx.objectStore('brands');
    if (!(await brands.get([brand.platform, brand.handle]))) await brands.put({ ...brand, firstSeen: stamp });
    await tx.objectStore('settings').put({ key: SETTINGS.lastBrand, value: { platform: brand.platform, handle: brand.handle } });
    if (page) {
      const read = ((await tx.objectStore('settings').get(SETTINGS.pagesRead))?.value as PageRead[] | undefined) ?? [];
      const before = read.find((entry) => entry.url === page);
      const entry: PageRead = { url: page, platform: brand.platform, brand: brand.handle, at: stamp, added: (before?.added ?? 0) + added };
      const value = [entry, ...read.filter((other) => other.url !== page)].slice(0, MAX_PAGES_READ);
      await tx.objectStore('settings').put({ key: SETTINGS.pagesRead, value });
    }
    return { added, posts: writes.map(({ post }) => post) };
  });
}

export function setOverride(db: Database, key: [string, string], override: Omit<Override, 'at'> | null, now = new Date()): Promise<void> {
  const tx = db.transaction(['posts', 'tallies'], 'readwrite');
  return allOrNothing(tx, async () => {
    const post = await tx.objectStore('posts').get(key);
    if (!post) throw new Error(`no stored post ${key.join('/')}`);
    await writePosts(tx as unknown as WriteTransaction, [
      { post: { ...post, override: override && { ...override, at: now.toISOString() } }, previous: post },
    ]);
  });
}

/**
 * Classifies again every post classified by an older version of the rules
 * (or every post, when the user's own cue words changed); overrides stay as they are.
 */
export function reclassify(
  db: Database,
  version: number,
  classify: (post: StoredPost) => Classification,
  everything = false,
): Promise<number> {
  const tx = db.transaction(['posts', 'tallies'], 'readwrite');
  return allOrNothing(tx, async () => {
    const outdated = await tx
      .objectStore('posts')
      .index('byClassifierVersion')
      .getAll(everything ? undefined : IDBKeyRange.upperBound(version, true));
    // Which posts are the brand's own is re-derived too: the rule changed with the classifier (reposts count since version 3).
    await writePosts(
      tx as unknown as WriteTransaction,
      outdated.map((post) => ({
        post: { ...post, fromBrand: isBrandPost(post, { handle: post.brand }), classification: classify(post), classifierVersion: version },
        previous: post,
      })),
    );
    return outdated.length;
  });
}

/** Everything stored for one brand: its posts, its tally and its record; the popup forgets it as the last brand seen. */
export async function clearBrand(db: Database, platform: string, handle: string): Promise<number> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  const keys = await tx.objectStore('posts').index('byBrand').getAllKeys([platform, handle]);
  await Promise.all([...keys.map((key) => tx.objectStore('posts').delete(key)), forgetBrandRecords(tx, platform, handle)]);
  await tx.done;
  return keys.length;
}

/** A brand's tally and record, and the popup's memory of it as the last brand seen. */
async function forgetBrandRecords(tx: WriteTransaction, platform: string, handle: string): Promise<void> {
  const last = (await tx.objectStore('settings').get(SETTINGS.lastBrand))?.value as BrandKey | undefined;
  const forgetLast = last?.platform === platform && last.handle === handle ? [tx.objectStore('settings').delete(SETTINGS.lastBrand)] : [];
  await Promise.all([
    tx.objectStore('tallies').delete([platform, handle]),
    tx.objectStore('brands').delete([platform, handle]),
    ...forgetLast,
  ]);
}

/** The moment N months before now: posts older than that are forgotten under a retention of N months. */
export function retentionCutoff(months: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Forgets every post published before the cutoff (recorded before it, where the page gave no date) and
 * counts again the brands it leaves from the posts that remain; a brand with none left is forgotten whole.
 */
export function forgetPostsBefore(db: Database, cutoff: Date): Promise<number> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  return allOrNothing(tx, async () => {
    const remaining = new Map<string, Tally>();
    const touched = new Map<string, StoredPost>();
    let forgotten = 0;
    for (let cursor = await tx.objectStore('posts').openCursor(); cursor; cursor = await cursor.continue()) {
      const post = cursor.value;
      const key = brandKey({ platform: post.platform, handle: post.brand });
      if (Date.parse(post.publishedAt ?? post.firstSeen) < cutoff.getTime()) {
        await cursor.delete();
        touched.set(key, post);
        forgotten++;
      } else {
        remaining.set(key, counted(remaining.get(key) ?? emptyTally(post), undefined, post));
      }
    }
    for (const [key, { platform, brand }] of touched) {
      const tally = remaining.get(key);
      await (tally ? tx.objectStore('tallies').put(tally) : forgetBrandRecords(tx, platform, brand));
    }
    return forgotten;
  });
}

/**
 * The retention at start-up: the cutoff moves a day at a time, so the store is walked at most once a day,
 * not at every start of the service worker. Returns how many posts were forgotten.
 */
export async function applyRetention(db: Database, months: number, now = new Date()): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  if ((await db.get('settings', SETTINGS.retentionAppliedOn))?.value === today) return 0;
  const forgotten = await forgetPostsBefore(db, retentionCutoff(months, now));
  await db.put('settings', { key: SETTINGS.retentionAppliedOn, value: today });
  return forgotten;
}

export async function clearAll(db: Database): Promise<void> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  await Promise.all([
    tx.objectStore('posts').clear(),
    tx.objectStore('tallies').clear(),
    tx.objectStore('brands').clear(),
    tx.objectStore('settings').clear(),
  ]);
  await tx.done;
}
