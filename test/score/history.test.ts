import { describe, expect, it } from 'vitest';
import { monthlyHistory } from '@/src/score/history';

const post = (publishedAt: string | undefined, tag: 'broadcast' | 'webcare', invitesResponse = tag === 'webcare') => ({
  publishedAt,
  classification: { tag, perspective: null, invitesResponse },
});

describe('history by month of the posts’ own dates', () => {
  it('gives the distribution and sending score per month, gaps included, undated posts counted apart', () => {
    const history = monthlyHistory([
      post('2025-11-03T10:00:00Z', 'broadcast'),
      post('2025-11-20T10:00:00Z', 'webcare'),
      post('2026-01-05T10:00:00Z', 'broadcast'),
      post(undefined, 'broadcast'),
    ]);
    expect(history.months.map((m) => [m.month, m.summary.seen, m.summary.sendingScore])).toEqual([
      ['2025-11', 2, 50],
      ['2025-12', 0, null],
      ['2026-01', 1, 100],
    ]);
    expect(history.undated).toBe(1);
  });
  it('is empty for no dated posts', () => {
    expect(monthlyHistory([post(undefined, 'broadcast')])).toEqual({ months: [], undated: 1 });
  });
});
