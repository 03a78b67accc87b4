import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/field';

/** A GET form: the search lives in the address (?q=), so it can be bookmarked and shared. */
export function PatientSearch({ query }: { query: string }) {
  return (
    <Form action="/patients" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="patient-search" className="block text-sm font-medium text-slate-800">
          Search by name
        </label>
        <input
          id="patient-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="First name or surname"
          className={inputClasses}
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {query ? (
        <Link href="/patients" className="px-2 py-2 text-sm font-medium text-brand-700 underline">
          Clear
        </Link>
      ) : null}
    </Form>
  );
}
