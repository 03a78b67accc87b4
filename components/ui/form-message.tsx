import type { ActionState } from '@/lib/actions/action-state';

/** The form-level outcome: the reason a save was refused, or its confirmation. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
        {state.message}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}
