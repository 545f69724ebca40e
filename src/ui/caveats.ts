/**
 * What every figure carries wherever it is shown (popup, PNG, report, Markdown): how sure the score is
 * for this many posts, the coverage warnings, and how it was measured. One source for all of them.
 */
import { MEASURED_ACCURACY } from '../model/model';
import type { CoverageWarning, Summary } from '../score/summarize';
import type { Responsiveness } from '../score/responsiveness';
import type { Engagement } from '../score/engagement';
import { dateLocale, t } from './i18n';
import { countsText, formatDay, formatInterval, formatResponsiveness, WARNING_MESSAGES } from './format';

export function warningText(warning: CoverageWarning): string {
  return t(WARNING_MESSAGES[warning]);
}

export const intervalText = (summary: Summary) => formatInterval(summary, t);

/** "Method: …, right on 80% of other brands' posts in testing; 12 posts seen, captured Nov 23, 2026." */
export function methodNote(seen: number, capturedOn = new Date()): string {
  return t('methodNote', `${Math.round(100 * MEASURED_ACCURACY)}%`, seen, formatDay(capturedOn.toISOString(), dateLocale()));
}

export const responsivenessText = (answers: Responsiveness | null) => formatResponsiveness(answers, t);

/** "Per post, as the pages showed them: 3.2 replies · 24 likes", or that they showed none. */
export function engagementText(engagement: Engagement): string {
  const counts = countsText(engagement, t);
  return counts ? t('engagementPerPost', counts) : t('engagementNone');
}
