import { describe, expect, it } from 'vitest';
import { classifyPost, CLASSIFIER_VERSION } from '@/src/classify/classify';
import { summarize } from '@/src/score/summarize';
import { brandOverview } from '@/src/store/tally';
import { applyRetention, clearBrand, forgetPostsBefore, retentionCutoff, reclassify, savePosts, setOverride } from '@/src/store/write';
import { openDatabase } from '@/src/store/schema';
import { pagesRead, getSetting, postsOfBrand } from '@/src/store/query';
import { ACME, emptyDatabaseEachTest, newPost as post } from '../harness/store';
import { effective } from '@/src/model/override';

emptyDatabaseEachTest();

describe('storage', () => {
  it('stores a post seen twice once, and remembers the last brand seen', async () => {
    const db = await openDatabase();
    expect(await savePosts(db, ACME, [post('1', 'Shop now: 20% off'), post('2', 'Our new store opens')])).toMatchObject({ added: 2 });
    const again = await savePosts(db, ACME, [post('1', 'Shop now: 20% off', { counts: { likes: 9 } })]);
    expect(again.added).toBe(0);
    // It gives back the post as stored, with its latest counts.
    expect(again.posts.map((p) => [p.id, p.counts.likes])).toEqual([['1', 9]]);
    const stored = await postsOfBrand(db, 'x', 'acme');
    expect(stored).toHaveLength(2);
    expect(stored.find((p) => p.id === '1')!.counts.likes).toBe(9);
    expect(await getSetting(db, 'lastBrand')).toEqual({ platform: 'x', handle: 'acme' });
  });

  it('keeps the pages read, most recent first, with the posts each added over its visits', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [post('1', 'Our new store opens')], { page: 'https://x.com/acme', now: new Date('2026-02-01T10:00:00Z') });
    await savePosts(db, ACME, [post('2', 'Shop now')], { page: 'https://x.com/acme/with_replies', now: new Date('2026-02-01T11:00:00Z') });
    await savePosts(db, ACME, [post('1', 'Our new store opens'), post('3', 'Hello')], {
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
    expect(
      await savePosts(db, ACME, [post('1', 'Shop now: 20% off'), post('1', 'Shop now: 20% off', { counts: { likes: 3 } })]),
    ).toMatchObject({ added: 1, posts: [expect.objectContaining({ id: '1' })] });
    expect((await brandOverview(db, 'x', 'acme', summarize)).own.seen).toBe(1);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.counts.likes)).toEqual([3]);
  });

  it("counts reposts stored before they were the brand's own once the classifier is newer, and says how many", async () => {
    const db = await openDatabase();
    const repost = post('r', 'Love my new shoes!', { author: 'fan', isRepost: true, fromBrand: false });
    await savePosts(db, ACME, [post('1', 'Our new store opens'), repost]);
    expect(await brandOverview(db, 'x', 'acme', summarize)).toMatchObject({ others: 1, reposts: 0, own: { seen: 1 } });
    await reclassify(db, CLASSIFIER_VERSION, (stored) => classifyPost(stored));
    const overview = await brandOverview(db, 'x', 'acme', summarize);
    expect(overview).toMatchObject({ others: 0, reposts: 1, own: { seen: 2 } });
    expect(overview.own.byCell['user-experience']).toBe(1);
  });

  it('clearing a brand deletes its posts and makes the popup forget it as the last brand; another brand stays', async () => {
    const db = await openDatabase();
    await savePosts(db, { platform: 'x', handle: 'other' }, [post('9', 'Our new store opens', { brand: 'other', author: 'other' })]);
    await savePosts(db, ACME, [post('1', 'Our new store opens')]);
    expect(await clearBrand(db, 'x', 'acme')).toBe(1);
    expect(await postsOfBrand(db, 'x', 'acme')).toEqual([]);
    expect(await getSetting(db, 'lastBrand')).toBeUndefined();
    await savePosts(db, ACME, [post('1', 'Our new store opens')]);
    await clearBrand(db, 'x', 'other');
    expect(await getSetting(db, 'lastBrand')).toEqual({ platform: 'x', handle: 'acme' });
  });

  it('retention forgets posts older than the cutoff, counts the brand again from what remains, and forgets a brand left empty', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [
      post('old', 'Shop now: 20% off', { publishedAt: '2025-01-10T10:00:00.000Z' }),
      post('new', 'Our new store opens', { publishedAt: '2026-01-10T10:00:00.000Z' }),
    ]);
    // No date on the page: it is as old as its recording.
    await savePosts(db, ACME, [post('undated', 'Shop now', { publishedAt: undefined })], { now: new Date('2025-02-01T00:00:00Z') });
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
    await savePosts(db, ACME, [old('1')]);
    expect(await applyRetention(db, 12, new Date('2026-03-01T08:00:00Z'))).toBe(1);
    await savePosts(db, ACME, [old('2')]);
    expect(await applyRetention(db, 12, new Date('2026-03-01T20:00:00Z'))).toBe(0);
    expect(await applyRetention(db, 12, new Date('2026-03-02T08:00:00Z'))).toBe(1);
  });

  it('keeps a manual override through re-classification by a newer classifier', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [post('1', 'Shop now: 20% off'), post('2', 'Our new store opens')]);
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
