/**
 * The brands side by side, and their average: posts counted, period, posts a week, engagement per post,
 * score with its interval, responsiveness, warnings, and the grid with the replies each cell draws.
 */
import type { ComponentChildren } from 'preact';
import { CELLS, type CellId } from '@/src/model/model';
import { engagement } from '@/src/score/engagement';
import { intervalText, responsivenessText, warningText } from '@/src/ui/caveats';
import { countsText, engagementMethod, withoutCuesText } from '@/src/ui/format';
import { dateLocale, formatNumber, t, uiLang } from '@/src/ui/i18n';
import { mean, percentOfTagged, periodText, platformsOf, shareOf, unsureOf, weeklyOf } from './figures';
import { inCell, languagesWithoutCues } from '@/src/model/override';
import type { ReportBrand } from './useReportData';

/** Replies a post of this cell drew, where the pages showed replies. */
function repliesIn(brand: ReportBrand, cellId: CellId): string {
  const replies = engagement(inCell(brand.posts, cellId)).perPost.replies;
  return replies ? t('countReplies', replies.mean) : '';
}

/**
 * One row of the comparison: its label, a cell per brand (data-<name>="brand key" for the tests and the
 * styles), and the average of the brands where the row has one.
 */
function Row({
  label,
  selected,
  name,
  dataValue = (brand) => brand.key,
  numeric = false,
  cell,
  average,
}: {
  label: ComponentChildren;
  selected: ReportBrand[];
  /** The cell's data attribute, data-<name>, naming the brand (or what dataValue gives). */
  name?: string;
  dataValue?: (brand: ReportBrand) => string;
  numeric?: boolean;
  cell: (brand: ReportBrand) => ComponentChildren;
  /** The brands' average, formatted; undefined where averaging means nothing (periods, sentences). */
  average?: { value: number | null; format: (value: number) => string };
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {selected.map((brand) => (
        <td key={brand.key} class={numeric ? 'num' : undefined} {...(name ? { [`data-${name}`]: dataValue(brand) } : {})}>
          {cell(brand)}
        </td>
      ))}
      {selected.length >= 2 && <td class="num average">{average ? (average.value === null ? '–' : average.format(average.value)) : ''}</td>}
    </tr>
  );
}

const whole = (value: number) => formatNumber(Math.round(value));
/** The share of the brand's tagged posts whose tag needs a check, in percent. */
const unsureShareOf = (brand: ReportBrand) => percentOfTagged(brand, unsureOf(brand));
const percent = (value: number) => `${Math.round(value)}%`;

export function Comparison({ selected }: { selected: ReportBrand[] }) {
  const meanOf = (value: (brand: ReportBrand) => number | null) => mean(selected.map(value));
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
            {/* With two brands or more, their average is the benchmark each is read against. */}
            {selected.length >= 2 && (
              <th scope="col" class="average">
                {t('reportAverage')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          <Row
            label={t('reportPostsCounted')}
            selected={selected}
            name="counted"
            numeric
            cell={(brand) => formatNumber(brand.summary.tagged)}
            average={{ value: meanOf((brand) => brand.summary.tagged), format: whole }}
          />
          <Row
            label={t('reportUnsure')}
            selected={selected}
            name="unsure"
            numeric
            cell={(brand) => `${formatNumber(unsureOf(brand))} (${percent(unsureShareOf(brand) ?? 0)})`}
            average={{ value: meanOf(unsureShareOf), format: percent }}
          />
          <Row label={t('reportPeriod')} selected={selected} name="period" cell={(brand) => periodText(brand, dateLocale()) ?? '–'} />
          <Row
            label={t('reportPostsPerWeek')}
            selected={selected}
            name="weekly"
            numeric
            cell={(brand) => {
              const weekly = weeklyOf(brand);
              return weekly === null ? '–' : formatNumber(weekly);
            }}
            average={{ value: meanOf(weeklyOf), format: formatNumber }}
          />
          <Row
            label={t('reportEngagement')}
            selected={selected}
            name="engagement"
            cell={(brand) => countsText(engagement(brand.posts), t) || '–'}
          />
          <Row
            label={
              <>
                {t('sendingScore')}
                <br />
                <small>{t('scoreScale')}</small>
              </>
            }
            selected={selected}
            numeric
            cell={(brand) => (
              <>
                <span data-score={brand.key}>{brand.summary.sendingScore === null ? '–' : Math.round(brand.summary.sendingScore)}</span>
                {intervalText(brand.summary) && (
                  <>
                    <br />
                    <small data-interval={brand.key}>{intervalText(brand.summary)}</small>
                  </>
                )}
              </>
            )}
            average={{ value: meanOf((brand) => brand.summary.sendingScore), format: whole }}
          />
          <Row
            label={t('reportResponsiveness')}
            selected={selected}
            name="responsiveness"
            cell={(brand) => responsivenessText(brand.responsiveness) ?? '–'}
          />
          <Row
            label={t('reportWarnings')}
            selected={selected}
            name="warnings"
            cell={(brand) => {
              const withoutCues = withoutCuesText(languagesWithoutCues(brand.posts), t, uiLang);
              return (
                <>
                  {brand.summary.warnings.map((warning) => (
                    <p key={warning} class="warning">
                      {warningText(warning)}
                    </p>
                  ))}
                  {withoutCues && <p class="warning">{withoutCues}</p>}
                </>
              );
            }}
          />
          {CELLS.map((cell) => (
            <Row
              key={cell.id}
              label={cell.name[uiLang]}
              selected={selected}
              name="cell"
              dataValue={(brand) => `${brand.key}:${cell.id}`}
              numeric
              cell={(brand) => {
                const replies = repliesIn(brand, cell.id);
                return (
                  <>
                    {brand.summary.byCell[cell.id]} ({Math.round(shareOf(brand, cell.id))}%)
                    {replies && (
                      <>
                        <br />
                        <small>{replies}</small>
                      </>
                    )}
                  </>
                );
              }}
              average={{ value: meanOf((brand) => shareOf(brand, cell.id)), format: percent }}
            />
          ))}
        </tbody>
      </table>
      <p class="note">{engagementMethod(platformsOf(selected), t, uiLang)}</p>
    </section>
  );
}
