'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { readSignInError } from '@/lib/auth/sign-in-error';

// zod with the schema, and next-auth's client (10 kB gzip, transpiled with its generator runtime),
// load after the page is up, not with its first JavaScript (issue 11); a submit awaits them.
const loadSchema = () => import('@/lib/validation/auth').then((module) => module.ZSignInSchema);
const loadSignIn = () => import('next-auth/react').then((module) => module.signIn);

type Errors = { email?: string; password?: string; form?: string };

export function SignInForm() {
  const router = useRouter();
  const t = useTranslations('auth');
  const format = useFormatter();
  const [errors, setErrors] = useState<Errors>({});
  const [isPending, setIsPending] = useState(false);
  useEffect(() => {
    void loadSchema();
    void loadSignIn();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = (await loadSchema()).safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      const fields = parsed.error.flatten().fieldErrors;
      setErrors({
        email: fields.email ? t('signIn.emailRequired') : undefined,
        password: fields.password ? t('signIn.passwordRequired') : undefined,
      });
      return;
    }
    setIsPending(true);
    setErrors({});
    const signIn = await loadSignIn();
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setIsPending(false);
      const message = readSignInError(result?.error ?? '');
      setErrors({
        form:
          message.key === 'throttled'
            ? t('signInErrors.throttled', {
                time: format.dateTime(message.retryAt, { hour: '2-digit', minute: '2-digit' }),
              })
            : t(`signInErrors.${message.key}`),
      });
      return;
    }
    router.replace('/');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      ) : null}
      <TextField
        name="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        required
        error={errors.email}
      />
      <TextField
        name="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
