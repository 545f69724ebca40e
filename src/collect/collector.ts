/**
 * Watches a page for posts and hands them over in batches, without the page
 * noticing: work happens in idle time within a small budget, each post once.
 * Knows the DOM, not the extension: the content script gives it `send`.
 */
import { extractPosts, missingSelectors } from '../sites/extract';
import type { SiteAdapter } from '../sites/types';
import type { ContentMessage } from '../messages';

export interface CollectorOptions {
  /** ms of work per idle slot; well under the 50 ms that makes a long task. */
  budgetMs: number;
  /** After this long with content but no posts, report that the layout may have changed. */
  layoutTimeoutMs: number;
  /** A page with less text than this is still loading, not a changed layout. */
  minContentChars: number;
}

export const DEFAULT_OPTIONS: CollectorOptions = { budgetMs: 8, layoutTimeoutMs: 10_000, minContentChars: 2000 };

type IdleCallback = (deadline: { timeRemaining(): number }) => void;

export class Collector {
  private readonly seen = new Set<string>();
  /** Containers read already; dropped again when their subtree changes (virtualised lists reuse nodes). */
  private readonly read = new WeakSet<Element>();
  private observer?: MutationObserver;
  private scheduled = false;
  private layoutTimer?: ReturnType<typeof setTimeout>;
  private layoutReported = false;

  constructor(
    private readonly document: Document,
    private readonly adapter: SiteAdapter,
    private readonly send: (message: ContentMessage) => void,
    private readonly options: CollectorOptions = DEFAULT_OPTIONS,
    private readonly requestIdle: (callback: IdleCallback) => void = (callback) =>
      'requestIdleCallback' in globalThis ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(() => callback({ timeRemaining: () => options.budgetMs }), 50),
  ) {}

  start(): void {
    this.observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const container = target?.closest(this.adapter.selectors.post);
        if (container) this.read.delete(container);
      }
      this.schedule();
    });
    this.observer.observe(this.document.body ?? this.document.documentElement, { childList: true, subtree: true, characterData: true });
    this.layoutTimer = setTimeout(() => this.checkLayout(), this.options.layoutTimeoutMs);
    this.schedule();
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.layoutTimer);
  }

  /** Posts sent so far (each id once). */
  get count(): number {
    return this.seen.size;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.requestIdle((deadline) => {
      this.scheduled = false;
      this.collect(deadline);
    });
  }

  private collect(deadline: { timeRemaining(): number }): void {
    const url = new URL(this.document.location?.href ?? 'about:blank');
    const started = performance.now();
    const budget = Math.min(this.options.budgetMs, deadline.timeRemaining());
    const pending = this.adapter.findPosts(this.document).filter((container) => !this.read.has(container));
    const batch: ContentMessage & { type: 'posts' } = { type: 'posts', url: url.href, platform: this.adapter.platform, brand: this.adapter.brand(url, this.document), posts: [] };
    const failures: string[] = [];
    let index = 0;
    for (; index < pending.length && performance.now() - started < budget; index++) {
      const container = pending[index];
      this.read.add(container);
      const extraction = extractPosts(this.document, url, this.adapter, [container]);
      failures.push(...extraction.failures);
      for (const post of extraction.posts) {
        if (this.seen.has(post.id)) continue;
        this.seen.add(post.id);
        batch.posts.push(post);
      }
    }
    if (batch.posts.length > 0) this.send(batch);
    if (failures.length > 0) this.send({ type: 'adapter-failure', url: url.href, failures });
    if (index < pending.length) this.schedule();
  }

  private checkLayout(): void {
    if (this.layoutReported || this.seen.size > 0) return;
    const text = this.document.body?.textContent ?? '';
    if (text.length < this.options.minContentChars) {
      this.layoutTimer = setTimeout(() => this.checkLayout(), this.options.layoutTimeoutMs);
      return;
    }
    this.layoutReported = true;
    this.send({ type: 'layout-warning', url: this.document.location?.href ?? '', platform: this.adapter.platform, missing: missingSelectors(this.adapter, this.document) });
  }
}
