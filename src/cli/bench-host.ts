/**
 * What the content script costs its host page while 500 posts are added and
 * read: the CPU time of everything the content script runs on the page's main
 * thread (its injection, idle slices, observer callbacks, message handling,
 * with the garbage collection inside them), from a Chromium trace, per 100
 * posts; and the long tasks the page saw, with the extension and without it.
 */
import { median } from './median';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { canRunBrowser, launchWithExtension, launchWithoutExtension, settled } from '../../test/harness/chromium';
import { GROWTH, HOST_URL, hostPage, type LongTask } from '../../test/harness/host-page';

const POSTS = 500;
const RUNS = 5;
const CONTENT_SCRIPT = '/content-scripts/content.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread, µs: unlike dur, it does not count time the thread waited for a CPU. */
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** The trace events of the page while `during` runs. */
async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await during();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** CPU ms of the script runs (the injection, then every callback) that belong to the content script, nested ones counted once. */
function contentScriptCpuMs(events: TraceEvent[]): number {
  const runs = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
        event.args?.data?.url?.endsWith(CONTENT_SCRIPT),
    )
    .sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let cpu = 0;
  for (const run of runs) {
    if (run.ts < end) continue;
    end = run.ts + (run.dur ?? 0);
    cpu += run.tdur ?? 0;
  }
  return cpu / 1000;
}

async function readHostPage(context: BrowserContext): Promise<{ events: TraceEvent[]; longTasks: LongTask[] }> {
  await context.route(/^https?:\/\//, (route) =>
    route.request().url() === HOST_URL ? route.fulfill({ contentType: 'text/html', body: hostPage(POSTS) }) : route.abort(),
  );
  const page = await context.newPage();
  const events = await trace(await context.newCDPSession(page), async () => {
    await page.goto(HOST_URL);
    await page.waitForFunction(() => (window as { __done?: boolean }).__done, undefined, { timeout: 30_000 });
    // Let the content script finish its idle-time reading and send the last posts.
    await page.waitForTimeout(1500);
  });
  const longTasks = await page.evaluate(() => (window as { __longTasks?: LongTask[] }).__longTasks ?? []);
  await page.close();
  return { events, longTasks };
}

export async function benchHost(): Promise<string> {
  if (!canRunBrowser) return 'content script on the host page: skipped (needs /usr/bin/chromium and npm run build)';
  const costs: number[] = [];
  const longTasks: LongTask[] = [];
  const pageAlone: LongTask[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context } = await launchWithExtension();
    const withExtension = await readHostPage(await settled(context)).finally(() => context.close());
    costs.push((contentScriptCpuMs(withExtension.events) * 100) / POSTS);
    longTasks.push(...withExtension.longTasks);
    const plain = await launchWithoutExtension();
    pageAlone.push(...(await readHostPage(await settled(plain)).finally(() => plain.close())).longTasks);
  }
  const middle = median(costs);
  const list = (tasks: LongTask[]) =>
    `${tasks.length}${tasks.length ? ` (${tasks.map((task) => `${task.duration} ms at ${task.at} ms`).join('; ')})` : ''}`;
  return (
    `content script on the host page: ${middle.toFixed(1)} ms CPU on the page's main thread per 100 posts, injection included ` +
    `(median of ${RUNS}, ${POSTS} posts added ${GROWTH.posts} every ${GROWTH.everyMs} ms, traced; runs ${costs.map((cost) => cost.toFixed(1)).join(', ')}); ` +
    `long tasks over ${RUNS} loads with the extension (traced): ${list(longTasks)}, the page alone: ${list(pageAlone)}`
  );
}
