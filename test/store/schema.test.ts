/** Opening the database upgrades it from every earlier version without losing posts. */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { summarize } from '@/src/score/summarize';
import { brandOverview } from '@/src/store/tally';
import { reclassify } from '@/src/store/write';
import { DB_NAME, DB_VERSION, MIGRATIONS, openDatabase, type NewPost } from '@/src/store/schema';
import { postsOfBrand } from '@/src/store/query';
import { emptyDatabaseEachTest, newPost as post } from '../harness/store';

emptyDatabaseEachTest();

/** A database as version `version` left it, built by the migrations of that time. */
function databaseOfVersion(version: number) {
  return openDB(DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v](db as never, tx as never);
    },
  });
}

/** A post as an older version stored it, seen once. */
const storedAt = (fresh: NewPost) => ({
  ...fresh,
  override: null,
  firstSeen: '2025-01-01T00:00:00.000Z',
  lastSeen: '2025-01-01T00:00:00.000Z',
});

describe('migrations from every earlier schema version', () => {
  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'version %i opens as the current one with its posts intact',
    async (from) => {
      // A database as version `from` left it, built by the migrations of that time, with a post in it.
      const old = await databaseOfVersion(from);
      await old.put('posts', storedAt(post('old-1', 'Our new store opens on Saturday.')));
      old.close();
      const db = await openDatabase();
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['brands', 'posts', 'settings', 'tallies']);
      expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.id)).toEqual(['old-1']);
      // Version 3 derived where each old post counts, so the popup finds it by counting.
      expect((await brandOverview(db, 'x', 'acme', summarize)).own.seen).toBe(1);
      expect(await reclassify(db, 99, (p) => classifyPost(p))).toBe(1);
    },
  );
});

describe('version 3 to 4', () => {
  it('counts the tallies again with the tags to check, rather than adding to the old counts', async () => {
    const old = await databaseOfVersion(3);
    const text = 'Mondays, huh.';
    await old.put('posts', {
      ...storedAt(
        post('old-1', text, { classification: { ...classifyPost({ text }), tag: 'broadcast', perspective: null, confidence: 0.4 } }),
      ),
      grid: 'own|brand-communication|send|-',
    });
    await old.put('tallies', { platform: 'x', brand: 'acme', counts: { 'own|brand-communication|send|-': 1 } });
    old.close();
    const db = await openDatabase();
    const overview = await brandOverview(db, 'x', 'acme', summarize);
    expect(overview.own.seen).toBe(1);
    expect(overview.own.byCell['brand-communication']).toBe(1);
    expect(overview.unsure).toBe(1);
  });
});

describe('version 4 to 5', () => {
  it("counts the brand's posts in languages without cue words, which version 4 did not", async () => {
    const old = await databaseOfVersion(4);
    const text = 'Notre nouveau magasin ouvre samedi.';
    await old.put('posts', {
      ...storedAt(post('old-1', text, { classification: { ...classifyPost({ text }), tag: 'broadcast', perspective: null, lang: 'fr' } })),
      grid: 'own|brand-communication|send|-|check',
    });
    await old.put('tallies', { platform: 'x', brand: 'acme', counts: { 'own|brand-communication|send|-|check': 1 } });
    old.close();
    const overview = await brandOverview(await openDatabase(), 'x', 'acme', summarize);
    expect(overview.own.seen).toBe(1);
    expect(Object.fromEntries(overview.withoutCues)).toEqual({ fr: 1 });
  });
});
