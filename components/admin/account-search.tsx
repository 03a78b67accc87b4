import { getTranslations } from 'next-intl/server';
import { ListSearch } from '@/components/ui/list-search';

export async function AccountSearch({ query }: { query: string }) {
  const t = await getTranslations('admin.users.search');
  return (
    <ListSearch
      action="/admin/users"
      id="account-search"
      label={t('label')}
      placeholder={t('placeholder')}
      query={query}
    />
  );
}
