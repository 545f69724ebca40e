/**
 * A platform changed its markup under the posts: Zendmeter still finds them but reads no text. In Chromium, the
 * content script reports it and the background holds the warning the popup shows, naming the selector that broke.
 */
import { describe, expect, it } from 'vitest';
import { TEXTLESS_POSTS } from '@/src/sites/extract';
import { canRunBrowser, launchWithExtension, pageStatuses, readStore } from '../harness/chromium';

const PAGE_URL = 'https://x.com/acme';
// X renamed the element holding a post's text: the posts, their links and dates are all still there.
const tweet = (i: number) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/19042150076020822${String(i).padStart(2, '0')}"><time datetime="2026-03-0${1 + (i % 9)}T16:53:31.000Z">Mar</time></a></div><div data-testid="tweetBody" lang="en">Our new store opens on Saturday, number ${i}.</div></article>`;
const POSTS = TEXTLESS_POSTS + 2;
const PAGE = `<html><head><title>Acme (@acme) / X</title></head><body><main>${Array.from({ length: POSTS }, (_, i) => tweet(i)).join('')}</main></body></html>`;

describe.skipIf(!canRunBrowser)('a changed layout in Chromium (skipped without Chromium and the build)', () => {
  it('warns that posts come without text, naming the text selector that found nothing, instead of counting images', async () => {
    const { context, extensionId } = await launchWithExtension();
    try {
      await context.route(/^https?:\/\//, (route) =>
        route.request().url() === PAGE_URL ? route.fulfill({ contentType: 'text/html', body: PAGE }) : route.abort(),
      );
      const tab = await context.newPage();
      await tab.goto(PAGE_URL);
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      // The background keeps warnings by address: every tab asked about that address gets the same one.
      const warnings = async () => {
        const found = (await pageStatuses(extensionPage, PAGE_URL)).flatMap(({ status }) =>
          status?.layoutWarning ? [JSON.stringify(status.layoutWarning)] : [],
        );
        return [...new Set(found)].map((warning) => JSON.parse(warning));
      };
      await expect
        .poll(warnings, { timeout: 10_000 })
        .toEqual([
          { type: 'layout-warning', problem: 'no text', url: PAGE_URL, platform: 'x', missing: ['text ([data-testid="tweetText"])'] },
        ]);
      // The posts are still kept, as posts without readable text, never guessed.
      await expect.poll(async () => (await readStore(context, 'posts')).length, { timeout: 10_000 }).toBe(POSTS);
      const stored = await readStore<{ classification: { tag: string } }>(context, 'posts');
      expect(stored.every((post) => post.classification.tag === 'unknown')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
