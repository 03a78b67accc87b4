'use client';

import dynamic from 'next/dynamic';

export type { PrescribeCourseValues } from './prescribe/form-values';

/**
 * The prescribe form, kept out of the page's first JavaScript (issue 11: 150 kB gzip). The server
 * renders it whole, so the doctor sees it and can fill it in at once (its inputs are plain,
 * uncontrolled ones); its code is fetched alongside the page's and takes the form over when it
 * arrives, without holding up the rest of the page. The decision's module, with the rule book,
 * follows after mount (./prescribe/use-live-decision.ts).
 */
export const PrescribeCourseForm = dynamic(() =>
  import('./prescribe/prescribe-form').then((module) => module.PrescribeCourseForm),
);
