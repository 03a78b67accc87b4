import type { ReactNode } from 'react';

export type CheckboxOption = { value: string; label: string; detail?: string };

type CheckboxGroupProps = {
  name: string;
  legend: string;
  options: readonly CheckboxOption[];
  defaultValues?: readonly string[];
  error?: string;
  hint?: string;
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty?: ReactNode;
  /** Lays the boxes out in a row (short labels such as weekdays). */
  inline?: boolean;
  disabled?: boolean;
  hidden?: boolean;
};

/**
 * A set of checkboxes submitted under one name (a list), with its legend, hint and error wired
 * to the group for screen readers, like FieldShell does for single fields. A disabled group is
 * left out of the submitted form, so a hidden group keeps its ticks without sending them.
 */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues = [],
  error,
  hint,
  empty,
  inline = false,
  disabled,
  hidden,
}: CheckboxGroupProps) {
  const describedBy = error ? `${name}-error` : hint ? `${name}-hint` : undefined;
  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
      hidden={hidden}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 && empty ? (
        <div className="text-sm text-slate-600">{empty}</div>
      ) : (
        <div className={inline ? 'flex flex-wrap gap-2' : 'space-y-2'}>
          {options.map((option) => (
            <label
              key={option.value}
              className={
                inline
                  ? 'inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600'
                  : 'flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600'
              }
            >
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
                className="mt-0.5 size-4 shrink-0 accent-brand-600"
              />
              <span className="min-w-0 break-words">
                <span className="font-medium text-slate-900">{option.label}</span>
                {option.detail ? <span className="block text-xs text-slate-500">{option.detail}</span> : null}
              </span>
            </label>
          ))}
        </div>
      )}
      {hint && !error ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
