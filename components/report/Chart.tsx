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
/** On paper: small enough for the whole report to fit one A4 page. */
const PRINT = { width: 340, height: 115 };

function color(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function options(props: ChartProps, width: number, height: number, lib: typeof uPlot): uPlot.Options {
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
      height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        {
          ...axis,
          // uPlot passes null for the splits the filter below leaves out.
          values: (_u, splits) => splits.map((v) => (v === null ? '' : props.day ? props.day(v) : String(v))),
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
  const long = names.length * 11 * Math.max(0, ...names.map((n) => n.length)) * 0.6 > width;
  // Room for slanted names: 60 px on screen, 40 on paper.
  const slant = Math.min(60, Math.round(height * 0.35));
  // The table beside the chart has the whole name.
  const short = (name: string) => (long && name.length > 16 ? `${name.slice(0, 15).trimEnd()}…` : name);
  return {
    width,
    height: long ? height + slant : height,
    legend: { show: false },
    cursor: { show: false },
    // Room on the right for the last slanted name.
    ...(long ? { padding: [12, 36, 0, 0] as uPlot.Padding } : {}),
    scales: { x: { time: false, range: [-0.5, props.x.length - 0.5] }, y: { range: [0, 100] } },
    axes: [
      {
        ...axis,
        grid: { show: false },
        splits: () => props.x,
        values: (_u, splits) => splits.map((i) => short(names[i] ?? '')),
        // Names such as "Value for the reader" overlap side by side: slanted when they would.
        ...(long ? { rotate: -30, size: slant + 20 } : { size: 40 }),
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
    // On paper the chart is redrawn at its print size, its names slanted if they would overlap there.
    let printing = false;
    const draw = (lib: typeof uPlot) => {
      plot?.destroy();
      plot = null;
      try {
        const opts = printing ? options(props, PRINT.width, PRINT.height, lib) : options(props, width(), HEIGHT, lib);
        plot = new lib(opts, [props.x, props.y as number[]], el);
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
    const redraw = () => lib && draw(lib);
    const resize = () => {
      if (!printing && plot) plot.setSize({ width: width(), height: plot.height });
    };
    const beforePrint = () => {
      printing = true;
      redraw();
    };
    const afterPrint = () => {
      printing = false;
      redraw();
    };
    const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    scheme?.addEventListener?.('change', redraw);
    return () => {
      cancelled = true;
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      scheme?.removeEventListener?.('change', redraw);
      plot?.destroy();
    };
    // Redrawn when the figures change; the formatters follow the language, which changes the label.
  }, [props.kind, props.label, JSON.stringify(props.x), JSON.stringify(props.y), JSON.stringify(props.names)]);
  return <div class="chart" role="img" aria-label={props.label} ref={host} data-whypost="report-chart" />;
}
