import { getTranslations } from 'next-intl/server';

/** A caregiver's link tried too often from one address: the page says so, and nothing else. */
export async function CareLinkThrottled() {
  const t = await getTranslations('care.throttled');
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <p role="alert" className="text-slate-700">
        {t('text')}
      </p>
    </main>
  );
}
