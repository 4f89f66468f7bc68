import { Chart, type ChartComponentLike, type ChartConfiguration, type ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

export interface ChartCanvasProps<T extends ChartType> {
  /** The chart.js configuration; a new object updates the chart in place (no re-creation). */
  config: ChartConfiguration<T>;
  /** Only the chart.js controllers/elements/scales/plugins this chart uses (keeps the bundle small). */
  components: readonly ChartComponentLike[];
  /** Accessible name of the chart; the same numbers must also be shown as text or a table. */
  label: string;
  /** CSS height of the chart box. Default: "16rem". */
  height?: string;
}

const registered = new WeakSet<object>();

function register(components: readonly ChartComponentLike[]) {
  for (const c of components) {
    if (registered.has(c as object)) continue;
    Chart.register(c);
    registered.add(c as object);
  }
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * One chart.js instance bound to one canvas: created on mount, updated in place when the
 * config changes, destroyed on unmount. Animations are off when the user prefers reduced motion.
 */
export function ChartCanvas<T extends ChartType>({ config, components, label, height = '16rem' }: ChartCanvasProps<T>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<T> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    register(components);
    const chart = new Chart<T>(canvas, withDefaults(config));
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
    // Created once; later configs are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const next = withDefaults(config);
    chart.data = next.data;
    if (next.options) chart.options = next.options;
    chart.update('none');
  }, [config]);

  return (
    <div class="cn-chart" style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}

function withDefaults<T extends ChartType>(config: ChartConfiguration<T>): ChartConfiguration<T> {
  const options = { ...(config.options ?? {}) } as Record<string, unknown>;
  options.responsive = true;
  options.maintainAspectRatio = false;
  if (prefersReducedMotion()) options.animation = false;
  return { ...config, options: options as ChartConfiguration<T>['options'] };
}
