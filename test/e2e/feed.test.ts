/**
 * A home feed in Chromium: the background keeps what is on screen for the popup of the moment, and
 * nothing of it is stored, nor does any author of it become a brand. The popup learns the feed's tab
 * from the toolbar click that opens it, which no test can give: the test hands it that tab instead.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { languagesWithoutCues, needsCheck } from '@/src/model/override';
import { extractPosts } from '@/src/sites/extract';
import { prepareSavedPage } from '@/src/sites/saved-page';
import type { StoredPost } from '@/src/store/schema';
import { canRunBrowser, launchWithExtension, pageStatuses, readStore } from '../harness/chromium';
import { hasSharedFixtures, sharedHtml } from '../sites/fixtures';
import { routeSavedPages } from '../harness/saved-pages';
import '../harness/english-tagger';

const HOME = 'https://x.com/home';
const DISCOVER = 'https://bsky.app/';

describe.skipIf(!canRunBrowser || !hasSharedFixtures)('a feed in Chromium (skipped without Chromium, the build or ../shared)', () => {
  it('is classified for the moment and never stored', async () => {
    const { context, extensionId } = await launchWithExtension();
    try {
      await routeSavedPages(context, { [HOME]: 'x/brocc_x-home.html' });
      const tab = await context.newPage();
      await tab.goto(HOME);
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      // The browser opens a blank tab too: the feed's tab is the one whose page status shows posts seen.
      const feedTab = async () =>
        (await pageStatuses(extensionPage, HOME)).find(({ status }) => (status?.feed?.summary.seen ?? 0) > 0)?.tabId ?? null;
      await expect.poll(feedTab, { timeout: 10_000 }).not.toBeNull();
      expect(await readStore<StoredPost>(context, 'posts')).toEqual([]);
      expect(await readStore(context, 'brands')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows in the popup how many of the feed's tags to take with care: unsure ones, and those read without cue words", async () => {
    const fixture = 'bluesky/brocc_bsky-feed.html';
    const { document } = parseHTML(prepareSavedPage(sharedHtml(fixture)));
    const read = extractPosts(document as unknown as Document, new URL(DISCOVER)).posts.map((post) => ({
      classification: classifyPost(post),
    }));
    const unsure = read.filter(needsCheck).length;
    const languages = languagesWithoutCues(read);
    expect(unsure, 'the saved Discover feed holds tags the classifier is unsure of').toBeGreaterThan(0);
    expect(Object.fromEntries(languages), 'and posts in Portuguese and Swedish').toEqual({ pt: 1, sv: 1 });
    const { context, extensionId } = await launchWithExtension();
    try {
      await routeSavedPages(context, { [DISCOVER]: fixture });
      const tab = await context.newPage();
      await tab.goto(DISCOVER);
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
      const feedTab = async () =>
        (await pageStatuses(extensionPage, DISCOVER)).find(({ status }) => status?.feed?.summary.seen === read.length)?.tabId ?? null;
      await expect.poll(feedTab, { timeout: 10_000 }).not.toBeNull();
      const tabId = await feedTab();
      const popup = await context.newPage();
      // What the click on the toolbar icon tells the popup: the active tab is the feed's.
      await popup.addInitScript(
        ([id, url]) => {
          (globalThis as unknown as { chrome: { tabs: { query: () => Promise<unknown[]> } } }).chrome.tabs.query = async () => [
            { id, url },
          ];
        },
        [tabId, DISCOVER] as const,
      );
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect.poll(() => popup.locator('.brand').textContent()).toContain(`${read.length} posts seen`);
      expect(await popup.locator('.brand .unsure-note').allTextContents()).toEqual([
        `${unsure} tags the classifier was unsure of, not checked by hand.`,
        '2 posts tagged by their form alone (questions, links, prices, replies): Zendmeter has no cue words for Portuguese and Swedish.',
      ]);
    } finally {
      await context.close();
    }
  });
});
