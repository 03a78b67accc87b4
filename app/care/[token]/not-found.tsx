export default function CareLinkNotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold text-slate-900">This link no longer works</h1>
      <p className="mt-2 text-slate-600">It has expired or the parent has stopped it. Ask them for a new link.</p>
    </main>
  );
}
