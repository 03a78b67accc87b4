'use client';

import { lazy, type ComponentProps, type ReactNode } from 'react';
import { LazyDisclosure } from './lazy-disclosure';

const HomeRoutine = lazy(() => import('./home-routine').then((module) => ({ default: module.HomeRoutine })));

/** The full home routine, with its drawings, folded under a one-line summary of it. */
export function RoutineDisclosure({
  summary,
  footer,
  ...routine
}: ComponentProps<typeof HomeRoutine> & { summary: ReactNode; footer?: ReactNode }) {
  return (
    <LazyDisclosure id="routine-heading" title="Home routine" summary={summary} footer={footer}>
      <HomeRoutine {...routine} />
    </LazyDisclosure>
  );
}
