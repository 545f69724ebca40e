/**
 * IndexedDB through idb. Posts are keyed by platform and id, so a post seen
 * twice is stored once. The schema has explicit versions; each migration
 * takes a database of the version before it to the next, and all of them are
 * tested from a fixture of every earlier version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Classification } from '../model/post';
import type { Perspective, TagOrUnknown } from '../model/model';
import type { Account, ScrapedPost } from '../sites/types';

export const DB_NAME = 'zendmeter';
export const DB_VERSION = 2;

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
}

export interface StoredBrand extends Account {
  platform: ScrapedPost['platform'];
  firstSeen: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface Schema extends DBSchema {
  posts: { key: [string, string]; value: StoredPost; indexes: { byBrand: [string, string]; byClassifierVersion: number } };
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
];

export function openDatabase(version = DB_VERSION): Promise<Database> {
  return openDB<Schema>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let from = oldVersion; from < (newVersion ?? version); from++) MIGRATIONS[from](db, tx);
    },
  });
}

export type NewPost = Omit<StoredPost, 'firstSeen' | 'lastSeen' | 'override'>;

/** Adds new posts and refreshes those seen before, in one transaction: a batch is stored whole or not at all. */
export async function savePosts(db: Database, brand: Account & { platform: ScrapedPost['platform'] }, posts: NewPost[], now = new Date()): Promise<{ added: number; seenAgain: number }> {
  const tx = db.transaction(['posts', 'brands', 'settings'], 'readwrite');
  const postStore = tx.objectStore('posts');
  const stamp = now.toISOString();
  let added = 0;
  for (const post of posts) {
    const existing = await postStore.get([post.platform, post.id]);
    if (existing) await postStore.put({ ...existing, counts: post.counts, lastSeen: stamp });
    else {
      await postStore.put({ ...post, override: null, firstSeen: stamp, lastSeen: stamp });
      added++;
    }
  }
  const brands = tx.objectStore('brands');
  if (!(await brands.get([brand.platform, brand.handle]))) await brands.put({ ...brand, firstSeen: stamp });
  await tx.objectStore('settings').put({ key: 'lastBrand', value: { platform: brand.platform, handle: brand.handle } });
  await tx.done;
  return { added, seenAgain: posts.length - added };
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

export async function setOverride(db: Database, key: [string, string], override: Omit<Override, 'at'> | null, now = new Date()): Promise<void> {
  const tx = db.transaction('posts', 'readwrite');
  const post = await tx.store.get(key);
  if (!post) throw new Error(`no stored post ${key.join('/')}`);
  await tx.store.put({ ...post, override: override && { ...override, at: now.toISOString() } });
  await tx.done;
}

/** Classifies again every post classified by an older version of the rules; overrides stay as they are. */
export async function reclassify(db: Database, version: number, classify: (post: StoredPost) => Classification): Promise<number> {
  const tx = db.transaction('posts', 'readwrite');
  let changed = 0;
  for (let cursor = await tx.store.index('byClassifierVersion').openCursor(IDBKeyRange.upperBound(version, true)); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, classification: classify(cursor.value), classifierVersion: version });
    changed++;
  }
  await tx.done;
  return changed;
}

export async function getSetting<T>(db: Database, key: string): Promise<T | undefined> {
  return (await db.get('settings', key))?.value as T | undefined;
}
