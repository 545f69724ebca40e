/** One brand's sending score and tags by month of posting. */
import { useMemo } from 'preact/hooks';
import { TAG_NAMES, TAGS } from '@/src/model/model';
import { effective } from '@/src/model/override';
import { monthlyHistory } from '@/src/score/history';
import { formatMonth } from '@/src/ui/format';
import { dateLocale, t, uiLang } from '@/src/ui/i18n';
import { Chart } from './Chart';
import type { ReportBrand } from './useReportData';

export function History({ brand }: { brand: ReportBrand }) {
  const history = useMemo(
    () => monthlyHistory(brand.posts.map((post) => ({ publishedAt: post.publishedAt, classification: effective(post) }))),
    [brand.posts],
  );
  const months = history.months.map((m) => m.month);
  return (
    <section>
      <h2>{t('reportHistory', brand.label)}</h2>
      {months.length === 0 ? (
        <p>{t('reportNoHistory')}</p>
      ) : months.length === 1 ? (
        // One month is one point: a line cannot show it, a sentence can.
        <p class="one-month">
          {t(
            'reportOneMonth',
            formatMonth(months[0], dateLocale()),
            history.months[0].summary.sendingScore === null ? '–' : Math.round(history.months[0].summary.sendingScore),
            history.months[0].summary.tagged,
          )}
        </p>
      ) : (
        <div class="charts">
          <Chart
            title={t('reportScoreChart')}
            months={months}
            max={100}
            series={[{ label: t('sendingScore'), values: history.months.map((m) => m.summary.sendingScore) }]}
          />
          <Chart
            title={t('reportTagsChart')}
            months={months}
            counts
            series={TAGS.map((tg) => ({ label: TAG_NAMES[tg][uiLang], values: history.months.map((m) => m.summary.byTag[tg]) }))}
          />
        </div>
      )}
      {history.undated > 0 && <p>{t('reportUndated', history.undated)}</p>}
    </section>
  );
}
