/**
 * One 16:9 slide of the brands compared: for each, the grid's shares, the score on its scale with its
 * interval, responsiveness, posts a week and its clearest example; a footnote with period, n, capture
 * date and method. Saved as a PNG, or printed to a one-page PDF (report.css has the print rules).
 */
import { useRef } from 'preact/hooks';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES } from '@/src/model/model';
import { intervalText, methodNote, responsivenessText } from '@/src/ui/caveats';
import { breakableName, countsText, engagementMethod, formatDay, withoutCuesText } from '@/src/ui/format';
import { dateLocale, t, uiLang } from '@/src/ui/i18n';
import { ScoreScale } from '@/src/ui/ScoreScale';
import { clearestExamples, engagement } from '@/src/score/engagement';
import { periodText, platformsOf, shareOf, unsureOf, weeklyOf } from './figures';
import { inCell, languagesWithoutCues } from '@/src/model/override';
import type { ReportBrand } from './useReportData';

/** Slide size in CSS pixels; saved at twice that, 3200 × 1800. */
export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;
/** A quoted example is cut here, so four brands fit on one slide. */
const QUOTE_CHARS = 160;
const EXAMPLE_CELLS = 2;

function BrandColumn({ brand }: { brand: ReportBrand }) {
  // The clearest example of each of the brand's two largest cells.
  const examples = [...CELLS]
    .sort((a, b) => shareOf(brand, b.id) - shareOf(brand, a.id))
    .slice(0, EXAMPLE_CELLS)
    .flatMap((cell) => clearestExamples(inCell(brand.posts, cell.id), 1).map((post) => ({ cell, post })));
  const weekly = weeklyOf(brand);
  return (
    <div class="slide-brand" data-slide-brand={brand.key}>
      <h3>{brand.label}</h3>
      <p class="slide-score">
        <strong>{brand.summary.sendingScore === null ? '–' : Math.round(brand.summary.sendingScore)}</strong> {t('sendingScore')}
        {intervalText(brand.summary) && <small> · {intervalText(brand.summary)}</small>}
      </p>
      <ScoreScale summary={brand.summary} />
      <table class="slide-grid">
        <thead>
          <tr>
            <th />
            {FUNCTIONS.map((fn) => (
              <th key={fn}>{FUNCTION_NAMES[fn][uiLang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PERSPECTIVES.map((perspective) => (
            <tr key={perspective}>
              <th>{PERSPECTIVE_NAMES[perspective][uiLang]}</th>
              {CELLS.filter((cell) => cell.perspective === perspective).map((cell) => (
                <td key={cell.id} style={{ '--share': (shareOf(brand, cell.id) / 100).toFixed(3) }} title={cell.name[uiLang]}>
                  <span>{breakableName(cell.name[uiLang])}</span>
                  <strong>{Math.round(shareOf(brand, cell.id))}%</strong>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('postsSeen', brand.summary.seen)}
        {weekly !== null && ` · ${t('postsPerWeek', weekly)}`}
      </p>
      {responsivenessText(brand.responsiveness) && <p>{responsivenessText(brand.responsiveness)}</p>}
      {examples.map(({ cell, post }) => (
        <blockquote class="slide-example" key={cell.id}>
          <span class="slide-example-cell">{cell.name[uiLang]}:</span> {post.text.replace(/\s+/g, ' ').slice(0, QUOTE_CHARS)}
          {post.text.length > QUOTE_CHARS && '…'}
          <footer>
            {[post.publishedAt && formatDay(post.publishedAt, dateLocale()), countsText(engagement([post]), t)].filter(Boolean).join(' · ')}
          </footer>
        </blockquote>
      ))}
    </div>
  );
}

/**
 * "Yuka: Nov 9 – Dec 4, 2026, n = 10, 10 tags unsure, not checked by hand, 10 tagged by form alone, without cue
 * words for French": the caveats the copied summary carries, short enough for a footnote.
 */
function footnoteOf(brand: ReportBrand): string {
  const unsure = unsureOf(brand);
  return [
    `${brand.label}: ${periodText(brand, dateLocale()) ?? '–'}`,
    `n = ${brand.summary.tagged}`,
    unsure > 0 && t('unsureBrief', unsure),
    withoutCuesText(languagesWithoutCues(brand.posts), t, uiLang, 'formOnlyBrief'),
  ]
    .filter(Boolean)
    .join(', ');
}

export function Slide({ selected }: { selected: ReportBrand[] }) {
  const slide = useRef<HTMLDivElement>(null);
  const seen = selected.reduce((sum, brand) => sum + brand.summary.seen, 0);
  const savePng = async () => {
    if (!slide.current) return;
    const { toPng } = await import('html-to-image');
    const png = await toPng(slide.current, {
      width: SLIDE_WIDTH,
      height: SLIDE_HEIGHT,
      pixelRatio: 2,
      backgroundColor: getComputedStyle(document.body).backgroundColor,
    });
    const name = `zendmeter-${selected.map((brand) => brand.handle).join('-vs-')}-${new Date().toISOString().slice(0, 10)}.png`;
    Object.assign(document.createElement('a'), { href: png, download: name }).click();
  };
  return (
    <section class="slide-section">
      <h2>{t('reportSlide')}</h2>
      <div class="actions no-print">
        <button type="button" onClick={savePng}>
          {t('reportSlidePng')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('reportSlidePdf')}
        </button>
      </div>
      <div class="slide-frame">
        <div class="slide" ref={slide} style={{ width: `${SLIDE_WIDTH}px`, height: `${SLIDE_HEIGHT}px` }}>
          <h2 class="slide-title">{t('reportSlideTitle', selected.map((brand) => brand.label).join(' · '))}</h2>
          <div class="slide-brands" style={{ gridTemplateColumns: `repeat(${selected.length}, 1fr)` }}>
            {selected.map((brand) => (
              <BrandColumn key={brand.key} brand={brand} />
            ))}
          </div>
          <footer class="slide-footnote">
            {selected.map((brand) => footnoteOf(brand)).join(' · ')}
            <br />
            {methodNote(seen)} {engagementMethod(platformsOf(selected), t, uiLang)}
          </footer>
        </div>
      </div>
    </section>
  );
}
