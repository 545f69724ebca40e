/** A brand over time: the summary per calendar month of the posts' own dates, so a team can track its brand. */
import { summarize, type ScoredPost, type Summary } from './summarize';

interface Month {
  /** "2025-03" */
  month: string;
  summary: Summary;
}

export interface History {
  months: Month[];
  /** Posts without a date cannot be placed in time; they still count in the grid. */
  undated: number;
}

export function monthlyHistory(posts: readonly (ScoredPost & { publishedAt?: string })[]): History {
  const byMonth = new Map<string, ScoredPost[]>();
  let undated = 0;
  for (const post of posts) {
    const month = post.publishedAt?.match(/^\d{4}-\d{2}/)?.[0];
    if (!month) {
      undated++;
      continue;
    }
    byMonth.set(month, [...(byMonth.get(month) ?? []), post]);
  }
  const months = [...byMonth.keys()].sort();
  // Months without posts inside the range are shown as gaps, not skipped, so the time axis stays true.
  const filled: string[] = [];
  if (months.length > 0) {
    let [year, month] = months[0].split('-').map(Number);
    for (let label = months[0]; label <= months[months.length - 1]; label = `${year}-${String(month).padStart(2, '0')}`) {
      filled.push(label);
      if (month === 12) {
        month = 1;
        year++;
      } else {
        month++;
      }
    }
  }
  return { months: filled.map((month) => ({ month, summary: summarize(byMonth.get(month) ?? []) })), undated };
}
