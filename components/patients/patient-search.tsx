import { ListSearch } from '@/components/ui/list-search';

export function PatientSearch({ query }: { query: string }) {
  return (
    <ListSearch
      action="/patients"
      id="patient-search"
      label="Search by name"
      placeholder="First name or surname"
      query={query}
    />
  );
}
