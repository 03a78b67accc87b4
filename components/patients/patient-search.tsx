import { useTranslations } from 'next-intl';
import { ListSearch } from '@/components/ui/list-search';

export function PatientSearch({ query }: { query: string }) {
  const t = useTranslations('patients.list');
  return (
    <ListSearch
      action="/patients"
      id="patient-search"
      label={t('searchLabel')}
      placeholder={t('searchPlaceholder')}
      query={query}
    />
  );
}
