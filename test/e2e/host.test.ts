/** The host page never slows down: 500 posts added in batches while scrolling, and not one long task (> 50 ms). */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, launchWithExtension, readStore, waitUntil } from '@/src/cli/chromium';
import { HOST_URL, hostPage } from '@/src/cli/host-page';

const POSTS = 500;

describe.skipIf(!canRunBrowser)('host page in Chromium (skipped without /usr/bin/chromium or the build)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await launchWithExtension());
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
    expect(await page.evaluate(() => (window as { __longTasks?: number[] }).__longTasks)).toEqual([]);
    await waitUntil(async () => (await readStore(context, 'posts')).length === POSTS, 30_000);
    expect(await page.evaluate(() => (window as { __longTasks?: number[] }).__longTasks)).toEqual([]);
  });
});
