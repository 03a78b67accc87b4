import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/field';

type Props = {
  values: { inviteName: string; inviteEmail: string };
  errorFor: (field: 'inviteName' | 'inviteEmail') => string | undefined;
};

/** Registering a child: invite a parent who has no account yet, in the same step. */
export function NewGuardianInvitationFields({ values, errorFor }: Props) {
  const t = useTranslations('patients.newGuardianInvitation');
  return (
    <div className="border-t border-slate-200 pt-4">
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t('legend')}</legend>
        <p className="text-xs text-slate-600">{t('intro')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="inviteName"
            label={t('name')}
            autoComplete="off"
            maxLength={120}
            defaultValue={values.inviteName}
            error={errorFor('inviteName')}
          />
          <TextField
            name="inviteEmail"
            label={t('email')}
            type="email"
            autoComplete="off"
            maxLength={254}
            defaultValue={values.inviteEmail}
            error={errorFor('inviteEmail')}
          />
        </div>
      </fieldset>
    </div>
  );
}
