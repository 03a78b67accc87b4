import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { can, type Role } from '@/lib/auth/policy';

/**
 * "Download record (FHIR)": the child's whole record as a FHIR R4 file, for another doctor or
 * system. Staff get it from the patients route, a family from their children's; a role that may
 * do neither sees nothing. A plain link: the browser saves the file the route names.
 */
export async function DownloadRecordLink({ role, patientId }: { role: Role; patientId: string }) {
  const href = can(role, 'EXPORT_PATIENT_RECORD')
    ? `/api/patients/${patientId}/fhir`
    : can(role, 'EXPORT_OWN_CHILD_RECORD')
      ? `/api/children/${patientId}/fhir`
      : null;
  if (!href) return null;
  const t = await getTranslations('common');
  return (
    <a href={href} download className={`${buttonClasses('secondary')} no-print`}>
      {t('downloadRecord')}
    </a>
  );
}
