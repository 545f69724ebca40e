/**
 * Watches a page for posts and hands them over in batches, without the page
 * noticing: work happens in idle time within a small budget, each post once.
 * Knows the DOM, not the extension: the content script gives it `send`.
 */
import { missingSelectors, missingTextSelectors, readSafely } from '../sites/extract';
import type { ScrapedPost } from '../model/post';
import type { SiteAdapter } from '../sites/types';
import type { ContentMessage, PostsBatch, PostsReceipt } from '../messages';
import type { BadgeTag } from '../model/override';
import { isBadgeChange, removeAllBadges, showBadge } from './badge';

export interface CollectorOptions {
  /** ms of work per idle slot; well under the 50 ms that makes a long task. */
  budgetMs: number;
  /** After this long with content but no posts, report that the layout may have changed. */
  layoutTimeoutMs: number;
  /** A page with less text than this is still loading, not a changed layout. */
  minContentChars: number;
  /** Wait before re-sending a batch the background did not confirm. */
  retryMs: number;
  /** Posts read within this long go out as one message: each message costs the page about a millisecond, however small. */
  flushMs: number;
}

const DEFAULT_OPTIONS: CollectorOptions = {
  budgetMs: 8,
  layoutTimeoutMs: 10_000,
  minContentChars: 2000,
  retryMs: 2000,
  flushMs: 500,
};

type IdleCallback = (deadline: { timeRemaining(): number }) => void;

export class Collector {
  private readonly seen = new Set<string>();
  /** Containers read already; dropped again when their subtree changes (virtualised lists reuse nodes). */
  private readonly read = new WeakSet<Element>();
  /** Nodes the page changed since the last slice; sorted out in idle time, not while the page is busy changing them. */
  private readonly changed = new Set<Node>();
  /** Posts read but not sent yet. */
  private outbox?: PostsBatch;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private observer?: MutationObserver;
  private scheduled = false;
  private stopped = false;
  private layoutTimer?: ReturnType<typeof setTimeout>;
  /** Batches the background did not confirm, waiting to go again. */
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private disposed = false;
  private layoutReported = false;
  private postsWithText = 0;
  /** Where each post sits, and what its badge says once the background answered. */
  private readonly placed = new Map<string, { container: Element; badge?: BadgeTag }>();
  private badges = false;

  constructor(
    private readonly document: Document,
    private readonly adapter: SiteAdapter,
    private readonly send: (message: ContentMessage) => Promise<unknown>,
    private readonly options: CollectorOptions = DEFAULT_OPTIONS,
    private readonly requestIdle: (callback: IdleCallback) => void = (callback) =>
      'requestIdleCallback' in globalThis
        ? requestIdleCallback(callback, { timeout: 2000 })
        : setTimeout(() => callback({ timeRemaining: () => options.budgetMs }), 50),
  ) {}

  start(): void {
    // This runs inside the page's own task, right after it changed the DOM: note what changed, nothing more.
    this.observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) if (!isBadgeChange(mutation)) this.changed.add(mutation.target);
      if (this.changed.size > 0) this.schedule();
    });
    this.observer.observe(this.document.body ?? this.document.documentElement, { childList: true, subtree: true, characterData: true });
    // Posts waiting in the outbox go before the page is closed, left or put in a background tab.
    this.document.defaultView?.addEventListener('pagehide', this.flushOnLeave);
    this.document.addEventListener('visibilitychange', this.flushOnLeave);
    this.layoutTimer = setTimeout(() => this.checkLayout(), this.options.layoutTimeoutMs);
    this.schedule();
  }

  /** Stops reading the page; batches already read are still delivered. */
  stop(): void {
    this.flush();
    this.stopped = true;
    this.observer?.disconnect();
    this.document.defaultView?.removeEventListener('pagehide', this.flushOnLeave);
    this.document.removeEventListener('visibilitychange', this.flushOnLeave);
    clearTimeout(this.layoutTimer);
  }

  /** Stops everything, deliveries included: the extension is gone (reloaded or updated), nothing can reach it any more. */
  dispose(): void {
    this.disposed = true;
    this.stop();
    for (const retry of this.retries) clearTimeout(retry);
    this.retries.clear();
  }

  /** Inline badges on each post (off by default; the popup switches them). */
  showBadges(on: boolean): void {
    this.badges = on;
    if (!on) removeAllBadges(this.document);
    else for (const { container, badge } of this.placed.values()) if (badge) showBadge(container, badge);
  }

  /** Posts sent so far (each id once). */
  get count(): number {
    return this.seen.size;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.requestIdle((deadline) => {
      this.scheduled = false;
      if (!this.stopped) this.collect(deadline);
    });
  }

  private collect(deadline: { timeRemaining(): number }): void {
    const url = new URL(this.document.location?.href ?? 'about:blank');
    const started = performance.now();
    const budget = Math.min(this.options.budgetMs, deadline.timeRemaining());
    this.rereadChangedPosts();
    const pending = this.adapter.findPosts(this.document).filter((container) => !this.read.has(container));
    const posts: ScrapedPost[] = [];
    const failures: string[] = [];
    let index = 0;
    // At least one post a slice: a callback fired by its timeout on a page that is never idle has no time left, and must still progress.
    for (; index < pending.length && (index === 0 || performance.now() - started < budget); index++) {
      const container = pending[index];
      this.read.add(container);
      const result = readSafely(this.adapter, container, url);
      if ('failure' in result) failures.push(result.failure);
      else if (result.post && !this.seen.has(result.post.id)) {
        this.seen.add(result.post.id);
        this.placed.set(result.post.id, { container });
        posts.push(result.post);
        if (result.post.text) this.postsWithText++;
      }
    }
    if (posts.length > 0) {
      this.queue(url, posts);
      this.checkText(url);
    }
    if (failures.length > 0) this.send({ type: 'adapter-failure', url: url.href, failures });
    if (index < pending.length) this.schedule();
  }

  /** A post whose subtree changed is read again: virtualised lists reuse a container for another post. */
  private rereadChangedPosts(): void {
    for (const node of this.changed) {
      // nodeType, not instanceof: nodes may come from another realm.
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const container = element?.closest(this.adapter.selectors.post);
      if (container) this.read.delete(container);
    }
    this.changed.clear();
  }

  /** Posts wait in the outbox for up to flushMs, then go in one message. */
  private queue(url: URL, posts: ScrapedPost[]): void {
    if (this.outbox && this.outbox.url !== url.href) this.flush();
    this.outbox ??= {
      type: 'posts',
      url: url.href,
      platform: this.adapter.platform,
      brand: this.adapter.brand(url, this.document),
      posts: [],
    };
    this.outbox.posts.push(...posts);
    this.flushTimer ??= setTimeout(() => this.flush(), this.options.flushMs);
  }

  private readonly flushOnLeave = (event: Event): void => {
    if (event.type === 'pagehide' || this.document.visibilityState === 'hidden') this.flush();
  };

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.outbox;
    this.outbox = undefined;
    if (!batch) return;
    this.deliver(batch);
  }

  private deliver(batch: PostsBatch): void {
    this.send(batch).then((receipt) => {
      if ((receipt as PostsReceipt | undefined)?.ok) return this.receive(receipt as PostsReceipt);
      // A delivery still under way when the extension went (stop() flushes the outbox as it goes) is not retried.
      if (this.disposed) return;
      // Not stored (the service worker was stopped or restarting, or the disk is full): the same posts go again later,
      // even if the page no longer shows them. Storage is keyed by platform and id, so a batch that did arrive after all is never counted twice.
      const retry = setTimeout(() => {
        this.retries.delete(retry);
        this.deliver(batch);
      }, this.options.retryMs);
      this.retries.add(retry);
    });
  }

  private receive(receipt: PostsReceipt): void {
    for (const [id, badge] of Object.entries(receipt.badges ?? {})) {
      const place = this.placed.get(id);
      if (!place) continue;
      place.badge = badge;
      if (this.badges) showBadge(place.container, badge);
    }
  }

  /** Posts that all come without text, where the adapter's text selectors match nothing: the layout changed under them. */
  private checkText(url: URL): void {
    if (this.layoutReported) return;
    const missing = missingTextSelectors(this.adapter, this.document, this.seen.size, this.postsWithText);
    if (missing.length === 0) return;
    this.layoutReported = true;
    this.send({ type: 'layout-warning', problem: 'no text', url: url.href, platform: this.adapter.platform, missing });
  }

  private checkLayout(): void {
    if (this.layoutReported || this.seen.size > 0) return;
    const text = this.document.body?.textContent ?? '';
    if (text.length < this.options.minContentChars) {
      this.layoutTimer = setTimeout(() => this.checkLayout(), this.options.layoutTimeoutMs);
      return;
    }
    this.layoutReported = true;
    this.send({
      type: 'layout-warning',
      problem: 'no posts',
      url: this.document.location?.href ?? '',
      platform: this.adapter.platform,
      missing: missingSelectors(this.adapter, this.document),
    });
  }
}
