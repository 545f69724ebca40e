/** What the comparison and the slide both read off a brand's posts: its period, posts a week, cell shares and tags to check. */
import type { CellId } from '@/src/model/model';
import { needsCheck } from '@/src/model/override';
import { postsPerWeek } from '@/src/score/engagement';
import { formatDays } from '@/src/ui/format';
import type { StoredPost } from '@/src/store/schema';
import type { ReportBrand } from './useReportData';

/** The first and last dates of the brand's dated posts. */
export function rangeOf(posts: readonly StoredPost[]): [string, string] | undefined {
  const dates = posts.flatMap((post) => (post.publishedAt ? [post.publishedAt] : [])).sort();
  return dates.length ? [dates[0], dates[dates.length - 1]] : undefined;
}

/** "Jan 30 – Feb 20, 2025" in the locale, or undefined without dated posts. */
export function periodText({ range }: ReportBrand, locale: string): string | undefined {
  return range && formatDays(range[0], range[1], locale);
}

/** The platforms of the brands shown, a group's accounts each counted. */
export const platformsOf = (selected: readonly ReportBrand[]) =>
  selected.flatMap((brand) => brand.members.map((member) => member.split('/')[0] as ReportBrand['platform']));

export const weeklyOf = (brand: ReportBrand) => postsPerWeek(brand.summary.seen, brand.range);

/** The brand's own posts whose tag the classifier was unsure of and nobody has checked. */
export const unsureOf = (brand: ReportBrand) => brand.posts.filter(needsCheck).length;

/** What share of the brand's tagged posts `count` is, in percent; null when it has none. */
export const percentOfTagged = (brand: ReportBrand, count: number) => (brand.summary.tagged ? (100 * count) / brand.summary.tagged : null);

/** The share of the brand's tagged posts in a cell, in percent. */
export const shareOf = (brand: ReportBrand, cellId: CellId) => percentOfTagged(brand, brand.summary.byCell[cellId]) ?? 0;

/** The mean of the values that exist, or null. */
export function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? present.reduce((sum, value) => sum + value, 0) / present.length : null;
}
