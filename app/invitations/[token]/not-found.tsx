export default function InvitationNotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold text-slate-900">This invitation no longer works</h1>
      <p className="mt-2 text-slate-600">
        It has been used, has expired or was stopped. Ask whoever sent it for a new one.
      </p>
    </main>
  );
}
