import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { formatDate } from '@/lib/i18n/format';
import type { AccessLogFilterOptions } from '@/lib/server/audit/list-access-log';
import type { AccessLogParams } from '@/lib/validation/access-log';

type Props = { options: AccessLogFilterOptions; filters: AccessLogParams; locale: string };

/** A GET form: the filters live in the address, so a view of the log can be bookmarked and shared. */
export function AccessLogFilters({ options, filters, locale }: Props) {
  const isFiltered = Boolean(filters.child || filters.user || filters.from || filters.to);
  return (
    <Form
      action="/admin/access-log"
      role="search"
      aria-label="Filter the access log"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_1fr_auto] lg:items-end"
    >
      <SelectField
        name="child"
        label="Child"
        defaultValue={filters.child ?? ''}
        options={[
          { value: '', label: 'Every child' },
          ...options.children.map((child) => ({
            value: child.id,
            label: `${child.name} (born ${formatDate(child.dateOfBirth, locale)})`,
          })),
        ]}
      />
      <SelectField
        name="user"
        label="Person"
        defaultValue={filters.user ?? ''}
        options={[
          { value: '', label: 'Everyone' },
          ...options.people.map((person) => ({
            value: person.id,
            label: `${person.name} (${ROLE_LABELS[person.role]})`,
          })),
        ]}
      />
      <TextField name="from" label="From" type="date" defaultValue={filters.from ?? ''} />
      <TextField name="to" label="To" type="date" defaultValue={filters.to ?? ''} />
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {isFiltered ? (
          <Link href="/admin/access-log" className="px-2 py-2 text-sm font-medium text-brand-700 underline">
            Clear
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
