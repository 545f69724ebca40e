/**
 * IndexedDB through idb. Posts are keyed by platform and id, so a post seen
 * twice is stored once. The schema has explicit versions; each migration
 * takes a database of the version before it to the next, and all of them are
 * tested from a fixture of every earlier version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { isBrandPost, type Classification } from '../model/post';
import type { Perspective, TagOrUnknown } from '../model/model';
import type { Account, ScrapedPost } from '../sites/types';
import { CELLS, cellIdOf } from '../model/model';
import { isSendingOnly, type ScoredPost } from '../score/summarize';

export const DB_NAME = 'zendmeter';
export const DB_VERSION = 3;

/** A tag the user set by hand; it wins over the classifier and survives re-classification. */
export interface Override {
  tag: TagOrUnknown;
  perspective: Perspective | null;
  at: string;
}

export interface StoredPost extends ScrapedPost {
  /** Handle of the brand whose page showed the post. */
  brand: string;
  /** The post is the brand's own (not a repost, an ad or another author's reply). */
  fromBrand: boolean;
  classification: Classification;
  classifierVersion: number;
  override?: Override | null;
  firstSeen: string;
  lastSeen: string;
  /** Derived on every write (see withDerived): where the post counts, so the popup can count without reading posts. */
  grid?: string;
}

export interface StoredBrand extends Account {
  platform: ScrapedPost['platform'];
  firstSeen: string;
}

/** Per brand, how many posts sit under each grid key, and the date range of its own posts: the popup reads one record. */
export interface Tally {
  platform: string;
  brand: string;
  counts: Record<string, number>;
  first?: string;
  last?: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface Schema extends DBSchema {
  posts: {
    key: [string, string];
    value: StoredPost;
    indexes: { byBrand: [string, string]; byClassifierVersion: number; byGrid: [string, string, string] };
  };
  tallies: { key: [string, string]; value: Tally };
  brands: { key: [string, string]; value: StoredBrand };
  settings: { key: string; value: Setting };
}

export type Database = IDBPDatabase<Schema>;
type UpgradeTransaction = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;

/** MIGRATIONS[n] takes a database from version n to n + 1. */
export const MIGRATIONS: ((db: Database, tx: UpgradeTransaction) => void)[] = [
  // 0 → 1: posts and brands (the first release).
  (db) => {
    const posts = db.createObjectStore('posts', { keyPath: ['platform', 'id'] });
    posts.createIndex('byBrand', ['platform', 'brand']);
    db.createObjectStore('brands', { keyPath: ['platform', 'handle'] });
  },
  // 1 → 2: settings (last brand seen, custom cue words) and an index to find posts classified by an older classifier.
  (db, tx) => {
    db.createObjectStore('settings', { keyPath: 'key' });
    tx.objectStore('posts').createIndex('byClassifierVersion', 'classifierVersion');
  },
  // 2 → 3: where each post counts, indexed, and a tally per brand, so the popup reads one record instead of 10,000 posts.
  (db, tx) => {
    const posts = tx.objectStore('posts');
    posts.createIndex('byGrid', ['platform', 'brand', 'grid']);
    db.createObjectStore('tallies', { keyPath: ['platform', 'brand'] });
    const tallies = new Map<string, Tally>();
    // The upgrade transaction stays open while its requests chain, so the walk completes inside it.
    const walk = async (cursor: Awaited<ReturnType<typeof posts.openCursor>>): Promise<void> => {
      if (!cursor) {
        await Promise.all([...tallies.values()].map((tally) => tx.objectStore('tallies').put(tally)));
        return;
      }
      const post = withDerived(cursor.value);
      const key = `${post.platform}\u0000${post.brand}`;
      tallies.set(key, counted(tallies.get(key) ?? emptyTally(post), undefined, post));
      await cursor.update(post);
      return walk(await cursor.continue());
    };
    posts.openCursor().then(walk);
  },
];

const GRID_PARTS = { own: 'own', other: 'other', send: 'send', talk: 'talk', question: 'q', none: '-' } as const;
/** A tally entry beside the grid keys: how many of the brand's own posts are its reposts. */
const REPOSTS = 'reposts';

/** The grid key: own|other, cell (or unknown), whether it only sends, whether it asks a question. */
export function gridKey(post: StoredPost): string {
  const { tag, perspective, invitesResponse } = effective(post);
  const cell = cellIdOf(tag, perspective) ?? 'unknown';
  const sends = isSendingOnly({ tag, perspective, invitesResponse }) ? GRID_PARTS.send : GRID_PARTS.talk;
  const asks = invitesResponse && tag !== 'webcare' ? GRID_PARTS.question : GRID_PARTS.none;
  return [post.fromBrand ? GRID_PARTS.own : GRID_PARTS.other, cell, sends, asks].join('|');
}

/** A post with its derived index field brought up to date. */
export function withDerived(post: StoredPost): StoredPost {
  return { ...post, grid: gridKey(post) };
}

function emptyTally(post: StoredPost): Tally {
  return { platform: post.platform, brand: post.brand, counts: {} };
}

/** The tally after a post went from `previous` (absent for a new post) to `next`. */
function counted(tally: Tally, previous: StoredPost | undefined, next: StoredPost): Tally {
  const counts = { ...tally.counts };
  if (previous?.grid) counts[previous.grid] = Math.max(0, (counts[previous.grid] ?? 0) - 1);
  counts[next.grid!] = (counts[next.grid!] ?? 0) + 1;
  const ownRepost = (post: StoredPost | undefined) => (post?.fromBrand && post.isRepost ? 1 : 0);
  const reposts = (counts[REPOSTS] ?? 0) - ownRepost(previous) + ownRepost(next);
  if (reposts > 0) counts[REPOSTS] = reposts;
  else delete counts[REPOSTS];
  const date = next.fromBrand ? next.publishedAt : undefined;
  return {
    ...tally,
    counts,
    first: date && (!tally.first || date < tally.first) ? date : tally.first,
    last: date && (!tally.last || date > tally.last) ? date : tally.last,
  };
}

type WriteTransaction = IDBPTransaction<Schema, ('posts' | 'tallies' | 'brands' | 'settings')[], 'readwrite'>;

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
      if (previous && previous.grid === next.grid && previous.publishedAt === next.publishedAt) continue;
      const brandKey = `${next.platform}\n${next.brand}`;
      tallyChanges.set(brandKey, [...(tallyChanges.get(brandKey) ?? []), { previous, next }]);
    }
    const tallies = tx.objectStore('tallies');
    for (const changes of tallyChanges.values()) {
      const { platform, brand } = changes[0].next;
      requests.push(tallies.get([platform, brand]).then((tally) => tallies.put(changes.reduce((sum, { previous, next }) => counted(sum, previous, next), tally ?? emptyTally(changes[0].next)))));
    }
  } catch (error) {
    // A write refused on the spot (a value IndexedDB cannot store) aborts the transaction: the requests already made fail with it.
    for (const request of requests) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(requests);
}

/** What is stored under each post's key, read in one go. */
export function storedVersions(tx: WriteTransaction, posts: readonly Pick<StoredPost, 'platform' | 'id'>[]): Promise<(StoredPost | undefined)[]> {
  return Promise.all(posts.map((post) => tx.objectStore('posts').get([post.platform, post.id])));
}

/** The last of each platform + id: a batch naming a post twice stores and counts it once. */
export function lastOfEach<T extends Pick<StoredPost, 'platform' | 'id'>>(posts: readonly T[]): T[] {
  return [...new Map(posts.map((post) => [`${post.platform}\n${post.id}`, post])).values()];
}

/**
 * The grid keys an own post can have, each with a classification that gives
 * it: every cell (and unknown), inviting a response or not. Derived from
 * gridKey itself, so the two cannot disagree.
 */
export function ownGridKeys(): { key: string; classification: ScoredPost['classification'] }[] {
  const keys = new Map<string, ScoredPost['classification']>();
  for (const cell of [...CELLS, null]) {
    for (const invitesResponse of [false, true]) {
      const classification = { tag: cell?.tag ?? 'unknown', perspective: cell?.tag === 'experience' ? cell.perspective : null, invitesResponse } as const;
      keys.set(gridKey({ fromBrand: true, override: null, classification } as StoredPost), classification);
    }
  }
  return [...keys].map(([key, classification]) => ({ key, classification }));
}

export function openDatabase(version = DB_VERSION): Promise<Database> {
  return openDB<Schema>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let from = oldVersion; from < (newVersion ?? version); from++) MIGRATIONS[from](db, tx);
    },
  });
}

export type NewPost = Omit<StoredPost, 'firstSeen' | 'lastSeen' | 'override'>;

/**
 * Runs `work` in the transaction `tx`, all or nothing: when any of it fails
 * (a full disk, a value IndexedDB refuses on the spot) the transaction is
 * aborted, so not one of its writes stays, and the failure is thrown.
 */
export async function allOrNothing<T>(tx: Pick<IDBPTransaction, 'done' | 'abort'>, work: () => Promise<T>): Promise<T> {
  const done = tx.done.then(() => undefined, (error: unknown) => error);
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

/** A page the extension recorded posts from: where a stored number comes from. */
export interface PageRead {
  url: string;
  platform: string;
  brand: string;
  /** When it was last read. */
  at: string;
  /** Posts it added to the store over all its visits. */
  added: number;
}

const PAGES_READ = 'pagesRead';
/** The most recent pages are kept; older ones drop off the list (their posts stay). */
export const MAX_PAGES_READ = 200;

export async function pagesRead(db: Database): Promise<PageRead[]> {
  return (await getSetting<PageRead[]>(db, PAGES_READ)) ?? [];
}

/** Adds new posts and refreshes those seen before, in one transaction: a batch is stored whole or not at all. */
export function savePosts(
  db: Database,
  brand: Account & { platform: ScrapedPost['platform'] },
  posts: NewPost[],
  { now = new Date(), page }: { now?: Date; page?: string } = {},
): Promise<{ added: number; seenAgain: number }> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  return allOrNothing(tx, async () => {
    const stamp = now.toISOString();
    const unique = lastOfEach(posts);
    const stored = await storedVersions(tx, unique);
    await writePosts(
      tx,
      unique.map((post, index) => {
        const previous = stored[index];
        return { post: previous ? { ...previous, counts: post.counts, lastSeen: stamp } : { ...post, override: null, firstSeen: stamp, lastSeen: stamp }, previous };
      }),
    );
    const added = stored.filter((previous) => !previous).length;
    const brands = tx.objectStore('brands');
    if (!(await brands.get([brand.platform, brand.handle]))) await brands.put({ ...brand, firstSeen: stamp });
    await tx.objectStore('settings').put({ key: 'lastBrand', value: { platform: brand.platform, handle: brand.handle } });
    if (page) {
      const read = ((await tx.objectStore('settings').get(PAGES_READ))?.value as PageRead[] | undefined) ?? [];
      const before = read.find((entry) => entry.url === page);
      const entry: PageRead = { url: page, platform: brand.platform, brand: brand.handle, at: stamp, added: (before?.added ?? 0) + added };
      const value = [entry, ...read.filter((other) => other.url !== page)].slice(0, MAX_PAGES_READ);
      await tx.objectStore('settings').put({ key: PAGES_READ, value });
    }
    return { added, seenAgain: unique.length - added };
  });
}

export function postsOfBrand(db: Database, platform: string, handle: string): Promise<StoredPost[]> {
  return db.getAllFromIndex('posts', 'byBrand', [platform, handle]);
}

/** The classification that counts: the user's override where there is one. */
export function effective(post: StoredPost): Pick<Classification, 'tag' | 'perspective' | 'invitesResponse'> & { overridden: boolean } {
  if (!post.override) return { ...post.classification, overridden: false };
  const { tag, perspective } = post.override;
  // A hand-set webcare or co-creation post is dialogue by definition; a hand-set broadcast keeps what the text showed.
  const invitesResponse = tag === 'webcare' || tag === 'co-creation' || post.classification.invitesResponse;
  return { tag, perspective: tag === 'experience' ? perspective ?? 'brand' : null, invitesResponse, overridden: true };
}

export function setOverride(db: Database, key: [string, string], override: Omit<Override, 'at'> | null, now = new Date()): Promise<void> {
  const tx = db.transaction(['posts', 'tallies'], 'readwrite');
  return allOrNothing(tx, async () => {
    const post = await tx.objectStore('posts').get(key);
    if (!post) throw new Error(`no stored post ${key.join('/')}`);
    await writePosts(tx as unknown as WriteTransaction, [{ post: { ...post, override: override && { ...override, at: now.toISOString() } }, previous: post }]);
  });
}

/**
 * Classifies again every post classified by an older version of the rules
 * (or every post, when the user's own cue words changed); overrides stay as they are.
 */
export function reclassify(db: Database, version: number, classify: (post: StoredPost) => Classification, everything = false): Promise<number> {
  const tx = db.transaction(['posts', 'tallies'], 'readwrite');
  return allOrNothing(tx, async () => {
    const outdated = await tx.objectStore('posts').index('byClassifierVersion').getAll(everything ? undefined : IDBKeyRange.upperBound(version, true));
    // Which posts are the brand's own is re-derived too: the rule changed with the classifier (reposts count since version 3).
    await writePosts(
      tx as unknown as WriteTransaction,
      outdated.map((post) => ({ post: { ...post, fromBrand: isBrandPost(post, { handle: post.brand }), classification: classify(post), classifierVersion: version }, previous: post })),
    );
    return outdated.length;
  });
}

export async function getSetting<T>(db: Database, key: string): Promise<T | undefined> {
  return (await db.get('settings', key))?.value as T | undefined;
}

export interface BrandOverview {
  /** Summary of the brand's own posts. */
  own: ReturnType<typeof import('../score/summarize').summarize>;
  /** Posts by others on the brand's pages, kept apart. */
  others: number;
  /** The brand's reposts of others' posts, counted among its own as user experience. */
  reposts: number;
  range?: [string, string];
}

/** The popup's numbers from the brand's tally: one record read, however many posts there are. */
export async function brandOverview(db: Database, platform: string, handle: string, summarize: (posts: ScoredPost[]) => BrandOverview['own']): Promise<BrandOverview> {
  const tally = await db.get('tallies', [platform, handle]);
  const counts = tally?.counts ?? {};
  const own = ownGridKeys().flatMap(({ key, classification }) => (counts[key] ? [{ classification, weight: counts[key] }] : []));
  const others = Object.entries(counts).reduce((sum, [key, n]) => sum + (key.startsWith(`${GRID_PARTS.other}|`) ? n : 0), 0);
  return { own: summarize(own), others, reposts: counts[REPOSTS] ?? 0, range: tally?.first && tally.last ? [tally.first, tally.last] : undefined };
}

/** The brand's own posts in one cell of the grid (or all of them), read when the user asks for them. */
export function ownPostsIn(db: Database, platform: string, handle: string, cellId?: string): Promise<StoredPost[]> {
  const prefix = cellId ? `own|${cellId}|` : 'own|';
  return db.getAllFromIndex('posts', 'byGrid', IDBKeyRange.bound([platform, handle, prefix], [platform, handle, `${prefix}\uffff`]));
}

/** What responsiveness is read from: the others' posts on the brand's pages, and the brand's own replies. */
export async function threadPosts(db: Database, platform: string, handle: string): Promise<StoredPost[]> {
  const withPrefix = (prefix: string) => db.getAllFromIndex('posts', 'byGrid', IDBKeyRange.bound([platform, handle, prefix], [platform, handle, `${prefix}\uffff`]));
  const [others, ownReplies] = await Promise.all([withPrefix(`${GRID_PARTS.other}|`), withPrefix(`${GRID_PARTS.own}|user-communication|`)]);
  return [...others, ...ownReplies];
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
  const last = (await tx.objectStore('settings').get('lastBrand'))?.value as { platform: string; handle: string } | undefined;
  const forgetLast = last?.platform === platform && last.handle === handle ? [tx.objectStore('settings').delete('lastBrand')] : [];
  await Promise.all([tx.objectStore('tallies').delete([platform, handle]), tx.objectStore('brands').delete([platform, handle]), ...forgetLast]);
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
      const key = `${post.platform}\n${post.brand}`;
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

export async function clearAll(db: Database): Promise<void> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  await Promise.all([tx.objectStore('posts').clear(), tx.objectStore('tallies').clear(), tx.objectStore('brands').clear(), tx.objectStore('settings').clear()]);
  await tx.done;
}
