/** What the pages read from the store: here, the brands as the report's picker lists them. */
import { describe, expect, it } from 'vitest';
import { brandListings } from '@/src/store/query';
import { openDatabase } from '@/src/store/schema';
import { savePosts } from '@/src/store/write';
import { ACME, emptyDatabaseEachTest, newPost } from '../harness/store';

emptyDatabaseEachTest();

describe('brandListings', () => {
  it("lists each brand with its own posts stored and its newest date, others' replies not counted", async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [
      newPost('1', 'Our new store opens on Saturday.', { publishedAt: '2026-01-02T09:00:00.000Z' }),
      newPost('2', 'Shop now: 20% off!', { publishedAt: '2026-02-03T09:00:00.000Z' }),
      newPost('3', '@acme where is my order?', { fromBrand: false, author: 'jan', isReply: true, publishedAt: '2026-03-01T09:00:00.000Z' }),
    ]);
    await savePosts(db, { platform: 'bluesky', handle: 'other.example' }, [
      newPost('9', 'Hello', { platform: 'bluesky', brand: 'other.example', publishedAt: '2026-01-02T10:00:00.000Z' }),
    ]);
    const listings = await brandListings(db);
    expect(listings.map(({ brand, posts, last }) => [brand.platform, brand.handle, posts, last?.slice(0, 10)])).toEqual([
      ['bluesky', 'other.example', 1, '2026-01-02'],
      ['x', 'acme', 2, '2026-02-03'],
    ]);
  });
});
