/** The options page in Chromium: import refusal, switching a site off, the interface language, clearing a brand, retention. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, launchWithExtension, readStore } from '../harness/chromium';

const TWEET = `<html><head><title>Acme (@acme) / X</title></head><body><main>
  <article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/1904215007602082285"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div><div data-testid="tweetText">Spring sale: 20% off!</div></article>
</main></body></html>`;

describe.skipIf(!canRunBrowser)('options page in Chromium (skipped without /usr/bin/chromium or the build)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let options: Page;
  const storedCount = async () => (await readStore(context, 'posts')).length;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension());
    await context.route(/^https?:\/\//, (route) =>
      route.request().url().startsWith('https://x.com/') ? route.fulfill({ contentType: 'text/html', body: TWEET }) : route.abort(),
    );
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('refuses a file that is not a Zendmeter backup, says so, and changes nothing', async () => {
    await options.bringToFront();
    await options
      .locator('input[type="file"]')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a Zendmeter backup');
    expect(await storedCount()).toBe(0);
    // Emptied after reading, so the browser reads the same file again when it is chosen again (after mending it, say).
    expect(await options.locator('input[type="file"]').inputValue()).toBe('');
  });

  it('leaves the pages of a site the user switched off alone', async () => {
    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'X', exact: true }).uncheck();
    const tab = await context.newPage();
    await tab.goto('https://x.com/acme');
    await tab.waitForTimeout(1500);
    expect(await storedCount()).toBe(0);
    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'X', exact: true }).check();
    await tab.reload();
    await expect.poll(storedCount, { timeout: 10_000 }).toBe(1);
    await tab.close();
  });

  it('lists the pages read, with when and how many posts each added', async () => {
    await options.bringToFront();
    await options.reload();
    await expect.poll(() => options.locator('table.pages-read tbody tr').count()).toBe(1);
    const [address, when, added] = await options.locator('table.pages-read tbody td').allTextContents();
    expect([address, added]).toEqual(['https://x.com/acme', '1']);
    expect(when).toMatch(/20\d\d/);
  });

  it('shows the interface in Dutch when chosen, with the model’s own Dutch names', async () => {
    await options.bringToFront();
    await Promise.all([options.waitForEvent('load'), options.locator('select').first().selectOption('nl')]);
    await expect.poll(() => options.locator('h1').textContent()).toBe('Zendmeter-instellingen');
    // Dates and language names in Dutch too, not in the browser's English.
    expect(await options.locator('table.pages-read tbody td').nth(1).textContent()).toMatch(
      /^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) 20\d\d/,
    );
    expect(await options.locator('.cues label').first().textContent()).toMatch(/\(Engels\)$/);
    // The import is a button in Dutch, not the browser's own "Choose File" beside it, and it opens the file dialog.
    const importButton = options.getByText('Een back-up importeren', { exact: true });
    expect(await options.locator('input[type="file"]').boundingBox()).toMatchObject({ width: 1, height: 1 });
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), importButton.click()]);
    expect(chooser.isMultiple()).toBe(false);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('table.grid thead th').allTextContents())
      .toEqual(['Communicatie', 'Beleving', 'Propositie', 'Verkoop']);
    expect(await popup.locator('.score').textContent()).toContain('Zendscore');
    await popup.close();
  });

  it('asks before clearing a brand, names what goes, and the popup forgets the brand once it is gone', async () => {
    await options.bringToFront();
    await options.reload();
    const asked: string[] = [];
    const clear = options.locator('ul.brands button').first();
    options.once('dialog', (dialog) => {
      asked.push(dialog.message());
      dialog.dismiss();
    });
    await clear.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^1 opgeslagen bericht van Acme \(@acme\) · X verwijderen\?/);
    expect(await storedCount()).toBe(1);
    options.once('dialog', (dialog) => dialog.accept());
    await clear.click();
    await expect.poll(storedCount).toBe(0);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(async () => (await popup.locator('main p').allTextContents()).join(' ')).toContain('Open de pagina van een merk');
    await popup.close();
  });

  it('forgets the posts older than the retention chosen, after asking, and says how many went', async () => {
    const tab = await context.newPage();
    await tab.goto('https://x.com/acme');
    await expect.poll(storedCount, { timeout: 10_000 }).toBe(1);
    await tab.close();
    await options.bringToFront();
    await options.reload();
    const asked: string[] = [];
    options.once('dialog', (dialog) => {
      asked.push(dialog.message());
      dialog.accept();
    });
    // The saved post is of March 2025: older than 12 months on any day this test runs.
    await options.getByLabel('Berichten bewaren').selectOption('12');
    await expect.poll(storedCount).toBe(0);
    expect(asked[0]).toContain('12 maanden');
    await expect.poll(() => options.getByRole('status').textContent()).toBe('1 bericht ouder dan 12 maanden vergeten.');
  });
});
