/** The sending score, how sure it is, what it is made of, how the brand answers, and what to keep in mind. */
import type { Responsiveness } from '@/src/score/responsiveness';
import type { Summary } from '@/src/score/summarize';
import { intervalText, responsivenessText, warningText } from '@/src/ui/caveats';
import { t } from '@/src/ui/i18n';
import { ScoreScale } from '@/src/ui/ScoreScale';

export function ScoreSection({ summary, responsiveness }: { summary: Summary; responsiveness: Responsiveness | null }) {
  return (
    <>
      <section class="score" aria-label={t('sendingScore')}>
        <span class="score-value" title={t('sendingScoreHelp')}>
          {summary.sendingScore === null ? '–' : Math.round(summary.sendingScore)}
        </span>
        <span>
          <strong>{t('sendingScore')}</strong>
          <br />
          {intervalText(summary) && (
            <>
              <span class="interval">{intervalText(summary)}</span>
              <br />
            </>
          )}
          {t('sendingParts', summary.sendingOnly, summary.tagged, summary.replies, summary.questions)}
          <ScoreScale summary={summary} />
          {responsivenessText(responsiveness) && (
            <>
              <br />
              <span class="responsiveness">{responsivenessText(responsiveness)}</span>
            </>
          )}
        </span>
      </section>
      {summary.warnings.length > 0 && (
        <ul class="warnings">
          {summary.warnings.map((warning) => (
            <li key={warning}>{warningText(warning)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
