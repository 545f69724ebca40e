/**
 * The report with 50 brands of 1,000 posts each (50,000 posts) stored, in Debian's Chromium with the built
 * extension: the time until the picker lists every brand and the first brand's charts are drawn, and the
 * time to compare four brands (comparison and slide drawn). Part of npm run bench.
 */
import { canRunBrowser } from '../../test/harness/chromium';
import { openSeeded } from './bench-seed';
import { median } from './median';

const REPORT_BRANDS = 50;
const REPORT_POSTS_PER_BRAND = 1000;
const REPORT_TARGET_MS = 2000;
const RUNS = 5;

export async function benchReport(): Promise<string> {
  if (!canRunBrowser) return 'report with 50 brands: skipped (needs /usr/bin/chromium and npm run build)';
  const brands = Array.from({ length: REPORT_BRANDS }, (_, i) => ({
    handle: `brand${String(i).padStart(2, '0')}`,
    name: `Brand ${i}`,
    posts: REPORT_POSTS_PER_BRAND,
  }));
  const { context, extensionId, page } = await openSeeded(brands);
  try {
    const opens: number[] = [];
    const compares: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = Date.now();
      await page.goto(`chrome-extension://${extensionId}/report.html`);
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('.brand-picker label').length === count && document.querySelectorAll('.charts canvas').length === 2,
        REPORT_BRANDS,
        { timeout: 60_000 },
      );
      opens.push(Date.now() - started);
      const comparing = Date.now();
      for (const index of [1, 2, 3]) await page.locator('.brand-picker input').nth(index).check();
      await page.waitForFunction(() => document.querySelectorAll('.slide [data-slide-brand]').length === 4, undefined, { timeout: 60_000 });
      compares.push(Date.now() - comparing);
    }
    return `report with ${REPORT_BRANDS} brands and ${REPORT_BRANDS * REPORT_POSTS_PER_BRAND} posts (Chromium, median of ${RUNS}): open with picker and charts ${median(opens)} ms, compare four brands ${median(compares)} ms (target ≤ ${REPORT_TARGET_MS} each); runs: open ${opens.join(', ')}, compare ${compares.join(', ')}`;
  } finally {
    await context.close();
  }
}
