import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';

export interface ChartProps {
  kind: 'line' | 'bars';
  /** Line: the weeks' first days (ms); bars: 0, 1, 2… */
  x: number[];
  /** Percentages (0–100); null leaves a gap in the line. */
  y: (number | null)[];
  /** Bars: the name under each bar. */
  names?: string[];
  /** Describes the chart to screen readers, and says the table has the same figures. */
  label: string;
  /** Formats an x value of the line (a week's first day). */
  day?: (ms: number) => string;
  /** Formats a percentage of the y axis. */
  percent: (value: number) => string;
}

const HEIGHT = 220;
const PRINT = { width: 330, height: 150 };

function color(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function options(props: ChartProps, width: number, lib: typeof uPlot): uPlot.Options {
  const fg = color('--muted', '#4b5a66');
  const line = color('--line', '#cfd9de');
  const accent = color('--accent', '#1d4ed8');
  const axis = { stroke: fg, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } };
  const y: uPlot.Axis = {
    ...axis,
    values: (_u, splits) => splits.map((v) => props.percent(v)),
    size: 56,
  };
  if (props.kind === 'line') {
    return {
      width,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        {
          ...axis,
          values: (_u, splits) => splits.map((v) => (props.day ? props.day(v) : String(v))),
          splits: () => props.x,
          // Long periods: a label every few weeks so they do not overlap.
          filter: (_u, splits) => {
            const every = Math.ceil(splits.length / Math.max(1, Math.floor(width / 90)));
            return splits.map((v, i) => (i % every === 0 ? v : null));
          },
        },
        y,
      ],
      series: [{}, { stroke: accent, width: 2, spanGaps: false, points: { show: true, size: 7, fill: accent } }],
    };
  }
  const names = props.names ?? [];
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, props.x.length - 0.5] }, y: { range: [0, 100] } },
    axes: [
      {
        ...axis,
        grid: { show: false },
        splits: () => props.x,
        values: (_u, splits) => splits.map((i) => names[i] ?? ''),
        size: 40,
      },
      y,
    ],
    series: [
      {},
      { stroke: accent, fill: accent, width: 0, paths: lib.paths.bars!({ size: [0.6, 64] }), points: { show: false } },
    ],
  };
}

/**
 * A uPlot chart, loaded only by the report page (the popup never imports it).
 * The figures are always in the table beside it: if the chart cannot be drawn
 * (no canvas, a library error), nothing is lost but the picture.
 */
export function Chart(props: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: uPlot | null = null;
    let cancelled = false;
    const el = host.current;
    if (!el) return;
    const width = () => Math.max(240, Math.min(640, el.clientWidth || 480));
    // No 2D canvas (a test DOM, a locked-down browser): uPlot would fail later, out of reach of a try.
    if (!document.createElement('canvas').getContext?.('2d')) return;
    const draw = (lib: typeof uPlot) => {
      plot?.destroy();
      plot = null;
      try {
        plot = new lib(options(props, width(), lib), [props.x, props.y as number[]], el);
      } catch {
        plot = null;
      }
    };
    let lib: typeof uPlot | null = null;
    import('uplot')
      .then((m) => {
        if (cancelled) return;
        lib = m.default;
        draw(lib);
      })
      .catch(() => undefined);
    const resize = () => plot?.setSize({ width: width(), height: HEIGHT });
    const beforePrint = () => plot?.setSize(PRINT);
    const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const redraw = () => lib && draw(lib);
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', resize);
    scheme?.addEventListener?.('change', redraw);
    return () => {
      cancelled = true;
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', resize);
      scheme?.removeEventListener?.('change', redraw);
      plot?.destroy();
    };
    // Redrawn when the figures change; the formatters follow the language, which changes the label.
  }, [props.kind, props.label, JSON.stringify(props.x), JSON.stringify(props.y), JSON.stringify(props.names)]);
  return <div class="chart" role="img" aria-label={props.label} ref={host} data-whypost="report-chart" />;
}
