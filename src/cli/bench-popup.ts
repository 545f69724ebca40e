/**
 * The popup's first render (navigation start to the grid drawn with data)
 * with 10,000 stored posts of one brand, in Debian's Chromium with the built
 * extension. Part of npm run bench.
 */
import { message } from '../ui/messages';
import { openSeeded } from './bench-seed';
import { median, runsInMs } from './median';
import { canRunBrowser } from '../../test/harness/chromium';

const POPUP_POSTS = 10_000;
const POPUP_TARGET_MS = 150;
const RUNS = 7;

export async function benchPopup(): Promise<string> {
  if (!canRunBrowser) return 'popup first render: skipped (needs /usr/bin/chromium and npm run build)';
  const { context, page } = await openSeeded([{ handle: 'benchbrand', name: 'Bench Brand', posts: POPUP_POSTS }]);
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('zendmeter:first-render').length > 0, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('zendmeter:first-render')[0].startTime));
      const shown = await page.locator('.brand').textContent();
      if (!shown?.includes(message('en', 'postsSeen', POPUP_POSTS)))
        throw new Error(`popup showed "${shown}" instead of ${POPUP_POSTS} posts`);
    }
    return `popup first render with ${POPUP_POSTS} posts of one brand (Chromium, median of ${RUNS}): ${median(times).toFixed(0)} ms (target ≤ ${POPUP_TARGET_MS}); runs: ${runsInMs(times)}`;
  } finally {
    await context.close();
  }
}
