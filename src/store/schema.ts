/**
 * The IndexedDB schema through idb: the stored records, the versions and the
 * migrations between them. Posts are keyed by platform and id, so a post seen
 * twice is stored once; each migration takes a database of the version before
 * it to the next, and all of them are tested from a fixture of every earlier
 * version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { brandKey, type Account, type Classification, type ScrapedPost } from '../model/post';
import type { Override } from '../model/override';
import { counted, emptyTally, withDerived } from './tally';

export const DB_NAME = 'zendmeter';
export const DB_VERSION = 5;

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

interface Setting {
  key: string;
  value: unknown;
}

interface Schema extends DBSchema {
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
export type WriteTransaction = IDBPTransaction<Schema, ('posts' | 'tallies' | 'brands' | 'settings')[], 'readwrite'>;

export type NewPost = Omit<StoredPost, 'firstSeen' | 'lastSeen' | 'override'>;

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

/** The keys of the settings store the extension itself writes. */
export const SETTINGS = { lastBrand: 'lastBrand', pagesRead: 'pagesRead', retentionAppliedOn: 'retentionAppliedOn' } as const;

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
    tx.objectStore('posts').createIndex('byGrid', ['platform', 'brand', 'grid']);
    db.createObjectStore('tallies', { keyPath: ['platform', 'brand'] });
    recount(tx);
  },
  // 3 → 4: the grid key says whether a post's tag needs a check, so the popup counts the tags to check.
  (_db, tx) => recount(tx),
  // 4 → 5: the tally counts the brand's posts in languages without cue words, so the popup says their tags rest on form alone.
  (_db, tx) => recount(tx),
];

/** Every post's grid key derived again, and every brand's tally counted again from them (replacing the old one). */
function recount(tx: UpgradeTransaction): void {
  const posts = tx.objectStore('posts');
  const tallies = new Map<string, Tally>();
  // The upgrade transaction stays open while its requests chain, so the walk completes inside it.
  const walk = async (cursor: Awaited<ReturnType<typeof posts.openCursor>>): Promise<void> => {
    if (!cursor) {
      await Promise.all([...tallies.values()].map((tally) => tx.objectStore('tallies').put(tally)));
      return;
    }
    const post = withDerived(cursor.value);
    const key = brandKey({ platform: post.platform, handle: post.brand });
    tallies.set(key, counted(tallies.get(key) ?? emptyTally(post), undefined, post));
    await cursor.update(post);
    return walk(await cursor.continue());
  };
  posts.openCursor().then(walk);
}

export function openDatabase(version = DB_VERSION): Promise<Database> {
  return openDB<Schema>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let from = oldVersion; from < (newVersion ?? version); from++) MIGRATIONS[from](db, tx);
    },
  });
}
