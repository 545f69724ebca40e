/**
 * The background is where the heavy work runs: classification (compromise is
 * far too big for a content script) and storage. Content scripts send batches
 * of posts; pages ask for classifications and for the state of a page.
 */
import { browser } from 'wxt/browser';
import { classifyPost, CLASSIFIER_VERSION } from '@/src/classify/classify';
import { isClassifyRequest, isContentMessage, isPageStatusRequest, type ContentMessage, type LayoutWarning, type PageStatus, type PostsReceipt } from '@/src/messages';
import type { Classification } from '@/src/model/post';
import { isBrandPost } from '@/src/sites/extract';
import { withCustomCues } from '@/src/classify/lexicon';
import { customCuesSetting } from '@/src/settings';
import { openDatabase, reclassify, savePosts, type Database } from '@/src/store/db';

export default defineBackground(() => {
  /** The built-in lexicons plus the user's own cue words; every post is classified again when those change. */
  let lexicons = withCustomCues(undefined);
  const cuesLoaded = customCuesSetting.getValue().then((custom) => (lexicons = withCustomCues(custom)), () => lexicons);
  const classify = (post: Parameters<typeof classifyPost>[0]) => classifyPost(post, lexicons);
  customCuesSetting.watch(async (custom) => {
    lexicons = withCustomCues(custom);
    await reclassify(await db(), CLASSIFIER_VERSION, classify, true);
  });
  let database: Promise<Database> | undefined;
  // Posts classified by older rules are classified again once, when the database first opens; overrides stay.
  const db = () =>
    (database ??= openDatabase().then(async (opened) => {
      await cuesLoaded;
      await reclassify(opened, CLASSIFIER_VERSION, classify);
      return opened;
    }));
  /** The brand each tab's page is about, from its latest batch: what the popup shows. */
  const brandByTab = new Map<number, { platform: string; handle: string }>();
  /** Set when the browser refused a write for lack of room, until a write succeeds again. */
  let storageFull = false;
  /** The latest layout warning per page, for the popup to show instead of an empty grid. */
  const layoutWarnings = new Map<string, LayoutWarning>();

  async function receive(message: ContentMessage, tabId: number | undefined): Promise<PostsReceipt> {
    if (message.type === 'layout-warning') {
      layoutWarnings.set(message.url, message);
      return { ok: true };
    }
    if (message.type === 'adapter-failure') {
      console.warn('Zendmeter could not read some posts on', message.url, message.failures);
      return { ok: true };
    }
    layoutWarnings.delete(message.url);
    if (tabId !== undefined && message.brand) brandByTab.set(tabId, { platform: message.platform, handle: message.brand.handle });
    const byBrand = new Map<string, typeof message.posts>();
    for (const post of message.posts) {
      const brand = message.brand?.handle ?? post.author ?? 'unknown';
      byBrand.set(brand, [...(byBrand.get(brand) ?? []), post]);
    }
    let added = 0;
    const classifications: Record<string, Classification> = {};
    for (const [handle, posts] of byBrand) {
      const brand = message.brand?.handle === handle ? message.brand : { handle, name: posts.find((post) => post.author === handle)?.authorName };
      const stored = posts.map((post) => ({
        ...post,
        brand: handle,
        fromBrand: isBrandPost(post, brand),
        classification: (classifications[post.id] = classify(post)),
        classifierVersion: CLASSIFIER_VERSION,
      }));
      try {
        added += (await savePosts(await db(), { ...brand, platform: message.platform }, stored)).added;
        storageFull = false;
      } catch (error) {
        // Nothing of the batch was written (one transaction); the content script sends it again later.
        storageFull = (error as DOMException).name === 'QuotaExceededError';
        throw error;
      }
    }
    return { ok: true, added, classifications } satisfies PostsReceipt;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (isClassifyRequest(message)) {
      sendResponse({ classifications: message.posts.map((post) => classify(post)) });
      return true;
    }
    if (isContentMessage(message)) {
      receive(message, sender.tab?.id).then(sendResponse, (error: Error) => sendResponse({ ok: false, error: error.message }));
      return true;
    }
    if (isPageStatusRequest(message)) {
      sendResponse({ layoutWarning: layoutWarnings.get(message.url) ?? null, brand: brandByTab.get(message.tabId) ?? null, storageFull } satisfies PageStatus);
      return true;
    }
    return false;
  });
});
