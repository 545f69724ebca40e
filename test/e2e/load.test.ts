/** The built extension loads in a real Chromium: its service worker classifies, its popup shows the grid, nothing logs an error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { canRunBrowser, launchWithExtension } from '../harness/chromium';

describe.skipIf(!canRunBrowser)(
  'extension in Chromium (skipped without /usr/bin/chromium or the build in .output/; npm test makes it)',
  () => {
    let context: BrowserContext;
    let extensionId: string;
    beforeAll(async () => {
      ({ context, extensionId } = await launchWithExtension());
    });
    afterAll(async () => {
      await context?.close();
    });

    it('opens the popup with the empty 2×4 grid and no errors', async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect.poll(() => page.locator('table.grid tbody td').count(), { timeout: 10_000 }).toBe(8);
      expect(await page.locator('table.grid thead th').allTextContents()).toEqual(['Communication', 'Experience', 'Proposition', 'Sales']);
      expect(errors).toEqual([]);
    });

    it('classifies posts in the background service worker', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const tags = await page.evaluate(async () => {
        const { runtime } = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<{ classifications: { tag: string }[] }> } };
          }
        ).chrome;
        const response = await runtime.sendMessage({
          type: 'classify',
          posts: [
            { text: '@tom Sorry to hear that! Can you DM us your order number?' },
            { text: 'Gebruik actiecode ZOMER voor 15% korting!' },
          ],
        });
        return response.classifications.map((c) => c.tag);
      });
      expect(tags).toEqual(['webcare', 'promotion']);
    });
  },
);
