import { getTranslations } from 'next-intl/server';
import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { formatDate } from '@/lib/i18n/format';
import type { AccessLogFilterOptions } from '@/lib/server/audit/list-access-log';
import type { AccessLogParams } from '@/lib/validation/access-log';

type Props = { options: AccessLogFilterOptions; filters: AccessLogParams; locale: string };

/** A GET form: the filters live in the address, so a view of the log can be bookmarked and shared. */
export async function AccessLogFilters({ options, filters, locale }: Props) {
  const [t, roles] = await Promise.all([getTranslations('audit.filters'), getTranslations('common.roles')]);
  const isFiltered = Boolean(filters.child || filters.user || filters.from || filters.to);
  return (
    <Form
      action="/admin/access-log"
      role="search"
      aria-label={t('label')}
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_1fr_auto] lg:items-end"
    >
      <SelectField
        name="child"
        label={t('child')}
        defaultValue={filters.child ?? ''}
        options={[
          { value: '', label: t('everyChild') },
          ...options.children.map((child) => ({
            value: child.id,
            label: t('childOption', { name: child.name, born: formatDate(child.dateOfBirth, locale) }),
          })),
        ]}
      />
      <SelectField
        name="user"
        label={t('person')}
        defaultValue={filters.user ?? ''}
        options={[
          { value: '', label: t('everyone') },
          ...options.people.map((person) => ({
            value: person.id,
            label: t('personOption', { name: person.name, role: roles(person.role) }),
          })),
        ]}
      />
      <TextField name="from" label={t('from')} type="date" defaultValue={filters.from ?? ''} />
      <TextField name="to" label={t('to')} type="date" defaultValue={filters.to ?? ''} />
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
        {isFiltered ? (
          <Link href="/admin/access-log" className="px-2 py-2 text-sm font-medium text-brand-700 underline">
            {t('clear')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
