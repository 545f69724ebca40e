import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import type { ClassifyResponse, PostsBatch } from '@/src/messages';
import { getSetting, postsOfBrand } from '@/src/store/query';
import { openDatabase } from '@/src/store/schema';
import { savePosts, setOverride } from '@/src/store/write';
import { classifyPost, CLASSIFIER_VERSION } from '@/src/classify/classify';
import { withDiskFullAt } from './harness/store';
import { scrapedPost } from './harness/posts';
import { recordingPausedSetting, retentionMonthsSetting } from '@/src/settings';

describe('background classification service', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    background.main();
  });
  it('answers posts sent by pages and content scripts with one classification each', async () => {
    const response = (await browser.runtime.sendMessage({
      type: 'classify',
      posts: [{ text: 'Shop now: 20% off!' }, { text: '🔥' }],
    })) as ClassifyResponse;
    expect(response.classifications.map((c) => c.tag)).toEqual(['promotion', 'unknown']);
  });
  it('leaves messages that are not for it alone', async () => {
    await expect(browser.runtime.sendMessage({ type: 'classify', posts: [{ body: 'no text' }] })).resolves.toBeUndefined();
  });

  it('when the disk is full, stores nothing of the batch, tells the popup, and takes the batch when it comes again', async () => {
    const post = (id: string) => scrapedPost(id);
    const batch: PostsBatch = {
      type: 'posts',
      url: 'https://x.com/acme',
      platform: 'x',
      brand: { handle: 'acme', name: 'Acme' },
      posts: [post('1'), post('2'), post('3')],
    };
    const status = { type: 'page-status', tabId: 1, url: batch.url };
    expect(await withDiskFullAt(2, () => browser.runtime.sendMessage(batch))).toMatchObject({ ok: false });
    expect(await browser.runtime.sendMessage(status)).toMatchObject({ storageFull: true });
    expect(await postsOfBrand(await openDatabase(), 'x', 'acme')).toEqual([]);
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({ ok: true, added: 3 });
    expect(await browser.runtime.sendMessage(status)).toMatchObject({ storageFull: false });
  });

  it('badges a post seen again with the tag the popup counts: the one set by hand, not a fresh guess', async () => {
    const batch: PostsBatch = {
      type: 'posts',
      url: 'https://x.com/acme',
      platform: 'x',
      brand: { handle: 'acme', name: 'Acme' },
      posts: [scrapedPost('1', { text: 'Our new store opens on Saturday.' })],
    };
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({ badges: { 1: { tag: 'broadcast', setByHand: false } } });
    await setOverride(await openDatabase(), ['x', '1'], { tag: 'promotion', perspective: null });
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({
      badges: { 1: { tag: 'promotion', setByHand: true, unsure: false, cues: [] } },
    });
  });

  it('keeps nothing of a feed: no post stored, no author made a brand, no last brand', async () => {
    const post = (id: string, author: string) => scrapedPost(id, { author });
    const feed: PostsBatch = {
      type: 'posts',
      url: 'https://x.com/home',
      platform: 'x',
      brand: null,
      posts: [post('1', 'anna'), post('2', 'tom'), post('3', 'anna')],
    };
    const receipt = await browser.runtime.sendMessage(feed);
    expect(receipt).toMatchObject({ ok: true, added: 0 });
    expect(Object.keys((receipt as { badges: object }).badges)).toEqual(['1', '2', '3']);
    const db = await openDatabase();
    expect(await db.count('posts')).toBe(0);
    expect(await db.count('brands')).toBe(0);
    expect(await getSetting(db, 'lastBrand')).toBeUndefined();
    expect(await browser.runtime.sendMessage({ type: 'page-status', tabId: 1, url: feed.url })).toMatchObject({ brand: null, feed: null });
  });

  it("counts a feed's tags the classifier was unsure of and those read without cue words, for the popup of the moment", async () => {
    const feed: PostsBatch = {
      type: 'posts',
      url: 'https://x.com/home',
      platform: 'x',
      brand: null,
      posts: [
        scrapedPost('1', {
          author: 'anna',
          text: 'Notre nouveau magasin ouvre ses portes samedi au centre-ville, venez découvrir la collection.',
        }),
        scrapedPost('2', { author: 'tom', text: 'Big sale: 50% off everything, shop now!' }),
      ],
    };
    // A feed is kept per tab, and only the browser says which tab a content script's message comes from.
    await new Promise((resolve) => fakeBrowser.runtime.onMessage.trigger(feed, { tab: { id: 7 } as Browser.tabs.Tab }, resolve));
    const status = await browser.runtime.sendMessage({ type: 'page-status', tabId: 7, url: feed.url });
    const unsure = feed.posts.filter((post) => classifyPost(post).confidence < 0.6).length;
    expect(unsure, 'the French post is a tag the classifier is unsure of').toBeGreaterThan(0);
    expect(status).toMatchObject({ feed: { accounts: 2, unsure, withoutCues: { fr: 1 } } });
  });

  it('stores nothing while the user paused the recording, and stores again once it is resumed', async () => {
    const post = scrapedPost('1', { text: 'Our new store opens' });
    const batch: PostsBatch = { type: 'posts', url: 'https://x.com/acme', platform: 'x', brand: { handle: 'acme' }, posts: [post] };
    await recordingPausedSetting.setValue(true);
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({ ok: true, added: 0, badges: { 1: { tag: 'broadcast' } } });
    expect(await browser.runtime.sendMessage({ type: 'page-status', tabId: 1, url: batch.url })).toMatchObject({ paused: true });
    expect(await postsOfBrand(await openDatabase(), 'x', 'acme')).toEqual([]);
    await recordingPausedSetting.setValue(false);
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({ ok: true, added: 1 });
  });

  it('forgets, when it starts, the posts older than the retention the user chose', async () => {
    const post = (id: string, publishedAt: string) => scrapedPost(id, { text: 'Our new store opens', publishedAt });
    const old = post('old', new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString());
    const stored = { ...old, brand: 'acme', fromBrand: true, classification: classifyPost(old), classifierVersion: CLASSIFIER_VERSION };
    await savePosts(await openDatabase(), { platform: 'x', handle: 'acme' }, [stored]);
    await retentionMonthsSetting.setValue(12);
    const batch: PostsBatch = {
      type: 'posts',
      url: 'https://x.com/acme',
      platform: 'x',
      brand: { handle: 'acme' },
      posts: [post('new', new Date().toISOString())],
    };
    expect(await browser.runtime.sendMessage(batch)).toMatchObject({ ok: true, added: 1 });
    expect((await postsOfBrand(await openDatabase(), 'x', 'acme')).map((p) => p.id)).toEqual(['new']);
  });
});
