import type { ReactNode } from 'react';
import { SourceRefs } from '@/components/shared/source-refs';
import type { PrescriptionPreview } from '@/lib/domain/prescription/decide-prescription';
import {
  BODY_AREAS,
  CONTRAINDICATION_IDS,
  CONTRAINDICATIONS,
  isContraindicationId,
  type ContraindicationKind,
  type IndicationKind,
} from '@/lib/domain/rules';
import { formatDate } from '@/lib/i18n/format';
import { FormSection } from './form-section';

/**
 * The contraindication checklist of the prescribe form, grouped by what a ticked item does, with
 * the consequence of the ticks shown as the doctor goes (the decision's screening, as the server
 * runs it on save). The doctor ticks what is present and confirms every item was checked
 * (prescribeCourseSchema: contraindications, screeningConfirmed).
 */

const KIND_ORDER = [
  'ABSOLUTE',
  'TEMPORARY',
  'LOCAL',
  'PROFESSIONAL_ONLY',
] as const satisfies readonly ContraindicationKind[];

const KIND_GROUPS = {
  ABSOLUTE: { title: 'Absolute', explanation: 'Blocks the course: no massage until a doctor clears it.' },
  TEMPORARY: {
    title: 'Temporary',
    explanation:
      'The course can be saved but may not start today: choose a start date after recovery. A rash or inflamed skin anywhere postpones the start (000, 001, 002).',
  },
  LOCAL: {
    title: 'Local',
    explanation:
      'A quiet lesion only (a wart, a birthmark): that body area is left out of the routine, with the whole-body exercises (002).',
  },
  PROFESSIONAL_ONLY: {
    title: 'Professional only',
    explanation: (
      <>
        A therapeutic course by a professional only; a preventive or corrective course is blocked. One text forbids it{' '}
        <SourceRefs ids={['002']} inline isLinked={false} />, another treats it{' '}
        <SourceRefs ids={['001']} inline isLinked={false} />.
      </>
    ),
  },
} as const satisfies Record<ContraindicationKind, { title: string; explanation: ReactNode }>;

const ITEMS_BY_KIND = Object.fromEntries(
  KIND_ORDER.map((kind) => [kind, CONTRAINDICATION_IDS.filter((id) => CONTRAINDICATIONS[id].kind === kind)]),
) as Record<ContraindicationKind, typeof CONTRAINDICATION_IDS>;

type Props = {
  /** Ticked when the form was rendered (defaults, or what was sent before a refusal). */
  defaultPresent: readonly string[];
  /** Ticked now: the live verdict follows them. */
  present: readonly string[];
  defaultConfirmed: boolean;
  /** The chosen indication's kind, null until one is chosen. */
  indicationKind: IndicationKind | null;
  preview: PrescriptionPreview;
  locale: string;
  errorFor: (field: string) => string | undefined;
};

export function ScreeningSection({
  defaultPresent,
  present,
  defaultConfirmed,
  indicationKind,
  preview,
  locale,
  errorFor,
}: Props) {
  const checklistError = [errorFor('screening'), errorFor('contraindications')].filter(Boolean).join(' ') || undefined;
  const confirmError = errorFor('screeningConfirmed');
  return (
    <FormSection
      id="prescribe-screening"
      title="Contraindications"
      description={
        <>
          Screen the child before prescribing <SourceRefs ids={['000', '001', '002']} inline isLinked={false} />. Tick
          only what the child has now.
        </>
      }
    >
      <fieldset
        className="min-w-0 space-y-4"
        aria-describedby={checklistError ? 'contraindications-error' : 'screening-verdict'}
        aria-invalid={checklistError ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">Present in this child</legend>
        {KIND_ORDER.map((kind) => (
          <KindGroup key={kind} kind={kind} defaultPresent={defaultPresent} />
        ))}
      </fieldset>
      <ScreeningVerdict present={present} indicationKind={indicationKind} preview={preview} locale={locale} />
      {checklistError ? (
        <p id="contraindications-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {checklistError}
        </p>
      ) : null}
      <div className="space-y-1">
        <label className="flex cursor-pointer items-start gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-inset ring-slate-200">
          <input
            type="checkbox"
            name="screeningConfirmed"
            defaultChecked={defaultConfirmed}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? 'screeningConfirmed-error' : undefined}
            className="mt-0.5 size-4 shrink-0 accent-brand-600"
          />
          <span className="font-medium text-slate-900">I screened the child for every item of this checklist</span>
        </label>
        {confirmError ? (
          <p id="screeningConfirmed-error" role="alert" className="text-sm text-red-700">
            {confirmError}
          </p>
        ) : null}
      </div>
    </FormSection>
  );
}

function KindGroup({ kind, defaultPresent }: { kind: ContraindicationKind; defaultPresent: readonly string[] }) {
  const group = KIND_GROUPS[kind];
  const explanationId = `screening-${kind.toLowerCase()}-note`;
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={explanationId}>
      <legend className="text-sm font-semibold text-slate-900">{group.title}</legend>
      <p id={explanationId} className="-mt-1 text-xs text-slate-600">
        {group.explanation}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {ITEMS_BY_KIND[kind].map((id) => (
          <label
            key={id}
            className="flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-200 has-[:checked]:bg-amber-50 has-[:checked]:ring-amber-500"
          >
            <input
              type="checkbox"
              name="contraindications"
              value={id}
              defaultChecked={defaultPresent.includes(id)}
              className="mt-0.5 size-4 shrink-0 accent-amber-600"
            />
            <span className="min-w-0 break-words font-medium text-slate-900">{CONTRAINDICATIONS[id].label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type VerdictLine = { tone: 'bad' | 'warn' | 'info'; lead: string; text: string };

const LINE_TONES = {
  bad: 'bg-red-50 text-red-900 ring-red-200',
  warn: 'bg-amber-50 text-amber-900 ring-amber-200',
  info: 'bg-sky-50 text-sky-900 ring-sky-200',
} as const satisfies Record<VerdictLine['tone'], string>;

type VerdictProps = {
  present: readonly string[];
  indicationKind: IndicationKind | null;
  preview: PrescriptionPreview;
  locale: string;
};

/** What the ticks mean for this course, in the order that matters: blocked, not today, left out. */
function verdictLines({ present, indicationKind, preview, locale }: VerdictProps): VerdictLine[] {
  const ticked = present.filter(isContraindicationId);
  const outcome = preview.screening;
  const lines: VerdictLine[] = [];

  for (const reason of outcome.blocked) {
    const kind = CONTRAINDICATIONS[reason.itemId].kind;
    const why =
      kind === 'ABSOLUTE'
        ? 'no massage until a doctor clears it.'
        : 'only a therapeutic course by a professional; not this course.';
    lines.push({ tone: 'bad', lead: 'Blocked:', text: `${reason.label}, ${why}` });
  }
  if (outcome.postponeStart.length > 0) {
    const labels = outcome.postponeStart.map((reason) => reason.label).join('; ');
    lines.push({
      tone: 'warn',
      lead: 'Cannot start today:',
      text: preview.laterStart
        ? `${labels}. The start date, ${formatDate(preview.laterStart, locale)}, is later: the course can be saved if the baby has recovered by then.`
        : `${labels}. Choose a start date after recovery.`,
    });
  }
  if (outcome.excludedAreas.length > 0) {
    lines.push({
      tone: 'info',
      lead: 'Left out:',
      text: outcome.excludedAreas.map((area) => BODY_AREAS[area].label).join(', '),
    });
  }
  const professionalOnly = ticked.filter((id) => CONTRAINDICATIONS[id].kind === 'PROFESSIONAL_ONLY');
  if (professionalOnly.length > 0 && indicationKind !== 'PREVENTIVE' && indicationKind !== 'CORRECTIVE') {
    const labels = professionalOnly.map((id) => CONTRAINDICATIONS[id].label).join('; ');
    lines.push({
      tone: 'info',
      lead: 'Therapeutic course only:',
      text:
        indicationKind === null
          ? `${labels}. Choose the indication to see whether this course may go ahead.`
          : `${labels}, by a professional massage therapist.`,
    });
  }
  return lines;
}

function ScreeningVerdict(props: VerdictProps) {
  const lines = verdictLines(props);
  return (
    <div id="screening-verdict" aria-live="polite" className="space-y-2">
      {lines.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
          Nothing ticked: no contraindication found.
        </p>
      ) : (
        lines.map((line, index) => (
          <p
            key={`${line.lead}-${index}`}
            className={`rounded-md px-3 py-2 text-sm ring-1 ring-inset ${LINE_TONES[line.tone]}`}
          >
            <strong className="font-semibold">{line.lead}</strong> {line.text}
          </p>
        ))
      )}
    </div>
  );
}
