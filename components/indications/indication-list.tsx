import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { Badge, EmptyState } from '@/components/ui/card';
import type { FormAction } from '@/components/ui/use-action-form';
import { formatDate } from '@/lib/i18n/format';
import type { PatientDetail } from '@/lib/server/patients/get-patient';
import { INDICATION_KIND_TONES } from './labels';
import { ResolveIndicationForm } from './resolve-indication-form';

type Props = {
  patientId: string;
  indications: PatientDetail['indications'];
  locale: string;
  /** Present only for someone allowed to resolve indications. */
  resolveAction?: FormAction;
  canPrescribe: boolean;
  /** Someone allowed to record indications may correct one (with a reason; the history is kept). */
  canCorrect?: boolean;
};

export function IndicationList({
  patientId,
  indications,
  locale,
  resolveAction,
  canPrescribe,
  canCorrect = false,
}: Props) {
  const t = useTranslations('indications.list');
  const kinds = useTranslations('indications.kinds');
  if (indications.length === 0) {
    return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  }
  return (
    <ul aria-label={t('label')} className="divide-y divide-slate-200">
      {indications.map((indication) => (
        <li key={indication.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
          <div className="min-w-0 flex-1 basis-64 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={INDICATION_KIND_TONES[indication.kind]}>{kinds(indication.kind)}</Badge>
              {indication.resolvedOn ? (
                <Badge>{t('resolved', { date: formatDate(indication.resolvedOn, locale) })}</Badge>
              ) : (
                <Badge tone="info">{t('open')}</Badge>
              )}
            </div>
            <p className="break-words font-medium text-slate-900">
              {indication.diagnosis}
              {indication.icd10Code ? (
                <span className="ml-2 whitespace-nowrap font-mono text-sm text-slate-600">
                  {t('icd10', { code: indication.icd10Code })}
                </span>
              ) : null}
            </p>
            <p className="text-sm text-slate-600">
              {formatDate(indication.diagnosedOn, locale)} · {indication.authorName}
            </p>
            {canCorrect ? (
              <Link
                href={`/patients/${patientId}/indications/${indication.id}/correct`}
                className="no-print text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {t('correct')}
              </Link>
            ) : null}
          </div>
          {indication.resolvedOn ? null : (
            <div className="no-print flex flex-wrap items-start gap-2">
              {canPrescribe ? (
                <ButtonLink href={`/patients/${patientId}/courses/new?indication=${encodeURIComponent(indication.id)}`}>
                  {t('prescribe')}
                </ButtonLink>
              ) : null}
              {resolveAction ? (
                <ResolveIndicationForm
                  action={resolveAction}
                  indicationId={indication.id}
                  diagnosis={indication.diagnosis}
                />
              ) : null}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
