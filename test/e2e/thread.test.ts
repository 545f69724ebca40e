/**
 * The popup on a brand's thread in Chromium (the real saved @forbes.com Bluesky thread: 1 brand post,
 * 51 users' replies, 27 of them to the brand): responsiveness beside the score, in the report and its export, and no "no replies seen"
 * warning on a thread.
 * Saves a screenshot.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { responsiveness } from '@/src/score/responsiveness';
import type { StoredPost } from '@/src/store/schema';
import { canRunBrowser, launchWithExtension, readStore, waitUntil } from '../harness/chromium';
import { hasSharedFixtures } from '../sites/fixtures';
import { routeSavedPages } from '../harness/saved-pages';

const THREAD = 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x';

describe.skipIf(!canRunBrowser || !hasSharedFixtures)(
  "a brand's thread in Chromium (skipped without Chromium, the build or ../shared)",
  () => {
    it("shows how many of the users' questions the brand answered, and does not ask to open a thread", async () => {
      const { context, extensionId } = await launchWithExtension();
      try {
        await routeSavedPages(context, { [THREAD]: 'bluesky/metascraper-bluesky_post-link.html' });
        const tab = await context.newPage();
        await tab.goto(THREAD);
        await waitUntil(async () => (await readStore<StoredPost>(context, 'posts')).length === 52);
        const stored = await readStore<StoredPost>(context, 'posts');
        const expected = responsiveness('forbes.com', stored);
        // 24 of the 51 replies answer other users, not the brand.
        expect(expected).toMatchObject({ userReplies: 27, answered: 0 });
        expect(expected.questions).toBeGreaterThan(0);

        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await expect
          .poll(async () => (await popup.locator('.responsiveness').allTextContents()).join(''), { timeout: 10_000 })
          .toBe(`Answered 0 of ${expected.questions} questions and complaints seen in its threads (Socially Devoted bar: 65%)`);
        expect(await popup.locator('.warnings').textContent()).not.toContain('No replies seen');
        mkdirSync(join(process.cwd(), 'test/e2e/__screenshots__'), { recursive: true });
        await popup.screenshot({ path: join(process.cwd(), 'test/e2e/__screenshots__/popup-thread.png'), fullPage: true });

        const report = await context.newPage();
        await report.goto(`chrome-extension://${extensionId}/report.html?platform=bluesky&brand=forbes.com`);
        await expect
          .poll(() => report.locator('[data-responsiveness="bluesky/forbes.com"]').textContent(), { timeout: 10_000 })
          .toBe(`Answered 0 of ${expected.questions} questions and complaints seen in its threads (Socially Devoted bar: 65%)`);
        const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'JSON' }).click()]);
        const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
        expect(exported.brands[0]).toMatchObject({ brand: 'forbes.com', responsiveness: expected });
      } finally {
        await context.close();
      }
    });
  },
);
