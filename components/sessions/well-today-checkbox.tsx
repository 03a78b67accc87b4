import { useTranslations } from 'next-intl';

type WellTodayCheckboxProps = {
  /** Unique on the page: a parent's page can hold one form per open home session. */
  id: string;
  defaultChecked: boolean;
  error?: string;
  /** A correction asks about a past session: "was well before this session". */
  name?: 'wellToday' | 'wellBefore';
  /** Replaces the catalog's sessions.wellToday.label ("The baby is well today"). */
  label?: string;
};

/**
 * The required "well today" tick before a session is marked done (domain.md, "Timing rules": only
 * when the baby is well), with its message right under
 * it and wired to it, so a screen reader reads the refusal with the box.
 */
export function WellTodayCheckbox({ id, defaultChecked, error, name = 'wellToday', label }: WellTodayCheckboxProps) {
  const t = useTranslations('sessions.wellToday');
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label
        htmlFor={id}
        className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-inset has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600 ${error ? 'ring-2 ring-red-500' : 'ring-slate-300'}`}
      >
        <input
          id={id}
          type="checkbox"
          name={name}
          required
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 size-4 shrink-0 accent-brand-600"
        />
        <span className="min-w-0 break-words">
          <span className="font-medium text-slate-900">{label ?? t('label')}</span>{' '}
          <span className="text-slate-700">{t('detail')}</span>
        </span>
      </label>
      {error ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
