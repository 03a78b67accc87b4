'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/**
 * One button per language, each in its own language (a reader who cannot read the current one
 * still finds theirs). A plain form, so it works before any script runs; the action remembers
 * the choice and the page comes back in it.
 */
export function LanguageSwitcher({ action, className = '' }: { action: FormAction; className?: string }) {
  const locale = useLocale();
  const t = useTranslations('layout.languageSwitcher');
  const { state, formAction } = useActionForm(action);
  return (
    <form action={formAction} aria-label={t('label')} className={`flex flex-wrap items-center gap-1 ${className}`}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:text-slate-900 md:min-h-0 md:py-2"
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
      {state.status === 'error' ? (
        <p role="alert" className="w-full text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
