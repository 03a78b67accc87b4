import type { ReactNode } from 'react';

type SidewaysScrollProps = {
  /** Names the region a keyboard user lands on: the chart's or the table's title. */
  label: string;
  /**
   * What stays in view at the start while the rest scrolls: a chart's axis or row names, so a
   * long course still reads on a phone. Hidden from screen readers: the chart's own words say it.
   */
  pinned?: ReactNode;
  children: ReactNode;
};

/**
 * A chart or table wider than a phone scrolls sideways inside this region. It takes the focus
 * (its arrow keys then scroll it) and is named, so a keyboard user can reach what lies past the
 * edge and a screen reader says what the stop is (axe: scrollable-region-focusable). Printed, it
 * shows everything.
 */
export function SidewaysScroll({ label, pinned, children }: SidewaysScrollProps) {
  const region = (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 print:overflow-visible"
    >
      {children}
    </div>
  );
  if (!pinned) return region;
  return (
    <div className="flex items-start">
      <div aria-hidden="true" className="shrink-0">
        {pinned}
      </div>
      <div className="min-w-0 flex-1">{region}</div>
    </div>
  );
}
