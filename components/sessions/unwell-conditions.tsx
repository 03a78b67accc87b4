import type { ContraindicationId } from '@/lib/domain/rules/contraindications';
import { UNWELL_TODAY_IDS } from '@/lib/domain/rules/unwell-today';

/** The conditions' names in the reader's language, read by a server page from the rules catalog. */
export type UnwellConditionLabels = Partial<Record<ContraindicationId, string>>;

type UnwellConditionsProps = {
  /** Unique on the page: a parent's page can hold one form per open home session. */
  idPrefix: string;
  legend: string;
  hint: string;
  defaultValues: readonly string[];
  error?: string;
  /**
   * The rules catalog is too large to send to the browser, and the rule book's table would bring
   * its English texts into the browser's code (issue 11), so the form passes the few names this
   * list needs (unwellConditionLabels on a server page).
   */
  labels: UnwellConditionLabels;
};

/**
 * The "not well today" checklist, submitted as `conditions`. Not the generic CheckboxGroup,
 * whose ids come from the field name and would repeat when several forms share a page.
 */
export function UnwellConditions({ idPrefix, legend, hint, defaultValues, error, labels }: UnwellConditionsProps) {
  const describedBy = error ? `${idPrefix}-error` : `${idPrefix}-hint`;
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="space-y-2">
        {/* The temporary contraindications of the rule book, as the boxes to tick when the baby is not well today. */}
        {UNWELL_TODAY_IDS.map((condition) => {
          const option = { value: condition, label: labels[condition] };
          const id = `${idPrefix}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-inset has-checked:bg-amber-50 has-checked:ring-2 has-checked:ring-amber-600 ${error ? 'ring-red-400' : 'ring-slate-300'}`}
            >
              <input
                id={id}
                type="checkbox"
                name="conditions"
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
                className="mt-0.5 size-4 shrink-0 accent-amber-600"
              />
              <span className="min-w-0 break-words text-slate-900">{option.label}</span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${idPrefix}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${idPrefix}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
