'use client';

// Drawn in the browser from the answers alone: as a server drawing its SVG would reach the page's
// HTML twice (issue 11).
import { SidewaysScroll } from '@/components/ui/sideways-scroll';
import type { Tolerance } from '@/lib/generated/prisma/enums';

/** Higher is better: where each answer sits on the chart, top row first. */
const ROWS = ['GOOD', 'FUSSY', 'STOPPED_EARLY'] as const satisfies readonly Tolerance[];
// Each answer has its own mark as well as its height, so the chart does not rely on colour.
const MARKS = { GOOD: '●', FUSSY: '◆', STOPPED_EARLY: '▲' } as const satisfies Record<Tolerance, string>;

const STEP = 28;
const ROW = 22;

/** The chart's words in the interface's language, looked up on the server (children.toleranceChart). */
export type ToleranceChartLabels = {
  tolerance: Record<Tolerance, string>;
  caption: string;
  lastSession: string;
  legendNote: string;
};

type ToleranceChartProps = {
  labels: ToleranceChartLabels;
  /** How the baby took each done session, in date order (sessions done without an answer are left out). */
  sessions: readonly { number: number; tolerance: Tolerance }[];
};

/**
 * How the baby took the sessions over time: one mark per done session, higher when it went well.
 * The figure's words say the same for a screen reader: the counts of each answer, then the last.
 */
export function ToleranceChart({ labels, sessions }: ToleranceChartProps) {
  if (sessions.length === 0) return null;
  const counts = ROWS.map((tolerance) => {
    const count = sessions.filter((session) => session.tolerance === tolerance).length;
    return `${labels.tolerance[tolerance]}: ${count}`;
  });
  const last = sessions.at(-1);
  const summary = `${counts.join(', ')}${last ? `. ${labels.lastSession} ${labels.tolerance[last.tolerance]}` : ''}.`;
  const width = sessions.length * STEP;
  const height = ROWS.length * ROW + 18;
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium text-slate-800">{labels.caption}</figcaption>
      <SidewaysScroll
        label={labels.caption}
        pinned={
          <ul className="mr-2 text-xs text-slate-700">
            {ROWS.map((tolerance) => (
              <li key={tolerance} className="flex items-center whitespace-nowrap" style={{ height: ROW }}>
                {labels.tolerance[tolerance]}
              </li>
            ))}
          </ul>
        }
      >
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="text-slate-700"
        >
          {ROWS.map((tolerance, row) => (
            <line
              key={tolerance}
              x1={0}
              x2={width}
              y1={row * ROW + 11}
              y2={row * ROW + 11}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
          ))}
          <polyline
            fill="none"
            stroke="currentColor"
            strokeOpacity={0.4}
            points={sessions
              .map((session, index) => `${index * STEP + 8},${ROWS.indexOf(session.tolerance) * ROW + 11}`)
              .join(' ')}
          />
          {sessions.map((session, index) => (
            <g key={session.number}>
              <text
                x={index * STEP + 8}
                y={ROWS.indexOf(session.tolerance) * ROW + 15}
                fontSize={13}
                textAnchor="middle"
                className={session.tolerance === 'GOOD' ? 'fill-emerald-700' : 'fill-amber-800'}
              >
                {MARKS[session.tolerance]}
              </text>
              <text
                x={index * STEP + 8}
                y={ROWS.length * ROW + 14}
                fontSize={10}
                textAnchor="middle"
                fill="currentColor"
              >
                {session.number}
              </text>
            </g>
          ))}
        </svg>
      </SidewaysScroll>
      <p className="text-xs text-slate-700">
        {ROWS.map((tolerance) => `${MARKS[tolerance]} ${labels.tolerance[tolerance]}`).join('  ')} · {labels.legendNote}
      </p>
    </figure>
  );
}
