/** Export everything and import it back; refuse a bad file with a clear sentence and change nothing. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportAll, importBackup, ImportError, parseBackup } from '@/src/store/backup';
import { savePosts, setOverride } from '@/src/store/write';
import { openDatabase } from '@/src/store/schema';
import { postsOfBrand } from '@/src/store/query';
import { ACME, emptyDatabaseEachTest, newPost as post, withDiskFullAt } from '../harness/store';
import type { Lang } from '@/src/model/model';
import { message } from '@/src/ui/messages';

emptyDatabaseEachTest();

describe('export and import', () => {
  it('round-trips everything', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [post('1', 'Shop now: 20% off')]);
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
    await savePosts(db, ACME, [post('1', 'Shop now: 20% off')]);
    const backup = await exportAll(db);
    (backup.posts[0] as { classification: { tag: string } }).classification.tag = 'gossip';
    const refused = await refusal(async () => parseBackup(JSON.stringify(backup)));
    expect(refused.en).toMatch(/damaged at posts\.0\.classification\.tag \(.*"gossip".*\)\. Nothing was imported/);
    expect(refused.nl).toMatch(/beschadigd bij posts\.0\.classification\.tag/);
    expect(await postsOfBrand(db, 'x', 'acme')).toHaveLength(1);
  });

  it('tells the user the disk is full, and writes nothing, when the quota runs out half-way', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [post('1', 'Our new store opens')]);
    const backup = await exportAll(db);
    backup.posts = ['a', 'b', 'c'].map((id) => ({ ...backup.posts[0], id }));
    const refused = await refusal(() => withDiskFullAt(2, () => importBackup(db, backup)));
    expect(refused.en).toMatch(/no room left/);
    expect(refused.nl).toMatch(/geen ruimte meer/);
    expect((await postsOfBrand(db, 'x', 'acme')).map((p) => p.id)).toEqual(['1']);
  });

  it('writes nothing when the import fails half-way (a value it cannot store)', async () => {
    const db = await openDatabase();
    await savePosts(db, ACME, [post('1', 'Our new store opens')]);
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
