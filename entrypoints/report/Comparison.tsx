/** The brands side by side: posts counted, period, score with its interval, responsiveness, warnings, the grid. */
import { CELLS } from '@/src/model/model';
import type { StoredPost } from '@/src/store/schema';
import { intervalText, responsivenessText, warningText } from '@/src/ui/caveats';
import { t, uiLang } from '@/src/ui/i18n';
import type { ReportBrand } from './useReportData';

/** "2025-01-30 – 2025-02-20": the dates of the brand's dated posts. */
function periodOf(posts: readonly StoredPost[]): string | undefined {
  const dates = posts.flatMap((post) => (post.publishedAt ? [post.publishedAt.slice(0, 10)] : [])).sort();
  return dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : undefined;
}

export function Comparison({ selected }: { selected: ReportBrand[] }) {
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
          </tr>
          <tr>
            <th scope="row">{t('reportPeriod')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-period={brand.key}>
                {periodOf(brand.posts) ?? '–'}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('sendingScore')}</th>
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
          </tr>
          <tr>
            <th scope="row">{t('reportResponsiveness')}</th>
            {selected.map((brand) => (
              <td key={brand.key} data-responsiveness={brand.key}>
                {responsivenessText(brand.responsiveness) ?? '–'}
              </td>
            ))}
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
          </tr>
          {CELLS.map((cell) => (
            <tr key={cell.id}>
              <th scope="row">{cell.name[uiLang]}</th>
              {selected.map((brand) => {
                const n = brand.summary.byCell[cell.id];
                return (
                  <td class="num" key={brand.key} data-cell={`${brand.key}:${cell.id}`}>
                    {n} ({brand.summary.tagged ? Math.round((100 * n) / brand.summary.tagged) : 0}%)
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
