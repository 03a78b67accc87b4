import { getTranslations } from 'next-intl/server';
import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/field';

type Props = {
  /** The list's address: the search goes there as ?q=. */
  action: string;
  id: string;
  label: string;
  placeholder: string;
  query: string;
};

/** A GET form above a paged list: the search lives in the address (?q=), so it can be bookmarked and shared. */
export async function ListSearch({ action, id, label, placeholder, query }: Props) {
  const t = await getTranslations('common');
  return (
    <Form action={action} role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input id={id} name="q" type="search" defaultValue={query} placeholder={placeholder} className={inputClasses} />
      </div>
      <Button type="submit" variant="secondary">
        {t('search')}
      </Button>
      {query ? (
        <Link href={action} className="px-2 py-2 text-sm font-medium text-brand-700 underline">
          {t('clearSearch')}
        </Link>
      ) : null}
    </Form>
  );
}
