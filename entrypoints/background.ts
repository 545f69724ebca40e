/**
 * The background is where the heavy work runs: classification (compromise is
 * far too big for a content script) and storage. Content scripts send batches
 * of posts; pages ask for classifications and for the state of a page.
 */
import { browser } from 'wxt/browser';
import { classifyPost, CLASSIFIER_VERSION } from '@/src/classify/classify';
import { loadEnglishTagger } from '@/src/classify/english';
import {
  isClassifyRequest,
  isContentMessage,
  isPageStatusRequest,
  type ContentMessage,
  type FeedView,
  type LayoutWarning,
  type PageStatus,
  type PostsBatch,
  type PostsReceipt,
} from '@/src/messages';
import { summarize } from '@/src/score/summarize';
import { badgeTagOf, languagesWithoutCues, needsCheck, type BadgeTag, type Override } from '@/src/model/override';
import type { Classification } from '@/src/model/post';
import { isBrandPost, type BrandKey } from '@/src/model/post';
import { withCustomCues } from '@/src/classify/lexicon';
import { customCuesSetting, recordingPausedSetting, retentionMonthsSetting } from '@/src/settings';
import { applyRetention, reclassify, savePosts } from '@/src/store/write';
import { openDatabase, type Database } from '@/src/store/schema';

/** A feed is kept in memory only while its tab shows it; this bounds it on an endless scroll. */
const MAX_FEED_POSTS = 5000;

/** What each post's badge says, by id. */
function badgesOf(posts: readonly { id: string; classification: Classification; override?: Override | null }[]): Record<string, BadgeTag> {
  return Object.fromEntries(posts.map((post) => [post.id, badgeTagOf(post)]));
}

export default defineBackground(() => {
  /** The built-in lexicons plus the user's own cue words; every post is classified again when those change. */
  let lexicons = withCustomCues(undefined);
  const cuesLoaded = customCuesSetting.getValue().then(
    (custom) => (lexicons = withCustomCues(custom)),
    () => lexicons,
  );
  const classify = (post: Parameters<typeof classifyPost>[0]) => classifyPost(post, lexicons);
  customCuesSetting.watch(async (custom) => {
    lexicons = withCustomCues(custom);
    await reclassify(await db(), CLASSIFIER_VERSION, classify, true);
  });
  let database: Promise<Database> | undefined;
  // When the database first opens, posts classified by older rules are classified again (overrides stay)
  // and the user's retention forgets what has grown too old since the last start.
  const db = () =>
    (database ??= openDatabase().then(async (opened) => {
      await Promise.all([cuesLoaded, loadEnglishTagger()]);
      await reclassify(opened, CLASSIFIER_VERSION, classify);
      const months = await retentionMonthsSetting.getValue();
      if (months) await applyRetention(opened, months);
      return opened;
    }));
  /** The brand each tab's page is about, from its latest batch: what the popup shows. */
  const brandByTab = new Map<number, BrandKey>();
  /** The user's pause: batches are classified for the page, nothing is stored. */
  let paused = false;
  const pauseLoaded = recordingPausedSetting.getValue().then(
    (value) => (paused = value),
    () => paused,
  );
  recordingPausedSetting.watch((value) => (paused = value));
  /** Set when the browser refused a write for lack of room, until a write succeeds again. */
  let storageFull = false;
  /** The latest layout warning per page, for the popup to show instead of an empty grid. */
  const layoutWarnings = new Map<string, LayoutWarning>();
  /**
   * What each tab's feed page showed: a feed mixes accounts and is the user's own, so it is classified
   * for the popup of the moment and never stored, and no author of it becomes a brand.
   */
  const feedByTab = new Map<
    number,
    { url: string; platform: PostsBatch['platform']; posts: Map<string, { author?: string; classification: Classification }> }
  >();

  function seeFeed(message: PostsBatch, tabId: number | undefined): PostsReceipt {
    const classifications: Record<string, Classification> = {};
    for (const post of message.posts) classifications[post.id] = classify(post);
    const badges = badgesOf(message.posts.map((post) => ({ id: post.id, classification: classifications[post.id] })));
    if (tabId === undefined) return { ok: true, added: 0, badges };
    brandByTab.delete(tabId);
    let feed = feedByTab.get(tabId);
    if (feed?.url !== message.url) {
      feed = { url: message.url, platform: message.platform, posts: new Map() };
      feedByTab.set(tabId, feed);
    }
    for (const post of message.posts)
      if (feed.posts.size < MAX_FEED_POSTS) feed.posts.set(post.id, { author: post.author, classification: classifications[post.id] });
    return { ok: true, added: 0, badges };
  }

  function feedView(tabId: number, url: string): FeedView | null {
    const feed = feedByTab.get(tabId);
    if (!feed || feed.url !== url) return null;
    const posts = [...feed.posts.values()];
    return {
      platform: feed.platform,
      accounts: new Set(posts.map((post) => post.author)).size,
      summary: summarize(posts),
      unsure: posts.filter(needsCheck).length,
      withoutCues: Object.fromEntries(languagesWithoutCues(posts)),
    };
  }

  async function receive(message: ContentMessage, tabId: number | undefined): Promise<PostsReceipt> {
    if (message.type === 'layout-warning') {
      layoutWarnings.set(message.url, message);
      return { ok: true };
    }
    if (message.type === 'adapter-failure') {
      console.warn('Zendmeter could not read some posts on', message.url, message.failures);
      return { ok: true };
    }
    // Posts arriving answer a warning that there were none, not one that they come without text.
    if (layoutWarnings.get(message.url)?.problem === 'no posts') layoutWarnings.delete(message.url);
    // Loaded with the first posts, not when the worker starts: waking it for the popup's question stays quick.
    await loadEnglishTagger();
    const { brand } = message;
    if (!brand) return seeFeed(message, tabId);
    if (tabId !== undefined) {
      brandByTab.set(tabId, { platform: message.platform, handle: brand.handle });
      feedByTab.delete(tabId);
    }
    await pauseLoaded;
    if (paused)
      return { ok: true, added: 0, badges: badgesOf(message.posts.map((post) => ({ id: post.id, classification: classify(post) }))) };
    const stored = message.posts.map((post) => ({
      ...post,
      brand: brand.handle,
      fromBrand: isBrandPost(post, brand),
      classification: classify(post),
      classifierVersion: CLASSIFIER_VERSION,
    }));
    try {
      const saved = await savePosts(await db(), { ...brand, platform: message.platform }, stored, { page: message.url });
      storageFull = false;
      // The badges say what the popup counts: a post seen before keeps its stored tag, and a tag set by hand wins.
      return { ok: true, added: saved.added, badges: badgesOf(saved.posts) } satisfies PostsReceipt;
    } catch (error) {
      // Nothing of the batch was written (one transaction); the content script sends it again later.
      storageFull = (error as DOMException).name === 'QuotaExceededError';
      throw error;
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (isClassifyRequest(message)) {
      loadEnglishTagger().then(
        () => sendResponse({ classifications: message.posts.map((post) => classify(post)) }),
        (error: Error) => sendResponse({ error: error.message }),
      );
      return true;
    }
    if (isContentMessage(message)) {
      receive(message, sender.tab?.id).then(sendResponse, (error: Error) => sendResponse({ ok: false, error: error.message }));
      return true;
    }
    if (isPageStatusRequest(message)) {
      sendResponse({
        layoutWarning: layoutWarnings.get(message.url) ?? null,
        brand: brandByTab.get(message.tabId) ?? null,
        feed: feedView(message.tabId, message.url),
        storageFull,
        paused,
      } satisfies PageStatus);
      return true;
    }
    return false;
  });
});
