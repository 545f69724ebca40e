/**
 * IndexedDB through idb: posts keyed by platform and id (so a post seen
 * twice is stored once), and the brands whose pages they came from.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Classification } from '../model/post';
import type { Account, ScrapedPost } from '../sites/types';

export const DB_NAME = 'zendmeter';
export const DB_VERSION = 1;

export interface StoredPost extends ScrapedPost {
  /** Handle of the brand whose page showed the post. */
  brand: string;
  /** The post is the brand's own (not a repost, an ad or another author's reply). */
  fromBrand: boolean;
  classification: Classification;
  classifierVersion: number;
  firstSeen: string;
  lastSeen: string;
}

export interface StoredBrand extends Account {
  platform: ScrapedPost['platform'];
  firstSeen: string;
}

interface Schema extends DBSchema {
  posts: { key: [string, string]; value: StoredPost; indexes: { byBrand: [string, string] } };
  brands: { key: [string, string]; value: StoredBrand };
}

export type Database = IDBPDatabase<Schema>;

export function openDatabase(factory?: IDBFactory): Promise<Database> {
  return openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const posts = db.createObjectStore('posts', { keyPath: ['platform', 'id'] });
      posts.createIndex('byBrand', ['platform', 'brand']);
      db.createObjectStore('brands', { keyPath: ['platform', 'handle'] });
    },
    ...(factory ? { indexedDB: factory } : {}),
  } as Parameters<typeof openDB<Schema>>[2]);
}

/** Adds new posts and refreshes those seen before, in one transaction: a batch is stored whole or not at all. */
export async function savePosts(db: Database, brand: Account & { platform: ScrapedPost['platform'] }, posts: Omit<StoredPost, 'firstSeen' | 'lastSeen'>[], now = new Date()): Promise<{ added: number; seenAgain: number }> {
  const tx = db.transaction(['posts', 'brands'], 'readwrite');
  const postStore = tx.objectStore('posts');
  const stamp = now.toISOString();
  let added = 0;
  for (const post of posts) {
    const existing = await postStore.get([post.platform, post.id]);
    if (existing) await postStore.put({ ...existing, counts: post.counts, lastSeen: stamp });
    else {
      await postStore.put({ ...post, firstSeen: stamp, lastSeen: stamp });
      added++;
    }
  }
  const brands = tx.objectStore('brands');
  if (!(await brands.get([brand.platform, brand.handle]))) await brands.put({ ...brand, firstSeen: stamp });
  await tx.done;
  return { added, seenAgain: posts.length - added };
}

export function postsOfBrand(db: Database, platform: string, handle: string): Promise<StoredPost[]> {
  return db.getAllFromIndex('posts', 'byBrand', [platform, handle]);
}
