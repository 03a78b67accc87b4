import { CARE_LINK_THROTTLED } from '@/lib/server/care-links/record-care-link-session';

/** A caregiver's link tried too often from one address: the page says so, and nothing else. */
export function CareLinkThrottled() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <p role="alert" className="text-slate-700">
        {CARE_LINK_THROTTLED}
      </p>
    </main>
  );
}
