'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/field';
import { GUARDIAN_SEARCH_MIN_LENGTH } from '@/lib/validation/form-constants';

export type GuardianChoice = { id: string; name: string; email: string };

type Props = {
  /** Submitted as one `name` input per chosen guardian. */
  name: string;
  chosen: readonly GuardianChoice[];
  onChange: (chosen: GuardianChoice[]) => void;
  error?: string;
};

type Search =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; matches: GuardianChoice[] }
  | { status: 'failed'; message: string };

/**
 * Picks guardians by searching the parent accounts on the server (/api/guardians: scoped, at most
 * 10 matches), never by listing them all: an ARIA 1.2 combobox (arrow keys, Enter, Escape) whose
 * choices stay below as a list with a Remove button each.
 */
export function GuardianPicker({ name, chosen, onChange, error }: Props) {
  const t = useTranslations('patients.guardianPicker');
  const id = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [active, setActive] = useState(-1);
  const [isOpen, setIsOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed.length < GUARDIAN_SEARCH_MIN_LENGTH) return;
    // Each keystroke cancels the previous search, so an older answer never replaces a newer one.
    const controller = new AbortController();
    fetch(`/api/guardians?${new URLSearchParams({ q: trimmed })}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { matches?: GuardianChoice[]; error?: string };
        setSearch(
          response.ok && body.matches
            ? { status: 'done', matches: body.matches }
            : { status: 'failed', message: body.error ?? t('failed') },
        );
        setActive(-1);
      })
      .catch(() => {
        if (!controller.signal.aborted) setSearch({ status: 'failed', message: t('failed') });
      });
    return () => controller.abort();
  }, [trimmed, t]);

  const chosenIds = new Set(chosen.map((guardian) => guardian.id));
  const options =
    search.status === 'done' && trimmed.length >= GUARDIAN_SEARCH_MIN_LENGTH
      ? search.matches.filter((match) => !chosenIds.has(match.id))
      : [];
  const isListShown = isOpen && options.length > 0;
  const status =
    trimmed.length === 0
      ? ''
      : trimmed.length < GUARDIAN_SEARCH_MIN_LENGTH
        ? t('tooShort', { count: GUARDIAN_SEARCH_MIN_LENGTH })
        : search.status === 'loading'
          ? t('searching')
          : search.status === 'failed'
            ? search.message
            : search.status === 'done'
              ? options.length === 0
                ? t('noMatch', { query: trimmed })
                : t('found', { count: options.length })
              : '';

  function choose(guardian: GuardianChoice) {
    onChange([...chosen, guardian]);
    setQuery('');
    setSearch({ status: 'idle' });
    setActive(-1);
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && isListShown) {
      // Enter chooses the highlighted parent instead of submitting the patient form.
      event.preventDefault();
      const guardian = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (guardian) choose(guardian);
    } else if (event.key === 'Escape') {
      setIsOpen(false);
      setActive(-1);
    }
  }

  const listId = `${id}-matches`;
  const describedBy = [error ? `${id}-error` : `${id}-hint`, `${id}-status`].join(' ');
  return (
    <fieldset className="min-w-0 space-y-3" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t('legend')}</legend>
      {chosen.length > 0 ? (
        <ul aria-label={t('chosen')} className="space-y-2">
          {chosen.map((guardian) => (
            <li
              key={guardian.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm ring-1 ring-inset ring-brand-600"
            >
              <input type="hidden" name={name} value={guardian.id} />
              <span className="min-w-0 break-words">
                <span className="font-medium text-slate-900">{guardian.name}</span>
                <span className="block text-xs text-slate-600">{guardian.email}</span>
              </span>
              <Button
                type="button"
                variant="secondary"
                aria-label={t('removeLabel', { name: guardian.name })}
                onClick={() => onChange(chosen.filter((other) => other.id !== guardian.id))}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t('noneChosen')}</p>
      )}
      <div className="relative space-y-1">
        <label htmlFor={`${id}-search`} className="block text-sm font-medium text-slate-800">
          {t('searchLabel')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-search`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={isListShown}
          aria-controls={listId}
          aria-activedescendant={isListShown && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setIsOpen(true);
            if (event.target.value.trim().length >= GUARDIAN_SEARCH_MIN_LENGTH) setSearch({ status: 'loading' });
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setIsOpen(false)}
          onFocus={() => setIsOpen(true)}
          className={inputClasses}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('matches')}
          hidden={!isListShown}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md bg-white py-1 shadow-lg ring-1 ring-slate-300"
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps focus in the input, so its blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-brand-50' : 'hover:bg-slate-50'}`}
            >
              <span className="font-medium text-slate-900">{option.name}</span>
              <span className="block text-xs text-slate-600">{option.email}</span>
            </li>
          ))}
        </ul>
        <p id={`${id}-status`} role="status" className="text-sm text-slate-600">
          {status}
        </p>
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {t('hint')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
