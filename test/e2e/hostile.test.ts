/**
 * Trust, end to end in Chromium: a page of hostile posts goes through the
 * adapter, the classifier, storage, the popup, the report and the exports.
 * Nothing executes, nothing breaks the layout, no exception reaches any
 * context, and the extension makes no network request of its own.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, launchWithExtension, readStore, waitUntil } from '../harness/chromium';

// Playwright reports a service worker's requests only with this switched on.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1"> Sale: 20% off!',
  '<script>window.__pwned=1</script> Our new store opens on Saturday.',
  'Click javascript:window.__pwned=1 for the deal',
  `Unbroken ${'A'.repeat(5000)}`,
  'Reversed \u202Eesrever\u202C and \u2067rtl\u2069 and zero\u200Bwidth\u200D text',
  `Long ${'word '.repeat(2000)}`,
  '=HYPERLINK("http://evil.example","click") +1 -1 @SUM(A1)',
];
const tweet = (i: number, text: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme &lt;b&gt;</a><a href="/acme/status/19042150076020822${String(i).padStart(2, '0')}"><time datetime="2025-03-2${i % 9}T16:53:31.000Z">Mar</time></a></div><div data-testid="tweetText">${escapeHtml(text)}</div><div role="group" aria-label="∞ replies, NaN reposts, 1e999 likes"></div></article>`;
// Odd markup an adapter may trip over: no author, a broken date, a status link with no id.
const ODD = `<article data-testid="tweet"><a href="/status/"><time datetime="not a date">?</time></a></article><article data-testid="tweet"><div data-testid="User-Name"></div></article>`;
const PAGE = `<html><head><title>Acme (@acme) / X</title></head><body><main>${HOSTILE.map((text, i) => tweet(i, text)).join('')}${ODD}</main></body></html>`;

describe.skipIf(!canRunBrowser)('hostile posts in Chromium (skipped without /usr/bin/chromium or the build)', () => {
  let context: BrowserContext;
  let extensionId: string;
  const leaks: string[] = [];
  const exceptions: string[] = [];
  const violations: string[] = [];

  const watch = async (page: Page) => {
    const cdp: CDPSession = await context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (event) =>
      exceptions.push(`${page.url()}: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`),
    );
    await cdp.send('Runtime.enable');
    page.on('console', (message) => /Content Security Policy|Refused to/.test(message.text()) && violations.push(message.text()));
  };
  const fromExtension = (request: Request) => {
    const frame = request.serviceWorker() ? null : request.frame();
    const origin = request.serviceWorker()?.url() ?? frame?.url() ?? '';
    return (
      origin.startsWith('chrome-extension://') &&
      !request.url().startsWith('chrome-extension://') &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    );
  };

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension());
    context.on('request', (request) => {
      if (fromExtension(request)) leaks.push(request.url());
      // The host page itself asks only for its own address; anything else came from a content script.
      else if (request.url().startsWith('http') && request.url() !== 'https://x.com/acme') leaks.push(request.url());
    });
    await context.route(/^https?:\/\//, (route) =>
      route.request().url() === 'https://x.com/acme' ? route.fulfill({ contentType: 'text/html', body: PAGE }) : route.abort(),
    );
    const tab = await context.newPage();
    await watch(tab);
    await tab.goto('https://x.com/acme');
    await waitUntil(async () => (await readStore(context, 'posts')).length === 7);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows hostile text as text in the popup, without breaking its layout', async () => {
    const popup = await context.newPage();
    await watch(popup);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.bringToFront();
    for (const cell of ['brand-communication', 'brand-sales']) {
      await popup.locator(`td[data-cell="${cell}"] button`).click();
      await popup.waitForSelector('.cell-detail li');
    }
    await popup.locator('td[data-cell="brand-communication"] button').click();
    await expect.poll(() => popup.locator('.cell-detail').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.locator('.cell-detail img, .cell-detail script').count()).toBe(0);
    // Nothing wider than the popup: the 5,000-character word wraps.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });

  it('shows it as text in the report and exports it intact, formula cells neutralised', async () => {
    const report = await context.newPage();
    await watch(report);
    await report.goto(`chrome-extension://${extensionId}/report.html?platform=x&brand=acme`);
    await report.bringToFront();
    await expect.poll(() => report.locator('.posts-table').textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await report.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await report.locator('.posts-table img').count()).toBe(0);
    expect(
      await report.evaluate(() => document.querySelector('.posts-table')!.scrollWidth <= document.querySelector('main')!.clientWidth + 1),
    ).toBe(true);
    const [csv] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") +1 -1 @SUM(A1)"`);
    expect(text).toContain('<script>window.__pwned=1</script>');
  });

  it('never throws into any page or context, even on odd markup', () => {
    expect(exceptions).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('makes no network request of its own: none from its pages, its service worker or its content script', () => {
    expect(leaks).toEqual([]);
  });
});
