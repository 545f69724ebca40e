/** What the pages read from the store: a brand's posts, the posts its threads showed, the settings. */
import { brandKey, type Platform } from '../model/post';
import { SETTINGS, type Database, type PageRead, type StoredBrand, type StoredPost } from './schema';
import { GRID_PARTS } from './tally';

export function postsOfBrand(db: Database, platform: string, handle: string): Promise<StoredPost[]> {
  return db.getAllFromIndex('posts', 'byBrand', [platform, handle]);
}

/** A brand's posts whose grid key starts with the given parts, read through the grid index. */
function postsByGrid(db: Database, platform: string, handle: string, ...parts: string[]): Promise<StoredPost[]> {
  const prefix = `${parts.join('|')}|`;
  return db.getAllFromIndex('posts', 'byGrid', IDBKeyRange.bound([platform, handle, prefix], [platform, handle, `${prefix}\uffff`]));
}

/** The brand's own posts in one cell of the grid (or all of them), read when the user asks for them. */
export function ownPostsIn(db: Database, platform: string, handle: string, cellId?: string): Promise<StoredPost[]> {
  return cellId ? postsByGrid(db, platform, handle, GRID_PARTS.own, cellId) : postsByGrid(db, platform, handle, GRID_PARTS.own);
}

/** What responsiveness is read from: the others' posts on the brand's pages, and the brand's own replies. */
export async function threadPosts(db: Database, platform: string, handle: string): Promise<StoredPost[]> {
  const [others, ownReplies] = await Promise.all([
    postsByGrid(db, platform, handle, GRID_PARTS.other),
    postsByGrid(db, platform, handle, GRID_PARTS.own, 'user-communication'),
  ]);
  return [...others, ...ownReplies];
}

export async function getSetting<T>(db: Database, key: string): Promise<T | undefined> {
  return (await db.get('settings', key))?.value as T | undefined;
}

export async function pagesRead(db: Database): Promise<PageRead[]> {
  return (await getSetting<PageRead[]>(db, SETTINGS.pagesRead)) ?? [];
}

/** A stored brand as a picker lists it: how many of its own posts are stored, and the date of the newest. */
export interface BrandListing {
  brand: StoredBrand;
  posts: number;
  last?: string;
}

/** Every stored brand with its count and newest date, from the tallies: one read per store, however many posts. */
export async function brandListings(db: Database): Promise<BrandListing[]> {
  const [brands, tallies] = await Promise.all([db.getAll('brands'), db.getAll('tallies')]);
  const byKey = new Map(tallies.map((tally) => [brandKey({ platform: tally.platform as Platform, handle: tally.brand }), tally]));
  return brands.map((brand) => {
    const tally = byKey.get(brandKey(brand));
    const posts = Object.entries(tally?.counts ?? {}).reduce((sum, [key, n]) => sum + (key.startsWith(`${GRID_PARTS.own}|`) ? n : 0), 0);
    return { brand, posts, last: tally?.last };
  });
}
