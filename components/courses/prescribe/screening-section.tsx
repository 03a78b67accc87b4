import { useTranslations } from 'next-intl';
import { SourceRefs } from '@/components/shared/source-refs';
import type { PrescriptionPreview } from '@/lib/domain/prescription/decide-prescription';
import type { ContraindicationId, ContraindicationKind } from '@/lib/domain/rules/contraindications';
import type { IndicationKind } from '@/lib/domain/rules/indications';
import { formatDate } from '@/lib/i18n/format';
import { FormSection } from './form-section';
import type { ScreeningChecklist } from './screening-checklist';

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

type Props = {
  checklist: ScreeningChecklist;
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
  checklist,
  defaultPresent,
  present,
  defaultConfirmed,
  indicationKind,
  preview,
  locale,
  errorFor,
}: Props) {
  const t = useTranslations('courses.prescribe.screening');
  const checklistError = [errorFor('screening'), errorFor('contraindications')].filter(Boolean).join(' ') || undefined;
  const confirmError = errorFor('screeningConfirmed');
  return (
    <FormSection
      id="prescribe-screening"
      title={t('title')}
      description={t.rich('description', {
        refs: () => <SourceRefs ids={['000', '001', '002']} inline isLinked={false} />,
      })}
    >
      <fieldset
        className="min-w-0 space-y-4"
        aria-describedby={checklistError ? 'contraindications-error' : 'screening-verdict'}
        aria-invalid={checklistError ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t('legend')}</legend>
        {KIND_ORDER.map((kind) => (
          <KindGroup
            key={kind}
            kind={kind}
            items={checklist.filter((item) => item.kind === kind).map((item) => item.id)}
            defaultPresent={defaultPresent}
          />
        ))}
      </fieldset>
      <ScreeningVerdict
        checklist={checklist}
        present={present}
        indicationKind={indicationKind}
        preview={preview}
        locale={locale}
      />
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
          <span className="font-medium text-slate-900">{t('confirm')}</span>
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

type KindGroupProps = { kind: ContraindicationKind; items: ContraindicationId[]; defaultPresent: readonly string[] };

function KindGroup({ kind, items, defaultPresent }: KindGroupProps) {
  const t = useTranslations('courses.prescribe.screening.kinds');
  const tRules = useTranslations('rules');
  const explanationId = `screening-${kind.toLowerCase()}-note`;
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={explanationId}>
      <legend className="text-sm font-semibold text-slate-900">{t(`${kind}.title`)}</legend>
      <p id={explanationId} className="-mt-1 text-xs text-slate-600">
        {t.rich(`${kind}.explanation`, {
          // The sources that disagree on a professional-only item, each beside what it says.
          forbids: () => <SourceRefs ids={['002']} inline isLinked={false} />,
          treats: () => <SourceRefs ids={['001']} inline isLinked={false} />,
        })}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {items.map((id) => (
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
            <span className="min-w-0 break-words font-medium text-slate-900">{tRules(`contraindications.${id}`)}</span>
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
  checklist: ScreeningChecklist;
  present: readonly string[];
  indicationKind: IndicationKind | null;
  preview: PrescriptionPreview;
  locale: string;
};

type VerdictWords = {
  t: ReturnType<typeof useTranslations<'courses.prescribe.screening'>>;
  tRules: ReturnType<typeof useTranslations<'rules'>>;
};

/** What the ticks mean for this course, in the order that matters: blocked, not today, left out. */
function verdictLines(
  { checklist, present, indicationKind, preview, locale }: VerdictProps,
  { t, tRules }: VerdictWords,
): VerdictLine[] {
  const label = (id: ContraindicationId) => tRules(`contraindications.${id}`);
  const outcome = preview.screening;
  const lines: VerdictLine[] = [];

  for (const reason of outcome.blocked) {
    const kind = checklist.find((item) => item.id === reason.itemId)?.kind;
    const text = t(kind === 'ABSOLUTE' ? 'blockedAbsolute' : 'blockedProfessional', { label: label(reason.itemId) });
    lines.push({ tone: 'bad', lead: t('blockedLead'), text });
  }
  if (outcome.postponeStart.length > 0) {
    const labels = outcome.postponeStart.map((reason) => label(reason.itemId)).join('; ');
    lines.push({
      tone: 'warn',
      lead: t('notTodayLead'),
      text: preview.laterStart
        ? t('notTodayLaterStart', { labels, date: formatDate(preview.laterStart, locale) })
        : t('notToday', { labels }),
    });
  }
  if (outcome.excludedAreas.length > 0) {
    lines.push({
      tone: 'info',
      lead: t('leftOutLead'),
      text: outcome.excludedAreas.map((area) => tRules(`bodyAreas.${area}.label`)).join(', '),
    });
  }
  const professionalOnly = checklist
    .filter((item) => item.kind === 'PROFESSIONAL_ONLY' && present.includes(item.id))
    .map((item) => item.id);
  if (professionalOnly.length > 0 && indicationKind !== 'PREVENTIVE' && indicationKind !== 'CORRECTIVE') {
    const labels = professionalOnly.map(label).join('; ');
    lines.push({
      tone: 'info',
      lead: t('therapeuticLead'),
      text: indicationKind === null ? t('therapeuticNoIndication', { labels }) : t('therapeutic', { labels }),
    });
  }
  return lines;
}

function ScreeningVerdict(props: VerdictProps) {
  const t = useTranslations('courses.prescribe.screening');
  const tRules = useTranslations('rules');
  const lines = verdictLines(props, { t, tRules });
  return (
    <div id="screening-verdict" aria-live="polite" className="space-y-2">
      {lines.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-200">
          {t('nothingTicked')}
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
