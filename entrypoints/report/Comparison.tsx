/**
 * The brands side by side, and their average: posts counted, period, posts a week, engagement per post,
 * score with its interval, responsiveness, warnings, and the grid with the replies each cell draws.
 */
import { CELLS, type CellId } from '@/src/model/model';
import { engagement } from '@/src/score/engagement';
import { intervalText, responsivenessText, warningText } from '@/src/ui/caveats';
import { countsText } from '@/src/ui/format';
import { t, uiLang } from '@/src/ui/i18n';
import { mean, periodText, postsInCell, round1, shareOf, weeklyOf } from './figures';
import type { ReportBrand } from './useReportData';

/** Replies a post of this cell drew, where the pages showed replies. */
function repliesIn(brand: ReportBrand, cellId: CellId): string {
  const replies = engagement(postsInCell(brand, cellId)).perPost.replies;
  return replies ? t('countReplies', round1(replies.mean)) : '';
}

export function Comparison({ selected }: { selected: ReportBrand[] }) {
  // With two brands or more, their average is the benchmark each is read against.
  const average = selected.length >= 2;
  const averageCell = (value: number | null, format: (value: number) => string) => (
    <td class="num average">{value === null ? '–' : format(value)}</td>
  );
  return (
    <section>
      <h2>{t('reportCompare')}</h2>
      <table class="compare">
        <thead>
          <tr>
            <th scope="col" />
            {selected.map((brand) => (
              <th scope="col" key={brand.key}>
                {brand.label}
              </th>
            ))}
            {average && <th scope="col">{t('reportAverage')}</th>}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('reportPostsCounted')}</th>
            {selected.map((brand) => (
              <td class="num" key={brand.key} data-counted={brand.key}>
                {brand.summary.tagged}
              </td>
            ))}
            {average && averageCell(mean(selected.map((brand) => brand.summary.tagged)), (value) => String(Math.round(value)))}
          </tr>
          <tr>
            <th scope="row">{t('reportPeriod')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-period={brand.key}>
                {periodText(brand.posts) ?? '–'}
              </td>
            ))}
            {average && <td />}
          </tr>
          <tr>
            <th scope="row">{t('reportPostsPerWeek')}</th>
            {selected.map((brand) => (
              <td class="num" key={brand.key} data-weekly={brand.key}>
                {weeklyOf(brand) === null ? '–' : round1(weeklyOf(brand)!)}
              </td>
            ))}
            {average && averageCell(mean(selected.map(weeklyOf)), (value) => String(round1(value)))}
          </tr>
          <tr>
            <th scope="row">{t('reportEngagement')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-engagement={brand.key}>
                {countsText(engagement(brand.posts), t) || '–'}
              </td>
            ))}
            {average && <td />}
          </tr>
          <tr>
            <th scope="row">
              {t('sendingScore')}
              <br />
              <small>{t('scoreScale')}</small>
            </th>
            {selected.map((brand) => (
              <td class="num" key={brand.key}>
                <span data-score={brand.key}>{brand.summary.sendingScore === null ? '–' : Math.round(brand.summary.sendingScore)}</span>
                {intervalText(brand.summary) && (
                  <>
                    <br />
                    <small data-interval={brand.key}>{intervalText(brand.summary)}</small>
                  </>
                )}
              </td>
            ))}
            {average && averageCell(mean(selected.map((brand) => brand.summary.sendingScore)), (value) => String(Math.round(value)))}
          </tr>
          <tr>
            <th scope="row">{t('reportResponsiveness')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-responsiveness={brand.key}>
                {responsivenessText(brand.responsiveness) ?? '–'}
              </td>
            ))}
            {average && <td />}
          </tr>
          <tr>
            <th scope="row">{t('reportWarnings')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-warnings={brand.key}>
                {brand.summary.warnings.map((warning) => (
                  <p key={warning} class="warning">
                    {warningText(warning)}
                  </p>
                ))}
              </td>
            ))}
            {average && <td />}
          </tr>
          {CELLS.map((cell) => (
            <tr key={cell.id}>
              <th scope="row">{cell.name[uiLang]}</th>
              {selected.map((brand) => {
                const replies = repliesIn(brand, cell.id);
                return (
                  <td class="num" key={brand.key} data-cell={`${brand.key}:${cell.id}`}>
                    {brand.summary.byCell[cell.id]} ({Math.round(shareOf(brand, cell.id))}%)
                    {replies && (
                      <>
                        <br />
                        <small>{replies}</small>
                      </>
                    )}
                  </td>
                );
              })}
              {average && averageCell(mean(selected.map((brand) => shareOf(brand, cell.id))), (value) => `${Math.round(value)}%`)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
