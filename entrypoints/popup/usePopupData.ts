/** What the popup shows: the brand of the active tab (or the last brand seen), its stored posts and their summary. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageStatus } from '@/src/messages';
import { summarize, type Summary } from '@/src/score/summarize';
import { effective, getSetting, openDatabase, postsOfBrand, type Database, type StoredPost } from '@/src/store/db';

export interface PopupData {
  db: Database;
  brand: { platform: string; handle: string; name?: string } | null;
  /** The brand's own posts: what the grid and the score are about. */
  posts: StoredPost[];
  /** Posts by others on the brand's pages, kept apart. */
  others: number;
  summary: Summary;
  status: PageStatus;
  reload: () => Promise<void>;
}

export function usePopupData(): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);
  const load = useCallback(async () => {
    const db = await openDatabase();
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const status: PageStatus =
      tab?.id !== undefined && tab.url
        ? await browser.runtime.sendMessage({ type: 'page-status', tabId: tab.id, url: tab.url }).catch(() => ({ layoutWarning: null, brand: null }))
        : { layoutWarning: null, brand: null };
    const key = status.brand ?? (await getSetting<{ platform: string; handle: string }>(db, 'lastBrand')) ?? null;
    const all = key ? await postsOfBrand(db, key.platform, key.handle) : [];
    const posts = all.filter((post) => post.fromBrand);
    const stored = key ? await db.get('brands', [key.platform, key.handle]) : undefined;
    setData({
      db,
      brand: key && { ...key, name: stored?.name },
      posts,
      others: all.length - posts.length,
      summary: summarize(posts.map((post) => ({ classification: effective(post) }))),
      status,
      reload: load,
    });
  }, []);
  useEffect(() => {
    load();
  }, [load]);
  return data;
}
