/**
 * A home feed in Chromium: the background keeps what is on screen for the popup of the moment, and
 * nothing of it is stored, nor does any author of it become a brand. (The popup's own rendering of a
 * feed needs the address of the active tab, which only a click on the toolbar icon grants; no test
 * can give that click.)
 */
import { describe, expect, it } from 'vitest';
import type { StoredPost } from '@/src/store/schema';
import { canRunBrowser, launchWithExtension, pageStatuses, readStore } from '../harness/chromium';
import { hasSharedFixtures } from '../sites/fixtures';
import { routeSavedPages } from '../harness/saved-pages';

const HOME = 'https://x.com/home';

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
});
