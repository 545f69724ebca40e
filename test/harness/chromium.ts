/** Debian's Chromium with the built extension loaded, driven by playwright-core (which never downloads a browser of its own). */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { PageStatus } from '../../src/messages';

/** Debian's Chromium, or another build named in the environment: CHROMIUM=/path/to/chromium npm test. */
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Why the browser tests cannot run here, or '' when they can. In CI nothing is skipped: a missing browser fails them. */
const browserMissing = [
  existsSync(CHROMIUM) ? '' : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM=/path/to/chromium)`,
  existsSync(join(EXTENSION_DIR, 'manifest.json')) ? '' : 'no build in .output/chrome-mv3 (npm run build; npm test builds first)',
]
  .filter(Boolean)
  .join('; ');

export const canRunBrowser = !browserMissing || !!process.env.CI;
if (!canRunBrowser) console.warn(`Browser tests skipped: ${browserMissing}.`);

/** The same browser without the extension: the baseline that shows what the extension costs a page. */
export function launchWithoutExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'zendmeter-profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: QUIET_ARGS,
  });
}

const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'zendmeter-profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/**
 * Waits until a browser just launched has finished starting: the extension's
 * service worker has run its script, and the browser's own start-up tasks are
 * done. A user's browser has been running long before a page is opened; on a
 * 2-core machine, start-up competing for the CPU stretches every task of the
 * first page, with or without the extension.
 */
export async function settled(context: BrowserContext, ms = 1000): Promise<BrowserContext> {
  await context.serviceWorkers()[0]?.evaluate(() => true);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return context;
}

/** Polls until check() returns true, outside a test body (expect.poll is for tests only). */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** All records of one object store of the extension's database, read in its service worker; [] before the database exists. */
export async function readStore<T>(context: BrowserContext, store: 'posts' | 'brands'): Promise<T[]> {
  return context.serviceWorkers()[0].evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'zendmeter')) return [];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('zendmeter');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        if (!open.result.objectStoreNames.contains(name)) return resolve([]);
        const request = open.result.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      };
    });
  }, store);
}

/**
 * What the background says of an address in each other tab, asked from an extension page, with the tab's id.
 * Without the tabs permission tabs carry no address, so every tab but the asking page's own is asked.
 */
export async function pageStatuses(extensionPage: Page, url: string): Promise<{ tabId: number; status: PageStatus | undefined }[]> {
  return extensionPage.evaluate(async (address) => {
    const { tabs, runtime } = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const own = (await tabs.getCurrent())?.id;
    const ids = (await tabs.query({})).map((tab) => tab.id!).filter((id) => id !== own);
    return Promise.all(
      ids.map(async (tabId) => ({
        tabId,
        status: (await runtime.sendMessage({ type: 'page-status', tabId, url: address })) as PageStatus | undefined,
      })),
    );
  }, url);
}
