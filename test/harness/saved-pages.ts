/** Serves saved real pages of ../shared/fixtures at their own addresses (scripts removed), and nothing else: no request leaves the machine. */
import type { BrowserContext } from 'playwright-core';
import { sharedHtml } from '../sites/fixtures';

export async function routeSavedPages(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  const html = (fixture: string) => sharedHtml(fixture).replace(/<script[\s\S]*?<\/script>/gi, '');
  await context.route(/^https?:\/\//, (route) => {
    const fixture = pages[route.request().url()];
    return fixture ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html(fixture) }) : route.abort();
  });
}
