import { useTranslations } from 'next-intl';

/**
 * Shown to whoever can reassign an active clinic course whose therapist's account was switched
 * off: nobody can record its sessions until another therapist has it.
 */
export function DeactivatedTherapistAlert({ therapistName, formId }: { therapistName: string; formId: string }) {
  const t = useTranslations('courses.deactivatedTherapist');
  return (
    <div
      role="alert"
      className="no-print mb-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-300"
    >
      <p className="font-semibold">{t('message', { name: therapistName })}</p>
      <a href={`#${formId}`} className="font-medium underline">
        {t('choose')}
      </a>
    </div>
  );
}
