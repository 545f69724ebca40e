/** What the report shows: the brands stored, those picked (from the address, else the first), their posts and responsiveness. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { brandKey, brandLabel, type Platform } from '@/src/model/post';
import { effective } from '@/src/model/override';
import { combinedResponsiveness, responsiveness, type Responsiveness } from '@/src/score/responsiveness';
import { brandGroupsSetting, type BrandGroup } from '@/src/settings';
import { t } from '@/src/ui/i18n';
import { useSetting } from '@/src/ui/useSetting';
import { summarize, type Summary } from '@/src/score/summarize';
import { brandListings, ownPostsIn, threadPosts, type BrandListing } from '@/src/store/query';
import { openDatabase, type StoredPost } from '@/src/store/schema';
import type { BrandFigures } from '@/src/export/export';
import { rangeOf } from './figures';

/** A brand's key as the report holds it: "x/acme" (brandKey). */
export type Key = string;
const MAX_COMPARED = 4;

export interface ReportBrand {
  key: Key;
  /** The accounts read together, for a group the user made; one otherwise. */
  members: Key[];
  platform: Platform;
  handle: string;
  label: string;
  posts: StoredPost[];
  /** The first and last dates of its dated posts, read once for the period and posts a week. */
  range: [string, string] | undefined;
  summary: Summary;
  responsiveness: Responsiveness | null;
}

/** The period the report reads: every stored post, the posts of the last so many days, or those between two dates. */
export const PERIODS = [null, 30, 90, 365] as const;
/** Dates as "yyyy-mm-dd", both ends included; '' leaves that end open. */
export interface DateRange {
  from: string;
  to: string;
}
export type Period = (typeof PERIODS)[number] | DateRange;

/** Posts inside the period; a period leaves out posts without a date, which cannot be placed in it. */
export function inPeriod<T extends { publishedAt?: string }>(posts: readonly T[], period: Period, now = Date.now()): T[] {
  if (period === null) return [...posts];
  if (typeof period === 'number') {
    const since = now - period * 86_400_000;
    return posts.filter((post) => post.publishedAt !== undefined && Date.parse(post.publishedAt) >= since);
  }
  return posts.filter((post) => {
    const day = post.publishedAt?.slice(0, 10);
    return day !== undefined && (!period.from || day >= period.from) && (!period.to || day <= period.to);
  });
}

/** A group's key among the brands' keys: "group:Forbes". */
const GROUP = 'group:';

export interface ReportData {
  groups: BrandGroup[];
  /** Treat these brands as one, under this name, and show it in their place. */
  group: (name: string, members: Key[]) => void;
  ungroup: (name: string) => void;
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
  const [groups, setGroups] = useSetting<BrandGroup[]>(brandGroupsSetting, []);
  const membersOf = (key: Key): Key[] =>
    key.startsWith(GROUP) ? (groups.find((group) => `${GROUP}${group.name}` === key)?.members ?? []) : [key];

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
    // A slower load for an earlier choice (brands, period, groups) must not overwrite the current one.
    let current = true;
    openDatabase().then(async (db) => {
      const loaded: Record<Key, StoredPost[]> = {};
      const answered: Record<Key, Responsiveness> = {};
      for (const key of keys) {
        const parts = await Promise.all(
          membersOf(key).map(async (member) => {
            const [platform, handle] = member.split('/');
            return {
              posts: inPeriod(await ownPostsIn(db, platform, handle), period),
              answers: responsiveness(handle, inPeriod(await threadPosts(db, platform, handle), period)),
            };
          }),
        );
        loaded[key] = parts.flatMap((part) => part.posts);
        answered[key] = combinedResponsiveness(parts.map((part) => part.answers));
      }
      if (!current) return;
      setPosts(loaded);
      setAnswers(answered);
    });
    return () => {
      current = false;
    };
  }, [keys, period, groups]);

  const selected = useMemo(
    () =>
      keys.map((key) => {
        const members = membersOf(key);
        const [platform, handle] = (members[0] ?? key).split('/') as [Platform, string];
        const own = posts[key] ?? [];
        const stored = listings.find(({ brand }) => brandKey(brand) === key)?.brand;
        const name = key.slice(GROUP.length);
        return {
          key,
          members,
          platform,
          handle: key.startsWith(GROUP) ? name : handle,
          label: key.startsWith(GROUP) ? t('reportGroupLabel', name, members.length) : brandLabel(stored ?? { handle }),
          posts: own,
          range: rangeOf(own),
          summary: summarize(own.map((post) => ({ classification: effective(post) }))),
          responsiveness: answers[key] ?? null,
        };
      }),
    [keys, posts, answers, listings, groups],
  );
  const toggle = (key: Key, on: boolean) => setKeys(on ? [...keys, key].slice(-MAX_COMPARED) : keys.filter((k) => k !== key));
  const group = (name: string, members: Key[]) => {
    setGroups([...groups.filter((existing) => existing.name !== name), { name, members }]);
    setKeys([...keys.filter((key) => !members.includes(key)), `${GROUP}${name}`]);
  };
  const ungroup = (name: string) => {
    setGroups(groups.filter((existing) => existing.name !== name));
    setKeys(keys.filter((key) => key !== `${GROUP}${name}`));
  };
  return { groups, group, ungroup, period, setPeriod, listings, selected, toggle };
}

/** The figures an export carries for each brand shown. */
export function figuresOf(selected: readonly ReportBrand[]): BrandFigures[] {
  return selected.map(({ platform, handle, summary, responsiveness }) => ({ platform, brand: handle, summary, responsiveness }));
}
