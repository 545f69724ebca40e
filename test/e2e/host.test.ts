/**
 * The host page never slows down: from the content script's injection on,
 * while 500 posts are added in batches and scrolled, not one long task
 * (> 50 ms) on the page.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, launchWithExtension, readStore, settled, waitUntil } from '@/src/cli/chromium';
import { HOST_URL, hostPage, type LongTask } from '@/src/cli/host-page';

const POSTS = 500;

describe.skipIf(!canRunBrowser)('host page in Chromium (skipped without /usr/bin/chromium or the build)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await launchWithExtension());
    await settled(context);
    await context.route(/^https?:\/\//, (route) => (route.request().url() === HOST_URL ? route.fulfill({ contentType: 'text/html', body: hostPage(POSTS) }) : route.abort()));
  });
  afterAll(async () => {
    await context?.close();
  });

  it(`reads all ${POSTS} posts without a single long task on the page`, async () => {
    const page = await context.newPage();
    await page.goto(HOST_URL);
    await page.waitForFunction(() => (window as { __done?: boolean }).__done, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const longTasks = await page.evaluate(() => (window as { __longTasks?: LongTask[] }).__longTasks ?? []);
    expect(longTasks).toEqual([]);
    await waitUntil(async () => (await readStore(context, 'posts')).length === POSTS, 30_000);
  });
});
