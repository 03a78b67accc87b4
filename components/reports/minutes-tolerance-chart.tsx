import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import { SidewaysScroll } from '@/components/ui/sideways-scroll';
import type { ChartPoint, ReportTolerance } from '@/lib/domain/course-report';
import type { ReportTranslator } from './report-text';

// Each answer has its own mark and colour, so the chart does not rely on colour alone.
const MARKS = { GOOD: '●', FUSSY: '◆', STOPPED_EARLY: '▲' } as const satisfies Record<ReportTolerance, string>;
const MARK_COLOURS = { GOOD: '#047857', FUSSY: '#b45309', STOPPED_EARLY: '#b91c1c' } as const satisfies Record<
  ReportTolerance,
  string
>;

const HEIGHT = 220;
// The left margin holds the minutes axis, its ticks and its name, which LABEL_OFFSET keeps inside it.
const MARGIN = { top: 24, right: 12, bottom: 36, left: 48 };
const LABEL_OFFSET = 22;
const MIN_WIDTH = 320;
const STEP = 34;
const AXIS_STROKE = '#64748b';

/**
 * Minutes held at each session (bars, the planned minutes as a line) with how the baby took it
 * (a mark above the bar). Drawn on the server as SVG by visx: no script reaches the browser, and
 * it prints like the rest of the page.
 */
export function MinutesToleranceChart({ points, t }: { points: readonly ChartPoint[]; t: ReportTranslator }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">{t('chart.empty')}</p>;
  // The minutes axis is drawn apart from the plot, pinned while the plot scrolls on a phone.
  const plotWidth = Math.max(MIN_WIDTH - MARGIN.left, points.length * STEP + MARGIN.right);
  const innerWidth = plotWidth - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<number>({ domain: points.map((point) => point.number), range: [0, innerWidth], padding: 0.3 });
  const top = Math.max(...points.flatMap((point) => [point.minutes, point.plannedMinutes]));
  const y = scaleLinear<number>({ domain: [0, Math.ceil(top / 5) * 5 || 5], range: [innerHeight, 0], nice: true });
  const centre = (point: ChartPoint) => (x(point.number) ?? 0) + x.bandwidth() / 2;
  const summary = points
    .map((point) =>
      point.tolerance
        ? t('chart.pointTolerance', {
            number: point.number,
            minutes: point.minutes,
            tolerance: t(`tolerance.${point.tolerance}`),
          })
        : t('chart.point', { number: point.number, minutes: point.minutes }),
    )
    .join('; ');
  return (
    <figure className="report-figure space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{t('chart.caption')}</figcaption>
      <SidewaysScroll
        label={t('chart.caption')}
        pinned={
          <svg width={MARGIN.left} height={HEIGHT} viewBox={`0 0 ${MARGIN.left} ${HEIGHT}`}>
            <Group left={MARGIN.left - 0.5} top={MARGIN.top}>
              <AxisLeft
                scale={y}
                numTicks={4}
                label={t('chart.minutesAxis')}
                labelOffset={LABEL_OFFSET}
                stroke={AXIS_STROKE}
                tickStroke={AXIS_STROKE}
              />
            </Group>
          </svg>
        }
      >
        <svg role="img" aria-label={summary} width={plotWidth} height={HEIGHT} viewBox={`0 0 ${plotWidth} ${HEIGHT}`}>
          <Group top={MARGIN.top}>
            {points.map((point) => (
              <Bar
                key={point.number}
                x={x(point.number)}
                y={y(point.minutes)}
                width={x.bandwidth()}
                height={innerHeight - y(point.minutes)}
                fill="#5eb5a6"
              />
            ))}
            <LinePath
              data={[...points]}
              x={centre}
              y={(point) => y(point.plannedMinutes)}
              stroke="#334155"
              strokeDasharray="4 3"
              strokeWidth={1.5}
            />
            {points.map((point) =>
              point.tolerance ? (
                <text
                  key={point.number}
                  x={centre(point)}
                  y={y(point.minutes) - 6}
                  fontSize={12}
                  textAnchor="middle"
                  fill={MARK_COLOURS[point.tolerance]}
                >
                  {MARKS[point.tolerance]}
                </text>
              ) : null,
            )}
            <AxisBottom
              top={innerHeight}
              scale={x}
              label={t('chart.sessionAxis')}
              stroke={AXIS_STROKE}
              tickStroke={AXIS_STROKE}
              numTicks={points.length}
            />
          </Group>
        </svg>
      </SidewaysScroll>
      <p className="text-xs text-slate-700">
        {t('chart.key')}{' '}
        {(Object.keys(MARKS) as ReportTolerance[])
          .map((tolerance) => `${MARKS[tolerance]} ${t(`tolerance.${tolerance}`)}`)
          .join('  ')}
      </p>
    </figure>
  );
}
