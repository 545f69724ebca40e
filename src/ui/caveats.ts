/**
 * What every figure carries wherever it is shown (popup, PNG, report, Markdown): how sure the score is
 * for this many posts, the coverage warnings, and how it was measured. One source for all of them.
 */
import { MEASURED_ACCURACY } from '../model/model';
import type { CoverageWarning, Summary } from '../score/summarize';
import { SOCIALLY_DEVOTED_RATE, type Responsiveness } from '../score/responsiveness';
import type { Engagement } from '../score/engagement';
import { dateLocale, t } from './i18n';
import { countsText, formatDay, WARNING_MESSAGES } from './format';

export function warningText(warning: CoverageWarning): string {
  return t(WARNING_MESSAGES[warning]);
}

/** "90% interval 27–100", or undefined when no post is tagged. */
export function intervalText(summary: Summary): string | undefined {
  return summary.sendingInterval
    ? t('scoreInterval', Math.round(summary.sendingInterval[0]), Math.round(summary.sendingInterval[1]))
    : undefined;
}

/** "Method: …, right on 80% of other brands' posts in testing; 12 posts seen, captured Nov 23, 2026." */
export function methodNote(seen: number, capturedOn = new Date()): string {
  return t('methodNote', `${Math.round(100 * MEASURED_ACCURACY)}%`, seen, formatDay(capturedOn.toISOString(), dateLocale()));
}

/** "Answered 0 of 6 questions and complaints seen in its threads (Socially Devoted bar: 65%)"; undefined when no thread was seen, so nothing can be said. */
export function responsivenessText(answers: Responsiveness | null): string | undefined {
  if (!answers || answers.userReplies === 0) return undefined;
  if (answers.questions === 0) return t('responsivenessNoQuestions', answers.userReplies);
  return t('responsiveness', answers.answered, answers.questions, `${Math.round(100 * SOCIALLY_DEVOTED_RATE)}%`);
}

/** "Per post, as the pages showed them: 3.2 replies · 24 likes", or that they showed none. */
export function engagementText(engagement: Engagement): string {
  const counts = countsText(engagement, t);
  return counts ? t('engagementPerPost', counts) : t('engagementNone');
}
