import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export type BarDatum = { label: string; value: number };

const ROW = 30;
const LABEL_WIDTH = 140;
const VALUE_WIDTH = 48;
const WIDTH = 520;

/**
 * Horizontal bars, one per row. Drawn on the server as SVG by visx: the dashboard sends no chart
 * script to the browser. The figures, as links to their lists, stand beside it in words.
 */
export function BarChart({ title, data, unit = '' }: { title: string; data: readonly BarDatum[]; unit?: string }) {
  if (data.length === 0) return null;
  const height = data.length * ROW;
  const y = scaleBand<string>({ domain: data.map((datum) => datum.label), range: [0, height], padding: 0.25 });
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const x = scaleLinear<number>({
    domain: [0, unit === '%' ? 100 : max],
    range: [0, WIDTH - LABEL_WIDTH - VALUE_WIDTH],
  });
  const summary = data.map((datum) => `${datum.label}: ${datum.value}${unit}`).join('; ');
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-xl"
      >
        {data.map((datum) => {
          const top = y(datum.label) ?? 0;
          return (
            <g key={datum.label}>
              <text x={0} y={top + y.bandwidth() / 2 + 4} fontSize={12} fill="#1e293b">
                {datum.label.length > 20 ? `${datum.label.slice(0, 19)}…` : datum.label}
              </text>
              <Group left={LABEL_WIDTH}>
                <Bar x={0} y={top} width={Math.max(x(datum.value), 1)} height={y.bandwidth()} fill="#1f7a6c" rx={2} />
                <text x={x(datum.value) + 6} y={top + y.bandwidth() / 2 + 4} fontSize={12} fill="#1e293b">
                  {datum.value}
                  {unit}
                </text>
              </Group>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
