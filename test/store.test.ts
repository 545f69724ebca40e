import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyPost, CLASSIFIER_VERSION } from '@/src/classify/classify';
import { exportAll, importBackup, ImportError, parseBackup } from '@/src/store/backup';
import { summarize } from '@/src/score/summarize';
import { brandOverview } from '@/src/store/tally';
import { applyRetention, clearBrand, forgetPostsBefore, retentionCutoff, reclassify, savePosts, setOverride } from '@/src/store/write';
import { DB_NAME, DB_VERSION, MIGRATIONS, openDatabase, type NewPost } from '@/src/store/schema';
import { pagesRead, getSetting, ownPostsIn, postsOfBrand } from '@/src/store/query';
import { withDiskFullAt } from './disk-full';
import { storedPost } from './harness/posts';
import { effective } from '@/src/model/override';
import type { Lang } from '@/src/model/model';
import { message } from '@/src/ui/messages';

const brand = { platform: 'x' as const, handle: 'acme', name: 'Acme' };
const post = (id: string, text: string, extra: Partial<NewPost> = {}): NewPost => {
  const { override: _, firstSeen: __, lastSeen: ___, ...fresh } = storedPost(id, text, extra);
  return fresh;
};

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('storage', () => {
  it('stores a post seen twice once, and remembers the last brand seen', async () => {
    const db = await openDatabase();
    expect(await savePosts(db, brand, [post('1', 'Shop now: 20% off'), post('2', 'Our new store opens')])).toEqual({
      added: 2,
      seenAgain: 0,
    });
    expect(await savePosts(db, brand, [post('1', 'Shop now: 20% off', { counts: { likes: 9 } })])).toEqual({ added: 0, seenAgain: 1 });
    const stored = await postsOfBrand(db, 'x', 'acme');
    expect(stored).toHaveLength(2);
    expect(stored.find((p) => p.id === '1')!.counts.likes).toBe(9);
    expect(await getSetting(db, 'lastBrand')).toEqual({ platform: 'x', handle: 'acme' });
  });

  it('keeps the pages read, most recent first, with the posts each added over its visits', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Our new store opens')], { page: 'https://x.com/acme', now: new Date('2026-02-01T10:00:00Z') });
    await savePosts(db, brand, [post('2', 'Shop now')], { page: 'https://x.com/acme/with_replies', now: new Date('2026-02-01T11:00:00Z') });
    await savePosts(db, brand, [post('1', 'Our new store opens'), post('3', 'Hello')], {
      page: 'https://x.com/acme',
      now: new Date('2026-02-02T09:00:00Z'),
    });
    expect((await pagesRead(db)).map(({ url, at, added }) => [url, at, added])).toEqual([
      ['https://x.com/acme', '2026-02-02T09:00:00.000Z', 2],
      ['https://x.com/acme/with_replies', '2026-02-01T11:00:00.000Z', 1],
    ]);
  });

  it('counts a post named twice in one batch once, keeping its latest figures', async () => {
    const db = await openDatabase();
    expect(await savePosts(db, brand, [post('1', 'Shop now: 20% off'), post('1', 'Shop now: 20% off', { counts: { likes: 3 } })])).toEqual({
      added: 1,
      seenAgain: 0,
    });
    expect((await brandOverview(db, 'x', 'acme', summarize)).own.seen).toBe(1);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.counts.likes)).toEqual([3]);
  });

  it("counts reposts stored before they were the brand's own once the classifier is newer, and says how many", async () => {
    const db = await openDatabase();
    const repost = post('r', 'Love my new shoes!', { author: 'fan', isRepost: true, fromBrand: false });
    await savePosts(db, brand, [post('1', 'Our new store opens'), repost]);
    expect(await brandOverview(db, 'x', 'acme', summarize)).toMatchObject({ others: 1, reposts: 0, own: { seen: 1 } });
    await reclassify(db, CLASSIFIER_VERSION, (stored) => classifyPost(stored));
    const overview = await brandOverview(db, 'x', 'acme', summarize);
    expect(overview).toMatchObject({ others: 0, reposts: 1, own: { seen: 2 } });
    expect(overview.own.byCell['user-experience']).toBe(1);
  });

  it('clearing a brand deletes its posts and makes the popup forget it as the last brand; another brand stays', async () => {
    const db = await openDatabase();
    await savePosts(db, { platform: 'x', handle: 'other' }, [post('9', 'Our new store opens', { brand: 'other', author: 'other' })]);
    await savePosts(db, brand, [post('1', 'Our new store opens')]);
    expect(await clearBrand(db, 'x', 'acme')).toBe(1);
    expect(await postsOfBrand(db, 'x', 'acme')).toEqual([]);
    expect(await getSetting(db, 'lastBrand')).toBeUndefined();
    await savePosts(db, brand, [post('1', 'Our new store opens')]);
    await clearBrand(db, 'x', 'other');
    expect(await getSetting(db, 'lastBrand')).toEqual({ platform: 'x', handle: 'acme' });
  });

  it('retention forgets posts older than the cutoff, counts the brand again from what remains, and forgets a brand left empty', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [
      post('old', 'Shop now: 20% off', { publishedAt: '2025-01-10T10:00:00.000Z' }),
      post('new', 'Our new store opens', { publishedAt: '2026-01-10T10:00:00.000Z' }),
    ]);
    // No date on the page: it is as old as its recording.
    await savePosts(db, brand, [post('undated', 'Shop now', { publishedAt: undefined })], { now: new Date('2025-02-01T00:00:00Z') });
    const other = { platform: 'x' as const, handle: 'other' };
    await savePosts(db, other, [post('o1', 'Hello', { author: 'other', brand: 'other', publishedAt: '2024-12-01T10:00:00.000Z' })]);
    const cutoff = retentionCutoff(6, new Date('2026-01-20T00:00:00Z'));
    expect(cutoff.toISOString()).toBe('2025-07-20T00:00:00.000Z');
    expect(await forgetPostsBefore(db, cutoff)).toBe(3);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.id)).toEqual(['new']);
    const overview = await brandOverview(db, 'x', 'acme', summarize);
    expect(overview.own.seen).toBe(1);
    expect(overview.range).toEqual(['2026-01-10T10:00:00.000Z', '2026-01-10T10:00:00.000Z']);
    expect(await db.get('brands', ['x', 'other'])).toBeUndefined();
    expect(await db.get('tallies', ['x', 'other'])).toBeUndefined();
    expect(await getSetting(db, 'lastBrand')).toBeUndefined();
    expect(await forgetPostsBefore(db, cutoff)).toBe(0);
  });

  it('applies the retention at start-up at most once a day', async () => {
    const db = await openDatabase();
    const old = (id: string) => post(id, 'Shop now', { publishedAt: '2024-01-10T10:00:00.000Z' });
    await savePosts(db, brand, [old('1')]);
    expect(await applyRetention(db, 12, new Date('2026-03-01T08:00:00Z'))).toBe(1);
    await savePosts(db, brand, [old('2')]);
    expect(await applyRetention(db, 12, new Date('2026-03-01T20:00:00Z'))).toBe(0);
    expect(await applyRetention(db, 12, new Date('2026-03-02T08:00:00Z'))).toBe(1);
  });

  it('keeps a manual override through re-classification by a newer classifier', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Shop now: 20% off'), post('2', 'Our new store opens')]);
    await setOverride(db, ['x', '1'], { tag: 'experience', perspective: 'user' });
    const changed = await reclassify(db, 2, () => ({
      tag: 'broadcast',
      perspective: null,
      confidence: 1,
      invitesResponse: false,
      lang: 'en',
      cues: [],
    }));
    expect(changed).toBe(2);
    const [first, second] = await postsOfBrand(db, 'x', 'acme');
    expect(effective(first)).toMatchObject({ tag: 'experience', perspective: 'user', overridden: true });
    expect(first.classifierVersion).toBe(2);
    expect(effective(second)).toMatchObject({ tag: 'broadcast', overridden: false });
    expect(
      await reclassify(db, 2, () => {
        throw new Error('must not run for current posts');
      }),
    ).toBe(0);
  });
});

describe('the popup overview counted from the index', () => {
  it('equals summarize() over the posts themselves, overrides and other authors included', async () => {
    const db = await openDatabase();
    const texts = [
      'Our new store opens on Saturday.',
      'Shop now: 20% off!',
      'What do you think of our new logo? Let us know!',
      "Who's ready for the weekend? 🎉",
      '📸 by @jan: sunset at the beach',
      '🔥',
      'Vote for the next flavour!',
      'Invite a friend and you both get €10 off.',
    ];
    const posts = texts.flatMap((text, i) => [
      post(`own-${i}`, text, { publishedAt: `2026-0${1 + (i % 9)}-01T00:00:00.000Z` }),
      post(`other-${i}`, text, { fromBrand: false, author: 'fan' }),
    ]);
    posts.push(
      post('reply', '@jan Sorry! DM us your order number', {
        isReply: true,
        classification: classifyPost({ text: '@jan Sorry! DM us your order number', isReply: true, replyTo: 'jan' }),
      }),
    );
    await savePosts(db, brand, posts);
    await setOverride(db, ['x', 'own-0'], { tag: 'experience', perspective: 'user' });
    const stored = (await postsOfBrand(db, 'x', 'acme')).filter((p) => p.fromBrand);
    const overview = await brandOverview(db, 'x', 'acme', summarize);
    expect(overview.own).toEqual(summarize(stored.map((p) => ({ classification: effective(p) }))));
    expect(overview.others).toBe(texts.length);
    expect(overview.range).toEqual(['2026-01-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z']);
    expect((await ownPostsIn(db, 'x', 'acme', 'user-experience')).map((p) => p.id).sort()).toEqual(['own-0', 'own-4']);
    // The tally follows a re-classification and an import as well.
    await reclassify(db, 2, (p) => ({ ...p.classification, tag: p.id.endsWith('1') ? 'promotion' : p.classification.tag }));
    const backup = await exportAll(db);
    globalThis.indexedDB = new IDBFactory();
    const restored = await openDatabase();
    await importBackup(restored, backup);
    const again = (await postsOfBrand(restored, 'x', 'acme')).filter((p) => p.fromBrand);
    expect((await brandOverview(restored, 'x', 'acme', summarize)).own).toEqual(
      summarize(again.map((p) => ({ classification: effective(p) }))),
    );
  });
});

describe('migrations from every earlier schema version', () => {
  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'version %i opens as the current one with its posts intact',
    async (from) => {
      // A database as version `from` left it, built by the migrations of that time, with a post in it.
      const old = await openDB(DB_NAME, from, {
        upgrade(db, oldVersion, _newVersion, tx) {
          for (let v = oldVersion; v < from; v++) MIGRATIONS[v](db as never, tx as never);
        },
      });
      await old.put('posts', {
        ...post('old-1', 'Our new store opens on Saturday.'),
        override: null,
        firstSeen: '2025-01-01T00:00:00.000Z',
        lastSeen: '2025-01-01T00:00:00.000Z',
      });
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

describe('export and import', () => {
  it('round-trips everything', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Shop now: 20% off')]);
    await setOverride(db, ['x', '1'], { tag: 'promotion', perspective: null });
    const file = JSON.stringify(await exportAll(db));
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openDatabase();
    expect(await importBackup(fresh, parseBackup(file))).toEqual({ posts: 1, brands: 1 });
    expect((await postsOfBrand(fresh, 'x', 'acme'))[0].override?.tag).toBe('promotion');
  });

  it.each([
    ['not JSON', 'this is not json', /not JSON/, /geen JSON/],
    ['a foreign JSON file', JSON.stringify({ hello: 'world' }), /not a Zendmeter backup/, /geen back-up van Zendmeter/],
    [
      'a newer backup version',
      JSON.stringify({ format: 'zendmeter-backup', version: 9 }),
      /version 9; .* reads version 1/,
      /versie 9; .* leest versie 1/,
    ],
  ])('refuses %s with a clear message in English and Dutch', async (_, text, english, dutch) => {
    const refused = await refusal(async () => parseBackup(text));
    expect(refused.en).toMatch(english);
    expect(refused.nl).toMatch(dutch);
  });

  it('refuses a damaged backup, says where, and leaves the existing data untouched', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Shop now: 20% off')]);
    const backup = await exportAll(db);
    (backup.posts[0] as { classification: { tag: string } }).classification.tag = 'gossip';
    const refused = await refusal(async () => parseBackup(JSON.stringify(backup)));
    expect(refused.en).toMatch(/damaged at posts\.0\.classification\.tag \(.*"gossip".*\)\. Nothing was imported/);
    expect(refused.nl).toMatch(/beschadigd bij posts\.0\.classification\.tag/);
    expect(await postsOfBrand(db, 'x', 'acme')).toHaveLength(1);
  });

  it('tells the user the disk is full, and writes nothing, when the quota runs out half-way', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Our new store opens')]);
    const backup = await exportAll(db);
    backup.posts = ['a', 'b', 'c'].map((id) => ({ ...backup.posts[0], id }));
    const refused = await refusal(() => withDiskFullAt(2, () => importBackup(db, backup)));
    expect(refused.en).toMatch(/no room left/);
    expect(refused.nl).toMatch(/geen ruimte meer/);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.id)).toEqual(['1']);
  });

  it('writes nothing when the import fails half-way (a value it cannot store)', async () => {
    const db = await openDatabase();
    await savePosts(db, brand, [post('1', 'Our new store opens')]);
    const backup = await exportAll(db);
    backup.posts = [
      { ...backup.posts[0], id: 'new-1' },
      // IndexedDB cannot store a function: the second write fails after the first went through.
      { ...backup.posts[0], id: 'new-2', text: (() => 'x') as never },
    ];
    expect((await refusal(() => importBackup(db, backup))).en).toMatch(/^The import failed \(.+\)\. Nothing was imported/);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.id)).toEqual(['1']);
  });
});

/** The sentence an import's refusal shows, in each language. */
async function refusal(attempt: () => Promise<unknown>): Promise<Record<Lang, string>> {
  const error = await attempt().then(
    () => expect.fail('the import was not refused'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ImportError);
  const { problem, details } = error as ImportError;
  return { en: message('en', problem, ...details), nl: message('nl', problem, ...details) };
}
