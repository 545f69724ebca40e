/** The popup's overview, counted from the tally records rather than by reading every post. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { exportAll, importBackup } from '@/src/store/backup';
import { summarize } from '@/src/score/summarize';
import { brandOverview } from '@/src/store/tally';
import { reclassify, savePosts, setOverride } from '@/src/store/write';
import { openDatabase } from '@/src/store/schema';
import { ownPostsIn, postsOfBrand } from '@/src/store/query';
import { ACME, emptyDatabaseEachTest, newPost as post } from '../harness/store';
import { effective, needsCheck } from '@/src/model/override';

emptyDatabaseEachTest();

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
    await savePosts(db, ACME, posts);
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

describe('the tags to check, counted from the tally', () => {
  it('counts the own posts whose tag the classifier was unsure of, until someone sets them or a surer classifier tags them', async () => {
    const db = await openDatabase();
    const sure = (text: string) => ({ ...classifyPost({ text }), confidence: 0.9 });
    const unsure = (text: string) => ({ ...classifyPost({ text }), tag: 'broadcast' as const, perspective: null, confidence: 0.4 });
    await savePosts(db, ACME, [
      post('a', 'Our new store opens on Saturday.', { classification: sure('Our new store opens on Saturday.') }),
      post('b', 'Mondays, huh.', { classification: unsure('Mondays, huh.') }),
      post('c', 'Back to the office.', { classification: unsure('Back to the office.') }),
      post('d', 'Mondays, huh.', { classification: unsure('Mondays, huh.'), fromBrand: false, author: 'fan' }),
    ]);
    const stored = await postsOfBrand(db, 'x', 'acme');
    expect((await brandOverview(db, 'x', 'acme', summarize)).unsure).toBe(stored.filter((p) => p.fromBrand && needsCheck(p)).length);
    expect((await brandOverview(db, 'x', 'acme', summarize)).unsure).toBe(2);
    // Confirming a tag (the same tag, set by hand) takes it off the count; the grid counts stay as they were.
    const before = (await brandOverview(db, 'x', 'acme', summarize)).own;
    await setOverride(db, ['x', 'b'], { tag: 'broadcast', perspective: null });
    expect(await brandOverview(db, 'x', 'acme', summarize)).toMatchObject({ unsure: 1, own: { byCell: before.byCell } });
    expect((await ownPostsIn(db, 'x', 'acme', 'brand-communication')).map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    await reclassify(db, 2, (p) => ({ ...p.classification, confidence: 0.95 }));
    expect((await brandOverview(db, 'x', 'acme', summarize)).unsure).toBe(0);
  });
});

describe('the posts tagged by form alone, counted from the tally', () => {
  it('counts own posts per language without cue words, until someone sets their tag', async () => {
    const db = await openDatabase();
    const inLanguage = (lang: string) => ({ ...classifyPost({ text: 'Texte.' }), tag: 'broadcast' as const, perspective: null, lang });
    await savePosts(db, ACME, [
      post('a', 'Un.', { classification: inLanguage('fr') }),
      post('b', 'Deux.', { classification: inLanguage('fr') }),
      post('c', 'Eins.', { classification: inLanguage('de') }),
      post('d', 'One.', { classification: inLanguage('en') }),
      post('e', 'Trois.', { classification: inLanguage('fr'), fromBrand: false, author: 'fan' }),
    ]);
    const withoutCues = async () => Object.fromEntries((await brandOverview(db, 'x', 'acme', summarize)).withoutCues);
    expect(await withoutCues()).toEqual({ fr: 2, de: 1 });
    await setOverride(db, ['x', 'c'], { tag: 'broadcast', perspective: null });
    expect(await withoutCues()).toEqual({ fr: 2 });
    // Read again, say by a classifier that knows German and French, they count no more.
    await reclassify(db, 2, (p) => ({ ...p.classification, lang: 'en' }));
    expect(await withoutCues()).toEqual({});
  });
});
