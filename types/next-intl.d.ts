import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

// next-intl checks every static key against the English catalog: `t('layout.nav.missing')` does
// not compile (https://next-intl.dev/docs/workflows/typescript).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
