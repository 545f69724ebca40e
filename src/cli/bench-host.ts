/**
 * What the content script costs its host page: the page's main-thread task
 * time (CDP Performance metrics) while 500 posts are added and read, with the
 * extension minus without it, per 100 posts, content-script start-up included;
 * and the long tasks seen.
 */
import type { BrowserContext } from 'playwright-core';
import { canRunBrowser, launchWithExtension, launchWithoutExtension, settled } from './chromium';
import { GROWTH, HOST_URL, hostPage, type LongTask } from './host-page';

const POSTS = 500;
const RUNS = 3;

async function mainThreadMs(context: BrowserContext): Promise<{ ms: number; longTasks: LongTask[] }> {
  await context.route(/^https?:\/\//, (route) => (route.request().url() === HOST_URL ? route.fulfill({ contentType: 'text/html', body: hostPage(POSTS) }) : route.abort()));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(HOST_URL);
  await page.waitForFunction(() => (window as { __done?: boolean }).__done, undefined, { timeout: 30_000 });
  // Let the content script finish its idle-time reading.
  await page.waitForTimeout(1500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const longTasks = await page.evaluate(() => (window as { __longTasks?: LongTask[] }).__longTasks ?? []);
  await page.close();
  return { ms: 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0), longTasks };
}

export async function benchHost(): Promise<string> {
  if (!canRunBrowser) return 'content script on the host page: skipped (needs /usr/bin/chromium and npm run build)';
  const costs: number[] = [];
  const longTasks: LongTask[] = [];
  const pageAlone: LongTask[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context } = await launchWithExtension();
    const withExtension = await mainThreadMs(await settled(context)).finally(() => context.close());
    const plain = await launchWithoutExtension();
    const without = await mainThreadMs(await settled(plain)).finally(() => plain.close());
    costs.push(((withExtension.ms - without.ms) * 100) / POSTS);
    longTasks.push(...withExtension.longTasks);
    pageAlone.push(...without.longTasks);
  }
  const median = [...costs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const list = (tasks: LongTask[]) => `${tasks.length}${tasks.length ? ` (${tasks.map((task) => `${task.duration} ms at ${task.at} ms`).join('; ')})` : ''}`;
  return `content script on the host page: ${median.toFixed(1)} ms main-thread time per 100 posts (median of ${RUNS}, ${POSTS} posts added ${GROWTH.posts} every ${GROWTH.everyMs} ms; runs ${costs.map((c) => c.toFixed(1)).join(', ')}); long tasks with the extension: ${list(longTasks)}, the page alone: ${list(pageAlone)}`;
}
