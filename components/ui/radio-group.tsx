'use client';

import { useEffect, useRef, type ChangeEvent } from 'react';

type RadioOption = { value: string; label: string; hint?: string };

type RadioGroupProps = {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  defaultValue?: string;
  error?: string;
  /** Makes ids unique when the same form appears several times on a page. */
  idPrefix?: string;
  onValueChange?: (value: string) => void;
};

/** A set of choices as large tap targets, with its legend and error wired for screen readers. */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  error,
  idPrefix = name,
  onValueChange,
}: RadioGroupProps) {
  const errorId = `${idPrefix}-error`;
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // A choice made before the page hydrated (a slow phone, a page that fell back to a full load) is
  // checked in the page but never reached onValueChange: hand it on once hydrated, or the form
  // would show and confirm the server's default while the other choice is ticked.
  useEffect(() => {
    const checked = fieldset.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (checked && checked.value !== defaultValue) onValueChange?.(checked.value);
    // Only on mount: later choices arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <fieldset ref={fieldset} className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md bg-white px-3 py-2 text-sm text-slate-800 ring-1 ring-inset ring-slate-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600"
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={option.value === defaultValue}
                onChange={
                  onValueChange
                    ? (event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value)
                    : undefined
                }
                className="h-4 w-4 accent-brand-600"
              />
              <span>
                {option.label}
                {option.hint ? <span className="block text-xs text-slate-600">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
