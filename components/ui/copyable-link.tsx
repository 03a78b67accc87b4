'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { TextField } from './field';

type Props = { name: string; label: string; link: string; children?: ReactNode };

/** A link the server shows once (it keeps only its hash): selected on focus, with a copy button. */
export function CopyableLink({ name, label, link, children }: Props) {
  const [isCopied, setIsCopied] = useState(false);
  const t = useTranslations('common');
  return (
    <div className="space-y-2">
      <TextField name={name} label={label} readOnly value={link} onFocus={(event) => event.target.select()} />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <button
          type="button"
          className="font-medium text-brand-700 underline"
          onClick={() => void navigator.clipboard?.writeText(link).then(() => setIsCopied(true))}
        >
          {t('copyLink')}
        </button>
        {children}
        <span role="status" className="text-slate-600">
          {isCopied ? t('copied') : ''}
        </span>
      </div>
    </div>
  );
}
