'use client';

import { lazy, type ReactNode } from 'react';
import { LazyDisclosure, type DisclosureLabels } from './lazy-disclosure';
import { RuleBookMessages } from './rule-book-messages';

const SafetyRules = lazy(() => import('./safety-rules').then((module) => ({ default: module.SafetyRules })));

/**
 * The safety rules folded under what they cover, with the clinic's contact always in sight: the
 * warning signs say to call it.
 */
export function SafetyRulesDisclosure({
  contact,
  title,
  summary,
  labels,
}: {
  contact: ReactNode;
  /** "Safety rules" and its one-line summary, in the interface's language. */
  title: string;
  summary: string;
  labels: DisclosureLabels;
}) {
  return (
    <LazyDisclosure
      id="safety-heading"
      title={title}
      summary={summary}
      labels={labels}
      footer={<div className="mt-3 rounded-md bg-red-50 p-3 ring-1 ring-red-200">{contact}</div>}
    >
      <RuleBookMessages>
        <SafetyRules contact={contact} />
      </RuleBookMessages>
    </LazyDisclosure>
  );
}
