import { getTranslations } from 'next-intl/server';
import type { ClinicProfile } from '@/lib/validation/clinic-profile';

/**
 * Where to reach the clinic, on the parent's page and its printout: the safety rules tell parents
 * to call the clinic, so the number is beside them. Shows only what the admin has filled in.
 */
export async function ClinicContact({ clinic }: { clinic: ClinicProfile }) {
  const t = await getTranslations('children.contact');
  return (
    <address className="text-sm not-italic text-slate-800">
      <span className="block font-medium text-slate-900">{clinic.clinicName}</span>
      {clinic.clinicAddress ? <span className="block whitespace-pre-line">{clinic.clinicAddress}</span> : null}
      {clinic.clinicPhone ? (
        <span className="block">
          {t('phone')}{' '}
          <a
            href={`tel:${clinic.clinicPhone.replace(/[^+0-9]/g, '')}`}
            className="font-medium text-brand-700 underline"
          >
            {clinic.clinicPhone}
          </a>
        </span>
      ) : null}
    </address>
  );
}
