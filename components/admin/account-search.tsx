import { ListSearch } from '@/components/ui/list-search';

export function AccountSearch({ query }: { query: string }) {
  return (
    <ListSearch
      action="/admin/users"
      id="account-search"
      label="Search by name or email"
      placeholder="Name or email address"
      query={query}
    />
  );
}
