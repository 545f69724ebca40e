/** What the report shows: the brands stored, those picked (from the address, else the first), their posts and responsiveness. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { brandKey, brandLabel, type Platform } from '@/src/model/post';
import { effective } from '@/src/model/override';
import { responsiveness, type Responsiveness } from '@/src/score/responsiveness';
import { summarize, type Summary } from '@/src/score/summarize';
import { brandListings, ownPostsIn, threadPosts, type BrandListing } from '@/src/store/query';
import { openDatabase, type StoredPost } from '@/src/store/schema';
import type { BrandFigures } from '@/src/export/export';

/** A brand's key as the report holds it: "x/acme" (brandKey). */
export type Key = string;
const MAX_COMPARED = 4;

export interface ReportBrand {
  key: Key;
  platform: Platform;
  handle: string;
  label: string;
  posts: StoredPost[];
  summary: Summary;
  responsiveness: Responsiveness | null;
}

/** The period the report reads: every stored post, or the posts published in the last so many days. */
export const PERIODS = [null, 30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

/** Posts inside the period; a period leaves out posts without a date, which cannot be placed in it. */
function inPeriod<T extends { publishedAt?: string }>(posts: readonly T[], period: Period, now = Date.now()): T[] {
  if (period === null) return [...posts];
  const since = now - period * 86_400_000;
  return posts.filter((post) => post.publishedAt !== undefined && Date.parse(post.publishedAt) >= since);
}

export interface ReportData {
  period: Period;
  setPeriod: (period: Period) => void;
  listings: BrandListing[];
  selected: ReportBrand[];
  toggle: (key: Key, on: boolean) => void;
}

export function useReportData(): ReportData {
  const [listings, setListings] = useState<BrandListing[]>([]);
  const [keys, setKeys] = useState<Key[]>([]);
  const [posts, setPosts] = useState<Record<Key, StoredPost[]>>({});
  const [answers, setAnswers] = useState<Record<Key, Responsiveness>>({});
  const [period, setPeriod] = useState<Period>(null);

  useEffect(() => {
    openDatabase().then(async (db) => {
      const all = await brandListings(db);
      setListings(all);
      const asked = new URLSearchParams(location.search);
      const platform = asked.get('platform');
      const handle = asked.get('brand');
      const first = platform && handle ? brandKey({ platform: platform as Platform, handle }) : all[0] && brandKey(all[0].brand);
      if (first) setKeys([first]);
    });
  }, []);
  useEffect(() => {
    openDatabase().then(async (db) => {
      const loaded: Record<Key, StoredPost[]> = {};
      const answered: Record<Key, Responsiveness> = {};
      for (const key of keys) {
        const [platform, handle] = key.split('/');
        loaded[key] = inPeriod(await ownPostsIn(db, platform, handle), period);
        answered[key] = responsiveness(handle, inPeriod(await threadPosts(db, platform, handle), period));
      }
      setPosts(loaded);
      setAnswers(answered);
    });
  }, [keys, period]);

  const selected = useMemo(
    () =>
      keys.map((key) => {
        const [platform, handle] = key.split('/') as [Platform, string];
        const own = posts[key] ?? [];
        const stored = listings.find(({ brand }) => brandKey(brand) === key)?.brand;
        return {
          key,
          platform,
          handle,
          label: brandLabel(stored ?? { handle }),
          posts: own,
          summary: summarize(own.map((post) => ({ classification: effective(post) }))),
          responsiveness: answers[key] ?? null,
        };
      }),
    [keys, posts, answers, listings],
  );
  const toggle = (key: Key, on: boolean) => setKeys(on ? [...keys, key].slice(-MAX_COMPARED) : keys.filter((k) => k !== key));
  return { period, setPeriod, listings, selected, toggle };
}

/** The figures an export carries for each brand shown. */
export function figuresOf(selected: readonly ReportBrand[]): BrandFigures[] {
  return selected.map(({ platform, handle, summary, responsiveness }) => ({ platform, brand: handle, summary, responsiveness }));
}
