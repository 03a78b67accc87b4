/** "Sign out" as a plain form: it works before any script runs and ships none. */
export function SignOutForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
