import type { ReactNode } from 'react';

/** A chapter of the rule book: a heading the table of contents links to, then its rules. */
export function GuidelineSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6 print:p-0 print:shadow-none print:ring-0"
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900 break-after-avoid">
        {title}
      </h2>
      {intro ? <div className="mt-1 text-sm text-slate-600">{intro}</div> : null}
      <div className="mt-4 space-y-6">{children}</div>
    </section>
  );
}

/** A group inside a chapter (e.g. one kind of contraindication). */
export function GuidelineGroup({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 className="text-base font-semibold text-slate-900 break-after-avoid">{title}</h3>
      {intro ? <div className="text-sm text-slate-600">{intro}</div> : null}
      {children}
    </div>
  );
}
