/**
 * The host page never slows down: from the content script's injection on,
 * while 500 posts are added in batches and scrolled, not one long task
 * (> 50 ms) on the page; also when the extension's service worker was asleep
 * and wakes (compromise and all) as the first posts arrive, and with the
 * inline badges on (a shadow root added to every post).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { canRunBrowser, launchWithExtension, readStore, settled, waitUntil } from '../harness/chromium';
import { HOST_URL, hostPage, type LongTask } from '../harness/host-page';
import type { browser } from 'wxt/browser';

const POSTS = 500;

/** Chromium stops an idle service worker after 30 s; this does it now. */
async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe.skipIf(!canRunBrowser)('host page in Chromium (skipped without /usr/bin/chromium or the build)', () => {
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
  });

  it.each([
    { when: 'service worker running', asleep: false, badges: false },
    { when: 'service worker asleep', asleep: true, badges: false },
    { when: 'badges on', asleep: false, badges: true },
  ])(`reads all ${POSTS} posts without a single long task on the page ($when)`, async ({ asleep, badges }) => {
    ({ context } = await launchWithExtension());
    await settled(context);
    // The key WXT storage gives badgesSetting ('local:badges').
    if (badges)
      await context
        .serviceWorkers()[0]
        .evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ badges: true }));
    await context.route(/^https?:\/\//, (route) =>
      route.request().url() === HOST_URL ? route.fulfill({ contentType: 'text/html', body: hostPage(POSTS) }) : route.abort(),
    );
    // A mark the worker loses if it is stopped and started again.
    await context.serviceWorkers()[0].evaluate(() => Object.assign(globalThis, { markedBeforeThePage: true }));
    const page = await context.newPage();
    if (asleep) await stopServiceWorker(context, page);
    await page.goto(HOST_URL);
    await page.waitForFunction(() => (window as { __done?: boolean }).__done, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const longTasks = await page.evaluate(() => (window as { __longTasks?: LongTask[] }).__longTasks ?? []);
    expect(longTasks).toEqual([]);
    await waitUntil(async () => (await readStore(context!, 'posts')).length === POSTS, 30_000);
    expect(await page.locator('[data-zendmeter-badge]').count()).toBe(badges ? POSTS : 0);
    const restarted = await context.serviceWorkers()[0].evaluate(() => !('markedBeforeThePage' in globalThis));
    expect(restarted).toBe(asleep);
  });
});
