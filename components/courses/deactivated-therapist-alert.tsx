/**
 * Shown to whoever can reassign an active clinic course whose therapist's account was switched
 * off: nobody can record its sessions until another therapist has it.
 */
export function DeactivatedTherapistAlert({ therapistName, formId }: { therapistName: string; formId: string }) {
  return (
    <div
      role="alert"
      className="no-print mb-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-300"
    >
      <p className="font-semibold">
        {therapistName}&apos;s account is deactivated: choose another therapist so the sessions are recorded.
      </p>
      <a href={`#${formId}`} className="font-medium underline">
        Choose another therapist
      </a>
    </div>
  );
}
