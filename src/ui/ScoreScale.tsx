/**
 * The sending score on its scale: 0 all dialogue, 100 only sends, with the 90% interval the sample allows
 * and a reference mark, so a number on a slide says what it means without a legend beside it.
 */
import { INFORMATION_ONLY_SHARE, type Summary } from '../score/summarize';
import { t } from './i18n';

const WIDTH = 240;
const HEIGHT = 34;
const BAR_Y = 8;
const BAR_HEIGHT = 8;
const x = (score: number) => (score / 100) * WIDTH;

/** The page's colours as values: an image of the page (the slide, the popup's PNG) carries no CSS variables. */
function colours() {
  const style = getComputedStyle(document.documentElement);
  const value = (name: string) => style.getPropertyValue(name).trim();
  return { accent: value('--accent'), line: value('--line'), warn: value('--warn'), paper: value('--paper') };
}

export function ScoreScale({ summary }: { summary: Summary }) {
  const { sendingScore: score, sendingInterval: interval } = summary;
  const { accent, line, warn, paper } = colours();
  return (
    <figure class="score-scale">
      <svg viewBox={`0 -2 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={t('scoreScale')}>
        <rect class="scale-track" fill={line} x={0} y={BAR_Y} width={WIDTH} height={BAR_HEIGHT} rx={4} />
        {interval && (
          <rect
            class="scale-interval"
            fill={`rgb(${accent} / 0.45)`}
            x={x(interval[0])} y={BAR_Y} width={Math.max(2, x(interval[1]) - x(interval[0]))} height={BAR_HEIGHT} rx={4} />
        )}
        <line
          class="scale-reference"
          stroke={warn}
          stroke-width={2}
          x1={x(INFORMATION_ONLY_SHARE)} x2={x(INFORMATION_ONLY_SHARE)} y1={BAR_Y - 6} y2={BAR_Y + BAR_HEIGHT + 6}>
          <title>{t('scoreReference', INFORMATION_ONLY_SHARE)}</title>
        </line>
        {score !== null && (
          <circle class="scale-score" fill={`rgb(${accent})`} stroke={paper} stroke-width={2} cx={x(score)} cy={BAR_Y + BAR_HEIGHT / 2} r={6} />
        )}
        <text x={0} y={HEIGHT - 2} class="scale-label" fill="currentColor" font-size={10}>
          0
        </text>
        <text x={x(INFORMATION_ONLY_SHARE)} y={HEIGHT - 2} class="scale-label" fill="currentColor" font-size={10} text-anchor="middle">
          {INFORMATION_ONLY_SHARE}
        </text>
        <text x={WIDTH} y={HEIGHT - 2} class="scale-label" fill="currentColor" font-size={10} text-anchor="end">
          100
        </text>
      </svg>
      <figcaption>
        {t('scoreScale')}
        <br />
        {t('scoreReference', INFORMATION_ONLY_SHARE)}
      </figcaption>
    </figure>
  );
}
