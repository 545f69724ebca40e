/** The collector on a live DOM (linkedom): batches, each post once, the layout warning, and badges that never trigger a re-read. */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Collector, type CollectorOptions } from '@/src/collect/collector';
import type { ContentMessage, PostsBatch } from '@/src/messages';
import { TEXTLESS_POSTS } from '@/src/sites/extract';
import { x } from '@/src/sites/x';

const tweet = (id: number, text: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/${id}"><time datetime="2026-01-01T10:00:00.000Z">1 Jan</time></a></div><div data-testid="tweetText">${text}</div></article>`;
const options: CollectorOptions = { budgetMs: 50, layoutTimeoutMs: 100, minContentChars: 200, retryMs: 30, flushMs: 5 };

function setup(body: string, failFirst = 0, idleTime = 50, flushMs = options.flushMs) {
  const { window, document } = parseHTML(
    `<html><head><title>Acme (@acme) / X</title></head><body><main id="feed">${body}</main></body></html>`,
  );
  Object.defineProperty(document, 'location', { value: new URL('https://x.com/acme') });
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  const sent: ContentMessage[] = [];
  let failures = failFirst;
  const send = vi.fn(async (message: ContentMessage) => {
    sent.push(message);
    // A stopped service worker: the message is lost and nothing answers.
    if (message.type === 'posts' && failures-- > 0) return undefined;
    if (message.type !== 'posts') return { ok: true };
    return {
      ok: true,
      badges: Object.fromEntries(
        message.posts.map((post) => [post.id, { tag: 'broadcast', perspective: null, cues: [], setByHand: false, unsure: false }]),
      ),
    };
  });
  const collector = new Collector(document as unknown as Document, x, send, { ...options, flushMs }, (callback) =>
    setTimeout(() => callback({ timeRemaining: () => idleTime }), 0),
  );
  return { document, collector, sent };
}

const batches = (sent: ContentMessage[]) => sent.filter((m): m is PostsBatch => m.type === 'posts');
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.unstubAllGlobals());

describe('collector', () => {
  it('sends posts in batches as the page adds them, each post once, with the page brand', async () => {
    const { document, collector, sent } = setup(tweet(1, 'one') + tweet(2, 'two'));
    collector.start();
    await vi.waitFor(() => expect(batches(sent)).toHaveLength(1));
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', tweet(3, 'three'));
    await vi.waitFor(() => expect(batches(sent)).toHaveLength(2));
    // A virtualised list re-rendering posts already read sends nothing new.
    const feed = document.getElementById('feed')!;
    // biome-ignore lint/correctness/noSelfAssign: re-parsing the markup replaces every node, as a virtualised list does.
    feed.innerHTML = feed.innerHTML;
    await settle();
    expect(batches(sent).map((batch) => batch.posts.map((post) => post.id))).toEqual([['1', '2'], ['3']]);
    expect(batches(sent)[0].brand).toEqual({ handle: 'acme', name: 'Acme' });
    expect(collector.count).toBe(3);
    collector.stop();
  });

  it('sends posts read close together as one message, and sends what it read when the page is left', async () => {
    // A flush delay long enough that a busy machine still reads the third post inside it.
    const { document, collector, sent } = setup(tweet(1, 'one') + tweet(2, 'two'), 0, 50, 400);
    collector.start();
    await vi.waitFor(() => expect(collector.count).toBe(2));
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', tweet(3, 'three'));
    await vi.waitFor(() => expect(collector.count).toBe(3));
    expect(batches(sent)).toEqual([]);
    await vi.waitFor(() => expect(batches(sent).map((batch) => batch.posts.map((post) => post.id))).toEqual([['1', '2', '3']]));
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', tweet(4, 'four'));
    await vi.waitFor(() => expect(collector.count).toBe(4));
    collector.stop();
    expect(batches(sent).map((batch) => batch.posts.map((post) => post.id))).toEqual([['1', '2', '3'], ['4']]);
  });

  it('sends the posts waiting in the outbox when the page is closed or left', async () => {
    const { document, collector, sent } = setup(tweet(1, 'one'), 0, 50, 10_000);
    collector.start();
    await vi.waitFor(() => expect(collector.count).toBe(1));
    expect(batches(sent)).toEqual([]);
    const window = document.defaultView as unknown as Window & { Event: typeof Event };
    window.dispatchEvent(new window.Event('pagehide'));
    expect(batches(sent).map((batch) => batch.posts.map((post) => post.id))).toEqual([['1']]);
    collector.stop();
  });

  it('re-sends a batch the background never confirmed (its service worker was stopped mid-batch), even when the page no longer shows it', async () => {
    const { document, collector, sent } = setup(tweet(1, 'one') + tweet(2, 'two'), 1);
    collector.start();
    await vi.waitFor(() => expect(collector.count).toBe(2));
    // A virtualised feed scrolled on: the posts of the lost batch are gone from the page.
    document.getElementById('feed')!.innerHTML = '';
    await vi.waitFor(() =>
      expect(batches(sent).map((batch) => batch.posts.map((post) => post.id))).toEqual([
        ['1', '2'],
        ['1', '2'],
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches(sent)).toHaveLength(2);
    collector.stop();
  });

  it('does not retry a batch whose delivery was under way when the extension went (stop flushes the outbox)', async () => {
    // A long flush delay keeps the posts in the outbox until dispose() flushes them; that delivery fails.
    const { collector, sent } = setup(tweet(1, 'one'), Infinity, 50, 60_000);
    collector.start();
    await vi.waitFor(() => expect(collector.count).toBe(1));
    expect(batches(sent)).toHaveLength(0);
    collector.dispose();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches(sent)).toHaveLength(1);
  });

  it('stops re-sending once the extension is gone (disposed)', async () => {
    const { collector, sent } = setup(tweet(1, 'one'), Infinity);
    collector.start();
    await vi.waitFor(() => expect(batches(sent).length).toBeGreaterThan(0));
    collector.dispose();
    const sentBefore = batches(sent).length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sentBefore).toBeGreaterThan(0);
    expect(batches(sent)).toHaveLength(sentBefore);
  });

  it('still reads posts on a page that is never idle (callbacks fired by their timeout, with no time left)', async () => {
    const { collector, sent } = setup(tweet(1, 'one') + tweet(2, 'two'), 0, 0);
    collector.start();
    await vi.waitFor(() => expect(batches(sent).flatMap((batch) => batch.posts.map((post) => post.id))).toEqual(['1', '2']));
    collector.stop();
  });

  it('reports a changed layout, with the selectors that found nothing, when a page with content yields no posts', async () => {
    const { collector, sent } = setup(`<div class="new-layout">${'Lots of text on a redesigned page. '.repeat(20)}</div>`);
    collector.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const warning = sent.find((message) => message.type === 'layout-warning');
    expect(warning).toMatchObject({ platform: 'x', missing: expect.arrayContaining(['post (article[data-testid="tweet"])']) });
    collector.stop();
  });

  it('reports a changed layout when posts keep coming but none with text, naming the text selector that found nothing', async () => {
    const renamed = Array.from({ length: TEXTLESS_POSTS }, (_, i) => tweet(i + 1, `post ${i + 1}`).replace('tweetText', 'tweetBody')).join(
      '',
    );
    const { collector, sent } = setup(renamed);
    collector.start();
    // Posts go out after flushMs; a busy machine takes longer than a settle.
    await vi.waitFor(() =>
      expect(batches(sent).flatMap((batch) => batch.posts.map((post) => post.text))).toEqual(Array(TEXTLESS_POSTS).fill('')),
    );
    expect(sent.filter((message) => message.type === 'layout-warning')).toEqual([
      {
        type: 'layout-warning',
        problem: 'no text',
        url: 'https://x.com/acme',
        platform: 'x',
        missing: ['text ([data-testid="tweetText"])'],
      },
    ]);
    collector.stop();
  });

  it('does not warn about text while posts have it', async () => {
    const { collector, sent } = setup(Array.from({ length: TEXTLESS_POSTS }, (_, i) => tweet(i + 1, `post ${i + 1}`)).join(''));
    collector.start();
    await vi.waitFor(() => expect(batches(sent).flatMap((batch) => batch.posts)).toHaveLength(TEXTLESS_POSTS));
    expect(sent.some((message) => message.type === 'layout-warning')).toBe(false);
    collector.stop();
  });

  it('does not warn while the page is still loading (little content)', async () => {
    const { collector, sent } = setup('<div>Loading…</div>');
    collector.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sent.some((message) => message.type === 'layout-warning')).toBe(false);
    collector.stop();
  });

  it('reports a post it cannot read and carries on with the others', async () => {
    const { collector, sent } = setup(tweet(1, 'one') + tweet(2, 'two'));
    const original = x.readPost;
    x.readPost = (post, url) => {
      if (post.textContent?.includes('one')) throw new Error('odd markup');
      return original(post, url);
    };
    try {
      collector.start();
      await vi.waitFor(() => expect(batches(sent).flatMap((batch) => batch.posts.map((post) => post.id))).toEqual(['2']));
      expect(sent.find((message) => message.type === 'adapter-failure')).toMatchObject({ failures: ['x: odd markup'] });
    } finally {
      x.readPost = original;
      collector.stop();
    }
  });

  it('puts badges on posts only when switched on, and adding them is not read as the page changing', async () => {
    const { document, collector, sent } = setup(tweet(1, 'one'));
    collector.start();
    await vi.waitFor(() => expect(batches(sent)).toHaveLength(1));
    await settle();
    expect(document.querySelectorAll('[data-zendmeter-badge]')).toHaveLength(0);
    collector.showBadges(true);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-zendmeter-badge]')).toHaveLength(1));
    await settle();
    expect(batches(sent)).toHaveLength(1);
    collector.showBadges(false);
    expect(document.querySelectorAll('[data-zendmeter-badge]')).toHaveLength(0);
    collector.stop();
  });
});
