/** What the popup shows: the brand of the active tab (or the last brand seen) and its numbers, counted without reading posts. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageStatus } from '@/src/messages';
import type { BrandKey } from '@/src/model/post';
import { brandListings, getSetting, threadPosts, type BrandListing } from '@/src/store/query';
import { responsiveness, type Responsiveness } from '@/src/score/responsiveness';
import { summarize, type Summary } from '@/src/score/summarize';
import { brandOverview } from '@/src/store/tally';
import { openDatabase, SETTINGS, type Database } from '@/src/store/schema';

export interface PopupData {
  db: Database;
  brand: (BrandKey & { name?: string }) | null;
  /** Summary of the brand's own posts (or of the feed on screen): what the grid and the score are about. */
  summary: Summary;
  /** Posts by others on the brand's pages, kept apart. */
  others: number;
  /** The brand's reposts, counted among its own posts as user experience. */
  reposts: number;
  /** The brand's own posts whose tag the classifier was unsure of and nobody has checked. */
  unsure: number;
  /** The brand's own posts tagged by their form alone, per language without cue words. */
  withoutCues: Map<string, number>;
  /** Users' questions in the brand's threads and how many it answered; null without a brand, or until read. */
  responsiveness: Responsiveness | null;
  range?: [string, string];
  status: PageStatus;
  /** Bumped on every reload, so opened lists read their posts again. */
  version: number;
  reload: () => Promise<void>;
  /** Every stored brand, for the switcher; read after the first render. */
  listings: BrandListing[];
  /** Show another stored brand than the tab's. */
  choose: (brand: BrandKey) => void;
}

export function usePopupData(): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);
  const chosen = useRef<BrandKey | null>(null);
  // Each load is numbered: one for a brand chosen earlier must not land on the brand chosen since.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const run = ++latest.current;
    // Independent look-ups run side by side: the popup must open fast.
    const askStatus = async (): Promise<PageStatus> => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || !tab.url) return { layoutWarning: null, brand: null };
      return browser.runtime
        .sendMessage({ type: 'page-status', tabId: tab.id, url: tab.url })
        .catch(() => ({ layoutWarning: null, brand: null }));
    };
    const [db, status] = await Promise.all([openDatabase(), askStatus()]);
    // On a feed the popup shows that feed, never a brand from elsewhere.
    const key = chosen.current ?? status.brand ?? (status.feed ? null : await getSetting<BrandKey>(db, SETTINGS.lastBrand)) ?? null;
    const overview = key
      ? await brandOverview(db, key.platform, key.handle, summarize)
      : {
          own: status.feed?.summary ?? summarize([]),
          others: 0,
          reposts: 0,
          unsure: status.feed?.unsure ?? 0,
          withoutCues: new Map(Object.entries(status.feed?.withoutCues ?? {})),
          range: undefined,
        };
    const stored = key ? await db.get('brands', [key.platform, key.handle]) : undefined;
    // Where others' replies were seen on the brand's pages, the page showed a thread: the brand's answers would have been visible too.
    const own =
      overview.others > 0
        ? { ...overview.own, warnings: overview.own.warnings.filter((warning) => warning !== 'no-replies-seen') }
        : overview.own;
    if (run !== latest.current) return;
    setData((previous) => ({
      db,
      brand: key && { ...key, name: stored?.name },
      summary: own,
      others: overview.others,
      reposts: overview.reposts,
      unsure: overview.unsure,
      withoutCues: overview.withoutCues,
      responsiveness: null,
      range: overview.range,
      status,
      version: (previous?.version ?? 0) + 1,
      reload: load,
      listings: previous?.listings ?? [],
      choose: (brand) => {
        chosen.current = brand;
        load();
      },
    }));
    // Responsiveness and the brands to switch to read more than one record: they follow the first render instead of delaying it.
    const [answers, listings] = await Promise.all([
      key ? threadPosts(db, key.platform, key.handle).then((posts) => responsiveness(key.handle, posts)) : null,
      brandListings(db),
    ]);
    if (run !== latest.current) return;
    setData((previous) => previous && { ...previous, responsiveness: answers, listings });
  }, []);
  useEffect(() => {
    load();
  }, [load]);
  return data;
}
