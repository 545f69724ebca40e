/** A uPlot line chart with months on the x axis: uPlot draws axes, scales and legends so we do not hand-draw them. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

/** One hue per series, from the Okabe–Ito palette, which stays distinguishable with every kind of colour vision. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export function Chart({
  title,
  months,
  series,
  max,
}: {
  title: string;
  months: string[];
  series: { label: string; values: (number | null)[] }[];
  max?: number;
}) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current || months.length === 0) return;
    const x = months.map((month) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / 1000);
    const plot = new uPlot(
      {
        title,
        width: 520,
        height: 240,
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
          { splits: () => x, values: (_u: uPlot, ticks: number[]) => ticks.map((tick) => new Date(tick * 1000).toISOString().slice(0, 7)) },
          {},
        ],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      target.current,
    );
    return () => plot.destroy();
  }, [title, months, series, max]);
  return <div ref={target} role="img" aria-label={title} />;
}
