/**
 * The report page in Chromium after reading two brands: history charts, the
 * comparison matching the stored posts, the filtered table. Saves a screenshot.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TagOrUnknown } from '@/src/model/model';
import { needsCheck, type Override } from '@/src/model/override';
import { summarize } from '@/src/score/summarize';
import { canRunBrowser, launchWithExtension, readStore, waitUntil } from '../harness/chromium';
import { hasSharedFixtures } from '../sites/fixtures';
import { routeSavedPages } from '../harness/saved-pages';

const PAGES: Record<string, string> = {
  'https://x.com/perceptnet': 'x/brocc_x-profile.html',
  'https://bsky.app/profile/stephenking.bsky.social': 'bluesky/metascraper-bluesky_profile.html',
};

describe.skipIf(!canRunBrowser || !hasSharedFixtures)(
  'report page in Chromium (skipped without /usr/bin/chromium, the build or ../shared)',
  () => {
    let context: BrowserContext;
    let report: Page;
    const stored = () =>
      readStore<{
        platform: string;
        brand: string;
        fromBrand: boolean;
        publishedAt?: string;
        classification: { tag: TagOrUnknown; perspective: string | null; invitesResponse: boolean; confidence: number };
        override?: Override | null;
      }>(context, 'posts');

    beforeAll(async () => {
      let extensionId: string;
      ({ context, extensionId } = await launchWithExtension());
      await routeSavedPages(context, PAGES);
      for (const url of Object.keys(PAGES)) {
        const tab = await context.newPage();
        await tab.goto(url);
        await waitUntil(async () => (await stored()).some((post) => url.includes(post.brand)));
        await tab.waitForTimeout(500);
        await tab.close();
      }
      report = await context.newPage();
      await report.goto(`chrome-extension://${extensionId}/report.html?platform=bluesky&brand=stephenking.bsky.social`);
    });
    afterAll(async () => {
      await context?.close();
    });

    it('lists the brands by platform with their posts stored, and finds one by name', async () => {
      await expect.poll(() => report.locator('.brand-picker legend').allTextContents()).toEqual(['X', 'Bluesky']);
      const own = (await stored()).filter((post) => post.brand === 'perceptnet' && post.fromBrand).length;
      expect(await report.locator('label', { hasText: 'perceptnet' }).textContent()).toContain(`${own} posts · newest Mar 24, 2025`);
      await report.getByRole('searchbox').fill('king');
      expect(await report.locator('.brand-picker label').count()).toBe(1);
      await report.getByRole('searchbox').fill('');
    });

    it('draws the history charts for the brand', async () => {
      await expect.poll(() => report.locator('.charts canvas').count()).toBe(2);
      expect(await report.locator('h2').nth(1).textContent()).toContain('Stephen King (@stephenking.bsky.social) by month');
      // The legend names the series at once, with no "--" waiting for a hover.
      const legends = await report.locator('.u-legend').allTextContents();
      expect(legends.join(' ')).toContain('Broadcast');
      expect(legends.join(' ')).not.toContain('--');
    });

    it('says in a sentence what a single month holds, where a chart would draw one dot', async () => {
      const single = await report.context().newPage();
      await single.goto(report.url().replace(/\?.*$/, '?platform=x&brand=perceptnet'));
      await expect
        .poll(() => single.locator('.one-month').textContent())
        .toMatch(/^All dated posts fall in Mar 2025: sending score 100 over 7 tagged posts\./);
      expect(await single.locator('.charts canvas').count()).toBe(0);
      await single.close();
    });

    it('compares two brands with the numbers of their stored posts, each with its count, period, interval and warnings', async () => {
      await report.getByRole('checkbox', { name: /perceptnet/ }).check();
      const posts = await stored();
      const scores: number[] = [];
      for (const [platform, brand] of [
        ['bluesky', 'stephenking.bsky.social'],
        ['x', 'perceptnet'],
      ]) {
        const own = posts.filter((p) => p.platform === platform && p.brand === brand && p.fromBrand);
        const summary = summarize(own.map((p) => ({ classification: p.classification as never })));
        const key = `${platform}/${brand}`;
        await expect.poll(() => report.locator(`[data-score="${key}"]`).textContent()).toBe(String(Math.round(summary.sendingScore!)));
        expect(await report.locator(`[data-counted="${key}"]`).textContent()).toBe(String(summary.tagged));
        const unsure = own.filter(needsCheck).length;
        expect(await report.locator(`[data-unsure="${key}"]`).textContent()).toBe(
          `${unsure} (${Math.round((100 * unsure) / summary.tagged)}%)`,
        );
        const [low, high] = summary.sendingInterval!.map(Math.round);
        expect(await report.locator(`[data-interval="${key}"]`).textContent()).toBe(`90% interval ${low}–${high}`);
        const dates = own.flatMap((p) => (p.publishedAt ? [p.publishedAt.slice(0, 10)] : [])).sort();
        // The first and last day of its posts, as the interface language writes a span of days (the browser's ICU picks the spaces).
        const span = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
          Date.parse(dates[0]),
          Date.parse(dates[dates.length - 1]),
        );
        const spaced = (text: string | null) => text?.replace(/\s/g, ' ');
        expect(spaced(await report.locator(`[data-period="${key}"]`).textContent())).toBe(spaced(span));
        const warnings = await report.locator(`[data-warnings="${key}"] .warning`).allTextContents();
        expect(
          warnings.map((text) =>
            text.startsWith('Few posts') ? 'few-posts' : text.startsWith('No replies seen') ? 'no-replies-seen' : text,
          ),
        ).toEqual(summary.warnings);
        expect(await report.locator(`td[data-cell="${platform}/${brand}:brand-communication"]`).textContent()).toMatch(
          new RegExp(
            `^${summary.byCell['brand-communication']} \\(${Math.round((100 * summary.byCell['brand-communication']) / summary.tagged)}%\\)`,
          ),
        );
        const published = own.map((p) => Date.parse(p.publishedAt!)).sort((a, b) => a - b);
        const weeks = (published[published.length - 1] - published[0]) / 604_800_000;
        // Both saved pages span more than a week of posts, so each has a rate.
        expect(weeks).toBeGreaterThanOrEqual(1);
        expect(await report.locator(`[data-weekly="${key}"]`).textContent()).toBe(String(Math.round((10 * own.length) / weeks) / 10));
        scores.push(summary.sendingScore!);
      }
      // The average of the brands compared, the benchmark each is read against.
      const averageScore = report.locator('tr', { hasText: 'Sending score' }).locator('td.average');
      expect(await averageScore.textContent()).toBe(String(Math.round((scores[0] + scores[1]) / 2)));
      mkdirSync(join(process.cwd(), 'test/e2e/__screenshots__'), { recursive: true });
      await report.screenshot({ path: join(process.cwd(), 'test/e2e/__screenshots__/report.png'), fullPage: true });
    });

    it('makes a 16:9 slide of the brands compared: saved as a PNG, and printed on one landscape PDF page', async () => {
      const slide = report.locator('.slide');
      expect(await slide.locator('[data-slide-brand]').count()).toBe(2);
      expect(await slide.locator('.slide-footnote').textContent()).toMatch(/Stephen King.*n = \d+.*rob cheung.*n = 7[\s\S]*Method:/);
      // The tags the classifier was unsure of stay a caveat on the slide, as in the copied summary.
      const king = (await stored()).filter((p) => p.brand === 'stephenking.bsky.social' && p.fromBrand);
      const tagged = king.filter((p) => p.classification.tag !== 'unknown').length;
      const unsure = king.filter(needsCheck).length;
      expect(unsure, 'the saved Bluesky profile holds tags the classifier was unsure of').toBeGreaterThan(0);
      expect(await slide.locator('.slide-footnote').textContent()).toContain(`n = ${tagged}, ${unsure} tags unsure, not checked by hand`);
      expect(await slide.locator('.score-scale').count()).toBe(2);
      const box = (await slide.boundingBox())!;
      expect(Math.round((box.width / box.height) * 9)).toBe(16);
      const [download] = await Promise.all([
        report.waitForEvent('download'),
        report.getByRole('button', { name: 'Save the slide (PNG)' }).click(),
      ]);
      const png = readFileSync((await download.path())!);
      // A PNG's width and height sit at bytes 16-23: twice the slide's 1600 × 900.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3200, 1800]);
      writeFileSync(join(process.cwd(), 'test/e2e/__screenshots__/slide.png'), png);
      const pdf = await report.pdf({ landscape: true, format: 'A4', printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      writeFileSync(join(process.cwd(), 'test/e2e/__screenshots__/slide.pdf'), pdf);
    });

    it('reads only the posts of the period chosen, and all of them again after', async () => {
      const since = Date.now() - 365 * 86_400_000;
      const recent = (await stored()).filter(
        (p) => p.brand === 'stephenking.bsky.social' && p.fromBrand && p.publishedAt && Date.parse(p.publishedAt) >= since,
      );
      await report.locator('label.period select').selectOption({ label: 'the posts of the last 365 days (undated posts left out)' });
      await expect.poll(() => report.locator('[data-counted="bluesky/stephenking.bsky.social"]').textContent()).toBe(String(recent.length));
      await report.locator('label.period select').selectOption({ label: 'every stored post' });
      await expect.poll(() => report.locator('[data-counted="x/perceptnet"]').textContent()).toBe('7');
    });

    it('reads the posts between two dates typed in the order the interface language writes them', async () => {
      const dates = (await stored())
        .filter((p) => p.brand === 'stephenking.bsky.social' && p.fromBrand && p.publishedAt)
        .map((p) => p.publishedAt!.slice(0, 10))
        .sort();
      const middle = dates[Math.floor(dates.length / 2)];
      await report.locator('label.period select').selectOption({ label: 'the posts between two dates (undated posts left out)' });
      const from = report.getByRole('textbox', { name: 'From' });
      expect(await from.getAttribute('placeholder')).toBe('mm/dd/yyyy');
      await from.fill('02/30/2025');
      expect(await report.locator('.date-field .warning').textContent()).toBe('Not a date: write it as mm/dd/yyyy');
      const [year, month, day] = middle.split('-');
      await from.fill(`${month}/${day}/${year}`);
      const inRange = dates.filter((date) => date >= middle).length;
      await expect.poll(() => report.locator('[data-counted="bluesky/stephenking.bsky.social"]').textContent()).toBe(String(inRange));
      expect(await report.locator('.date-field .warning').count()).toBe(0);
      await report.locator('label.period select').selectOption({ label: 'every stored post' });
      await expect.poll(() => report.locator('[data-counted="x/perceptnet"]').textContent()).toBe('7');
    });

    it('treats two accounts as one brand when asked, and apart again', async () => {
      const posts = (await stored()).filter((p) => p.fromBrand);
      report.once('dialog', (dialog) => dialog.accept('King and Rob'));
      await report.getByRole('button', { name: 'Treat the accounts picked as one brand' }).click();
      await expect.poll(() => report.locator('.compare thead th').allTextContents()).toEqual(['', 'King and Rob (2 accounts)']);
      await expect.poll(() => report.locator('[data-counted="group:King and Rob"]').textContent()).toBe(String(posts.length));
      await report.getByRole('button', { name: 'Ungroup' }).click();
      await expect.poll(() => report.locator('.compare').count()).toBe(0);
      // Back to the two accounts, for the tests after this one.
      await report.getByRole('checkbox', { name: /stephenking/ }).check();
      await report.getByRole('checkbox', { name: /perceptnet/ }).check();
    });

    it("lets the popup show any stored brand, not only the tab's", async () => {
      const popup = await report.context().newPage();
      await popup.goto(report.url().replace(/report\.html.*$/, 'popup.html'));
      const switcher = popup.locator('.brand-switcher select');
      await expect.poll(() => switcher.locator('option').count()).toBe(2);
      await switcher.selectOption({ label: 'rob cheung (@perceptnet) · X (7)' });
      await expect.poll(() => popup.locator('.brand').textContent()).toContain('@perceptnet');
      expect(await popup.locator('.brand').textContent()).toContain('7 posts seen');
      await popup.close();
    });

    it('filters the posts table by tag and platform', async () => {
      const posts = (await stored()).filter((p) => p.fromBrand);
      await report.locator('.filters select').nth(1).selectOption('x');
      await expect
        .poll(() => report.locator('.filters + p').textContent())
        .toBe(`${posts.filter((p) => p.platform === 'x').length} of ${posts.length} posts`);
      await report.locator('.filters select').first().selectOption('webcare');
      const webcareOnX = posts.filter((p) => p.platform === 'x' && p.classification.tag === 'webcare').length;
      await expect.poll(() => report.locator('.posts-table tbody tr').count()).toBe(webcareOnX);
    });

    it('shows only the tags to check when asked, each marked', async () => {
      await report.locator('.filters select').first().selectOption('');
      const unsureOnX = (await stored()).filter((p) => p.fromBrand && p.platform === 'x' && needsCheck(p)).length;
      expect(unsureOnX, 'the saved X pages hold tags the classifier was unsure of').toBeGreaterThan(0);
      await report.getByLabel('Only tags to check').check();
      await expect.poll(() => report.locator('.posts-table tbody tr').count()).toBe(unsureOnX);
      expect(await report.locator('.posts-table tbody tr .unsure').count()).toBe(unsureOnX);
      await report.getByLabel('Only tags to check').uncheck();
    });

    it("exports the brands' posts as CSV that npm run analyze reads back to each brand's posts and score in the comparison", async () => {
      await report.locator('.filters select').nth(1).selectOption('');
      const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Export CSV' }).click()]);
      const analysed = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/analyze.ts', (await download.path())!], {
        encoding: 'utf8',
      });
      expect(analysed.stderr).toBe('');
      const table = analysed.stdout.split('Per account (2 accounts)')[1];
      for (const [platform, brand] of [
        ['bluesky', 'stephenking.bsky.social'],
        ['x', 'perceptnet'],
      ]) {
        const own = (await stored()).filter((p) => p.platform === platform && p.brand === brand && p.fromBrand).length;
        const score = await report.locator(`[data-score="${platform}/${brand}"]`).textContent();
        expect(table).toMatch(new RegExp(`^  ${brand.replace(/\./g, '\\.')}\\s+${own}\\s+\\S+\\s+${score}\\s+\\(`, 'm'));
      }
    });
  },
);
