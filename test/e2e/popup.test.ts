/**
 * The popup in Chromium after reading a real saved X profile: the numbers it
 * shows match the stored posts, a tag correction counts at once, unsure tags
 * come first until confirmed, the CSV export holds every post. Saves
 * screenshots to test/e2e/__screenshots__/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellIdOf } from '@/src/model/model';
import { languageWithoutCues, needsCheck } from '@/src/model/override';
import { summarize } from '@/src/score/summarize';
import type { StoredPost } from '@/src/store/schema';
import { hasSharedFixtures } from '../sites/fixtures';
import { canRunBrowser, launchWithExtension, readStore, waitUntil } from '../harness/chromium';
import { routeSavedPages } from '../harness/saved-pages';

const SCREENSHOTS = join(process.cwd(), 'test/e2e/__screenshots__');
const PROFILE = 'https://x.com/perceptnet';
/** A brand that posts in French, a language without cue words. */
const FRENCH_PAGE = 'https://www.facebook.com/YukaGroup';

describe.skipIf(!canRunBrowser || !hasSharedFixtures)(
  'popup in Chromium (skipped without /usr/bin/chromium, the build or ../shared)',
  () => {
    let context: BrowserContext;
    let extensionId: string;
    let popup: Page;

    beforeAll(async () => {
      ({ context, extensionId } = await launchWithExtension());
      await routeSavedPages(context, { [PROFILE]: 'x/brocc_x-profile.html', [FRENCH_PAGE]: 'facebook/ahmedttn_yuka-page-home.html' });
      const tab = await context.newPage();
      await tab.goto(PROFILE);
      await waitUntil(async () => (await readStore<StoredPost>(context, 'posts')).length === 7);
      popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.bringToFront();
    });
    afterAll(async () => {
      await context?.close();
    });
    /** Every mark in the open cell's posts says on hover what it is evidence for, in words this pattern expects. */
    const expectMarkTitles = async (pattern: RegExp) => {
      const titles = await popup
        .locator('.cell-detail .posts mark')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('title')));
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title).toMatch(pattern);
    };

    it('shows the brand, its posts and the sending score as the stored posts give them', async () => {
      const own = (await readStore<StoredPost>(context, 'posts')).filter((post) => post.fromBrand && post.brand === 'perceptnet');
      const summary = summarize(own.map((post) => ({ classification: post.classification })));
      await expect.poll(() => popup.locator('.brand').textContent()).toContain('@perceptnet');
      expect(await popup.locator('.brand').textContent()).toContain(`${own.length} posts seen`);
      expect(await popup.locator('.score-value').textContent()).toBe(String(Math.round(summary.sendingScore!)));
      expect(await popup.locator('.score').textContent()).toContain(
        `${summary.sendingOnly} of ${summary.tagged} posts only send · ${summary.replies} replies seen`,
      );
      for (const [cell, count] of Object.entries(summary.byCell)) {
        const text = await popup.locator(`td[data-cell="${cell}"] .count`).textContent();
        expect(text).toBe(count === 0 ? 'no posts' : `${count} · ${Math.round((100 * count) / summary.tagged)}%`);
      }
      // The score on its scale: its meaning, its interval and the reference mark are on screen, not in a legend elsewhere.
      expect(await popup.locator('.score-scale').textContent()).toContain('0 = all dialogue · 100 = only sends');
      expect(await popup.locator('.score-scale').textContent()).toContain('Lovejoy & Saxton 2012');
      expect(await popup.locator('.scale-interval').count()).toBe(1);
      // The 2010 Dutch cell names are in the tooltip in English, not beside the English names.
      expect(await popup.locator('.grid .secondary').count()).toBe(0);
      expect(await popup.locator('td[data-cell="brand-communication"] button').getAttribute('title')).toMatch(/2010: voorlichting\.\)$/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });
    });

    it('leads to the settings', async () => {
      const [options] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings' }).click()]);
      await options.waitForLoadState();
      expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
      await options.close();
    });

    it('opens a cell with its owner, KPIs and highlighted cues, and counts a corrected tag at once', async () => {
      const broadcast = popup.locator('td[data-cell="brand-communication"] button');
      const before = Number((await broadcast.locator('.count').textContent())!.split(' ')[0]);
      await broadcast.click();
      await expect.poll(() => popup.locator('.cell-detail h2').textContent()).toContain(`Broadcast: ${before} posts`);
      expect(await popup.locator('.cell-detail dd').first().textContent()).toBe('Communications / PR');
      // Engagement per post from the counts the page showed, and the clearest examples quoted, each with its link.
      const stored = (await readStore<StoredPost>(context, 'posts')).filter(
        (post) => post.fromBrand && post.brand === 'perceptnet' && post.classification.tag === 'broadcast' && !post.override,
      );
      const replies = stored.map((post) => post.counts.replies).filter((count) => count !== undefined) as number[];
      const meanReplies = Math.round((10 * replies.reduce((a, b) => a + b, 0)) / replies.length) / 10;
      expect(await popup.locator('.cell-detail .engagement').textContent()).toContain(
        `Per post, as the pages showed them: ${meanReplies} `,
      );
      expect(await popup.locator('.cell-detail .examples li').count()).toBe(Math.min(3, stored.filter((post) => post.text).length));
      expect(await popup.locator('.cell-detail .examples li a').first().getAttribute('href')).toMatch(
        /^https:\/\/x\.com\/perceptnet\/status\//,
      );
      // Hovering a mark names what it is evidence for as the grid does, never by the classifier's ids ("experience-user").
      await expectMarkTitles(/^(Broadcast|Webcare|Experience|Co-creation|Promotion|User experience|Invites a response|Complaint): \S/);
      await popup.locator('.cell-detail select').first().selectOption({ label: 'Promotion' });
      await expect.poll(() => broadcast.locator('.count').textContent()).toMatch(new RegExp(`^(${before - 1} ·|no posts)`));
      expect(await popup.locator('td[data-cell="brand-sales"] .count').textContent()).not.toBe('no posts');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-cell.png'), fullPage: true });
    });

    it('lists the tags the classifier was unsure of first, marked, until someone confirms them', async () => {
      const own = (await readStore<StoredPost>(context, 'posts')).filter((post) => post.fromBrand && post.brand === 'perceptnet');
      const cell = own.find(needsCheck);
      expect(cell, 'the saved profile has a post the classifier is unsure of').toBeDefined();
      const cellId = cellIdOf(cell!.classification.tag, cell!.classification.perspective)!;
      const unsure = own.filter(
        (post) => needsCheck(post) && cellIdOf(post.classification.tag, post.classification.perspective) === cellId,
      );
      const inCell = own.filter((post) => cellIdOf(post.classification.tag, post.classification.perspective) === cellId);
      const unsureOfBrand = own.filter(needsCheck).length;
      const headerSays = (n: number) => `${n} ${n === 1 ? 'tag' : 'tags'} the classifier was unsure of: open a cell to check`;
      expect(await popup.locator('.brand').textContent()).toContain(headerSays(unsureOfBrand));
      await popup.locator(`td[data-cell="${cellId}"] button`).click();
      await expect.poll(() => popup.locator('.cell-detail .unsure-note').textContent()).toContain(`unsure of ${unsure.length} tag`);
      const items = popup.locator('.cell-detail ol.posts > li');
      expect(await items.count()).toBe(inCell.length);
      for (let i = 0; i < inCell.length; i++) expect(await items.nth(i).locator('.unsure').count()).toBe(i < unsure.length ? 1 : 0);
      const firstText = await items.first().locator('.post-text').textContent();
      const first = unsure.find((post) => post.text === firstText);
      expect(first, 'the first post listed is one the classifier was unsure of').toBeDefined();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-unsure.png'), fullPage: true });
      await items.first().getByRole('button', { name: 'The tag is right' }).click();
      await expect.poll(() => items.first().locator('.post-meta').textContent()).toContain('set by hand');
      expect(await popup.locator('.cell-detail .unsure').count()).toBe(unsure.length - 1);
      if (unsureOfBrand > 1) await expect.poll(() => popup.locator('.brand').textContent()).toContain(headerSays(unsureOfBrand - 1));
      else await expect.poll(() => popup.locator('.brand').textContent()).not.toContain('unsure');
      expect(await popup.locator(`td[data-cell="${cellId}"] .count`).textContent()).toMatch(new RegExp(`^${inCell.length} ·`));
      const confirmed = (await readStore<StoredPost>(context, 'posts')).find((post) => post.id === first!.id)!;
      expect(confirmed.override).toMatchObject({ tag: first!.classification.tag, perspective: first!.classification.perspective });
    });

    it('saves the grid with brand, score and dates as a PNG for a slide', async () => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save PNG' }).click()]);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // Width at twice the pixels of the card, which is most of the 600-px popup.
      expect(png.readUInt32BE(16)).toBeGreaterThan(900);
      expect(download.suggestedFilename()).toMatch(/^zendmeter-x-perceptnet-\d{4}-\d{2}-\d{2}\.png$/);
    });

    it('fits every function name in its column, unbroken, at the narrowest popup width', async () => {
      const viewport = popup.viewportSize();
      const narrowest = Number.parseFloat(await popup.evaluate('getComputedStyle(document.body).minWidth'));
      await popup.setViewportSize({ width: narrowest, height: 800 });
      const overflowing = await popup.evaluate(`[...document.querySelectorAll('.grid thead th')]
        .filter((th) => th.scrollWidth > th.clientWidth || th.getClientRects()[0].height > 2 * parseFloat(getComputedStyle(th).lineHeight))
        .map((th) => th.textContent)`);
      expect(overflowing).toEqual([]);
      if (viewport) await popup.setViewportSize(viewport);
    });

    it('keeps every cell of the grid readable, 4.5:1 or more, at any share of posts, in both themes', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        const cells = await popup.evaluate(`[...document.querySelectorAll('.grid td[data-cell]')].map((td) => ({
          share: td.style.getPropertyValue('--share'),
          text: getComputedStyle(td.querySelector('strong')).color,
          cell: getComputedStyle(td).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        }))`);
        const shares = (cells as { share: string }[]).map((c) => Number(c.share));
        expect(Math.max(...shares), 'a cell with most of the posts is among those checked').toBeGreaterThan(0.5);
        for (const { share, text, cell, page } of cells as { share: string; text: string; cell: string; page: string }[])
          expect(contrast(text, over(cell, page)), `${colorScheme} cell at share ${share}`).toBeGreaterThanOrEqual(4.5);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('works from the keyboard, and in the dark theme', async () => {
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.reload();
      await popup.locator('td[data-cell="brand-sales"] button').focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('.cell-detail h2').textContent()).toContain('Promotion');
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(13, 17, 23)');
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-dark.png'), fullPage: true });
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('exports every post of the brand as CSV that Excel reads as UTF-8, and that npm run analyze reads back to the same numbers', async () => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
      const path = (await download.path())!;
      const csv = readFileSync(path, 'utf8');
      expect(csv.startsWith('\uFEFF"platform"')).toBe(true);
      const own = (await readStore<StoredPost>(context, 'posts')).filter((post) => post.fromBrand && post.brand === 'perceptnet');
      for (const post of own) expect(csv).toContain(`"${post.id}"`);
      expect(csv, 'the tag corrected above is in the file, marked').toContain('"yes"');
      // The analyst's next step: the popup's figures, the corrected tag among them, from the file alone.
      const analysed = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/analyze.ts', path], { encoding: 'utf8' });
      expect(analysed.stderr).toBe('');
      expect(analysed.stdout).toContain(`Sending score: ${await popup.locator('.score-value').textContent()} (`);
      const parts = analysed.stdout.match(/ — (\d+ of \d+ posts only send · \d+ repl(y|ies) seen · \d+ questions? asked)/)![1];
      expect(await popup.locator('.score').textContent()).toContain(parts);
      expect(analysed.stdout).toMatch(/^Set by hand: [1-9]\d* tags? in the extension/m);
    });

    it('speaks Dutch throughout once Dutch is chosen in the options, in the tag choices and on hovering a mark too', async () => {
      const setLanguage = (language: string) =>
        popup.evaluate(
          (value) => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ uiLanguage: value }),
          language,
        );
      await setLanguage('nl');
      try {
        await popup.reload();
        await popup.locator('td[data-cell="brand-communication"] button').click();
        await expect.poll(() => popup.locator('.cell-detail h2').textContent()).toMatch(/^Zenden: /);
        const choices = await popup.locator('.cell-detail select').first().locator('option').allTextContents();
        expect(choices).toEqual(expect.arrayContaining(['Zenden', 'Merkbeleving', 'Promotie', 'Gebruikersbeleving']));
        await expectMarkTitles(/^(Zenden|Webcare|Beleving|Co-creatie|Promotie|Gebruikersbeleving|Nodigt uit tot reageren|Klacht): \S/);
      } finally {
        await setLanguage('auto');
        await popup.reload();
      }
    });

    it("says how many of a French brand's posts were tagged by their form alone, for want of French cue words, in the popup, the report and its slide", async () => {
      const tab = await context.newPage();
      await tab.goto(FRENCH_PAGE);
      const french = async () =>
        (await readStore<StoredPost>(context, 'posts')).filter((post) => post.brand === 'yukagroup' && post.fromBrand);
      await waitUntil(async () => (await french()).length > 0);
      await tab.waitForTimeout(500);
      await tab.close();
      const formOnly = (await french()).filter((post) => languageWithoutCues(post) === 'fr').length;
      const unsure = (await french()).filter(needsCheck).length;
      expect(formOnly, 'the saved page holds French posts of the brand').toBeGreaterThan(0);
      await popup.reload();
      await expect.poll(() => popup.locator('.brand').textContent()).toContain('Yuka');
      expect(await popup.locator('.brand .unsure-note').allTextContents()).toContain(
        `${formOnly} posts tagged by their form alone (questions, links, prices, replies): Zendmeter has no cue words for French.`,
      );
      await popup.screenshot({ path: join(SCREENSHOTS, 'popup-french.png'), fullPage: true });
      const report = await context.newPage();
      await report.goto(`chrome-extension://${extensionId}/report.html?platform=facebook&brand=yukagroup`);
      await expect
        .poll(() => report.locator('[data-warnings="facebook/yukagroup"] .warning').allTextContents())
        .toContain(
          `${formOnly} posts tagged by their form alone (questions, links, prices, replies): Zendmeter has no cue words for French.`,
        );
      expect(await report.locator('.slide-footnote').textContent()).toMatch(
        new RegExp(
          `^Yuka \\(@yukagroup\\): .+, n = \\d+, ${unsure} tags unsure, not checked by hand, ${formOnly} tagged by form alone, without cue words for French`,
        ),
      );
      await report.close();
    });
  },
);

/** The channels of a computed colour, "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" (alpha 1 when absent). */
function channels(color: string): number[] {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

/** A translucent colour laid over an opaque one, as the eye sees it. */
function over(top: string, below: string): number[] {
  const [r, g, b, a] = channels(top);
  const base = channels(below);
  return [r, g, b].map((value, i) => value * a + base[i] * (1 - a));
}

/** WCAG 2 contrast ratio of a text colour on a background. */
function contrast(text: string, background: number[]): number {
  const luminance = ([r, g, b]: number[]) => {
    const [lr, lg, lb] = [r, g, b].map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [high, low] = [luminance(channels(text)), luminance(background)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
