/**
 * A uPlot line chart with months on the x axis: uPlot draws axes, scales and legends so we do not hand-draw
 * them. It fills its container's width, counts get whole-number ticks, the legend names the series without
 * waiting for a hover, and axes and grid take the page's colours, so the chart reads in light and dark.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { formatMonth } from '@/src/ui/format';
import { dateLocale } from '@/src/ui/i18n';

/** One hue per series, from the Okabe–Ito palette, which stays distinguishable with every kind of colour vision (its black swapped for grey, for dark pages). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
const HEIGHT = 240;
/** Steps between ticks of a count: whole numbers only. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

export function Chart({
  title,
  months,
  series,
  max,
  counts = false,
}: {
  title: string;
  months: string[];
  series: { label: string; values: (number | null)[] }[];
  max?: number;
  /** The values are counts: ticks at whole numbers. */
  counts?: boolean;
}) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = target.current;
    if (!node || months.length === 0) return;
    const style = getComputedStyle(node);
    const ink = style.color;
    const line = style.getPropertyValue('--line').trim() || 'rgba(127,127,127,0.3)';
    const x = months.map((month) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / 1000);
    const axis = { stroke: ink, grid: { stroke: line }, ticks: { stroke: line } };
    const plot = new uPlot(
      {
        title,
        width: Math.max(280, node.clientWidth),
        height: HEIGHT,
        legend: { live: false },
        scales: { x: { time: true }, y: max === undefined ? {} : { range: [0, max] } },
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: PALETTE[i % PALETTE.length],
            width: 2,
            spanGaps: false,
            points: { show: true },
          })),
        ],
        axes: [
          {
            ...axis,
            splits: () => x,
            values: (_u: uPlot, ticks: number[]) => ticks.map((tick) => formatMonth(new Date(tick * 1000).toISOString(), dateLocale())),
          },
          counts
            ? { ...axis, incrs: WHOLE_STEPS, values: (_u: uPlot, ticks: number[]) => ticks.map((tick) => String(Math.round(tick))) }
            : axis,
        ],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      node,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, node.clientWidth), height: HEIGHT }));
    resize.observe(node);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [title, months, series, max, counts]);
  return <div class="chart" ref={target} role="img" aria-label={title} />;
}
