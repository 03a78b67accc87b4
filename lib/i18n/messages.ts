import type { Locale } from './locales';
import enAdmin from '@/messages/en/admin.json';
import enAlerts from '@/messages/en/alerts.json';
import enAudit from '@/messages/en/audit.json';
import enAuth from '@/messages/en/auth.json';
import enCalendar from '@/messages/en/calendar.json';
import enCare from '@/messages/en/care.json';
import enChildren from '@/messages/en/children.json';
import enCommon from '@/messages/en/common.json';
import enCourses from '@/messages/en/courses.json';
import enDashboard from '@/messages/en/dashboard.json';
import enDue from '@/messages/en/due.json';
import enErrors from '@/messages/en/errors.json';
import enFormat from '@/messages/en/format.json';
import enGuidelines from '@/messages/en/guidelines.json';
import enIndications from '@/messages/en/indications.json';
import enInvitations from '@/messages/en/invitations.json';
import enLayout from '@/messages/en/layout.json';
import enPatients from '@/messages/en/patients.json';
import enPrescription from '@/messages/en/prescription.json';
import enReports from '@/messages/en/reports.json';
import enReview from '@/messages/en/review.json';
import enRules from '@/messages/en/rules.json';
import enSessions from '@/messages/en/sessions.json';
import enSettings from '@/messages/en/settings.json';
import enValidation from '@/messages/en/validation.json';
import ruAdmin from '@/messages/ru/admin.json';
import ruAlerts from '@/messages/ru/alerts.json';
import ruAudit from '@/messages/ru/audit.json';
import ruAuth from '@/messages/ru/auth.json';
import ruCalendar from '@/messages/ru/calendar.json';
import ruCare from '@/messages/ru/care.json';
import ruChildren from '@/messages/ru/children.json';
import ruCommon from '@/messages/ru/common.json';
import ruCourses from '@/messages/ru/courses.json';
import ruDashboard from '@/messages/ru/dashboard.json';
import ruDue from '@/messages/ru/due.json';
import ruErrors from '@/messages/ru/errors.json';
import ruFormat from '@/messages/ru/format.json';
import ruGuidelines from '@/messages/ru/guidelines.json';
import ruIndications from '@/messages/ru/indications.json';
import ruInvitations from '@/messages/ru/invitations.json';
import ruLayout from '@/messages/ru/layout.json';
import ruPatients from '@/messages/ru/patients.json';
import ruPrescription from '@/messages/ru/prescription.json';
import ruReports from '@/messages/ru/reports.json';
import ruReview from '@/messages/ru/review.json';
import ruRules from '@/messages/ru/rules.json';
import ruSessions from '@/messages/ru/sessions.json';
import ruSettings from '@/messages/ru/settings.json';
import ruValidation from '@/messages/ru/validation.json';

/**
 * Every catalog, one file per feature area and language (messages/<locale>/<namespace>.json), so
 * people translating different pages never edit the same file. Each feature area has its
 * namespace already (empty until its pages are translated); a new one is an import line per
 * language here. English is the reference: its shape is the `Messages` type
 * (types/next-intl.d.ts), so `t('missing.key')` fails to compile, and lib/i18n/catalogs.test.ts
 * fails when Russian lacks a key or a placeholder.
 */
const EN = {
  admin: enAdmin,
  alerts: enAlerts,
  audit: enAudit,
  auth: enAuth,
  calendar: enCalendar,
  care: enCare,
  children: enChildren,
  common: enCommon,
  courses: enCourses,
  dashboard: enDashboard,
  due: enDue,
  errors: enErrors,
  format: enFormat,
  guidelines: enGuidelines,
  indications: enIndications,
  invitations: enInvitations,
  layout: enLayout,
  patients: enPatients,
  prescription: enPrescription,
  reports: enReports,
  review: enReview,
  rules: enRules,
  sessions: enSessions,
  settings: enSettings,
  validation: enValidation,
};

export type Messages = typeof EN;
export type Namespace = keyof Messages;

export const MESSAGES: Record<Locale, Record<Namespace, unknown>> = {
  en: EN,
  ru: {
    admin: ruAdmin,
    alerts: ruAlerts,
    audit: ruAudit,
    auth: ruAuth,
    calendar: ruCalendar,
    care: ruCare,
    children: ruChildren,
    common: ruCommon,
    courses: ruCourses,
    dashboard: ruDashboard,
    due: ruDue,
    errors: ruErrors,
    format: ruFormat,
    guidelines: ruGuidelines,
    indications: ruIndications,
    invitations: ruInvitations,
    layout: ruLayout,
    patients: ruPatients,
    prescription: ruPrescription,
    reports: ruReports,
    review: ruReview,
    rules: ruRules,
    sessions: ruSessions,
    settings: ruSettings,
    validation: ruValidation,
  },
};

/** A language's whole catalog; the parity test guarantees it has English's shape. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}

/**
 * The words every page's client components read (the root layout's NextIntlClientProvider): the
 * header's forms, the shared buttons and the error page. A feature's client forms
 * get theirs from their route's layout (components/i18n/client-messages.tsx), so a page carries
 * only its own words: the rule book's texts and other features' stay on the server. One per line,
 * so two people adding theirs do not collide.
 */
export const CLIENT_MESSAGE_PATHS = [
  'common.print',
  'common.saving',
  'common.working',
  'common.copyLink',
  'common.copied',
  'errors.error',
  'layout.signOut',
  'layout.signOutEverywhere',
  'layout.signingOut',
  'layout.languageSwitcher',
] as const satisfies readonly ClientMessagePath[];

/** A namespace or a part of one ("courses.cancellation") that a route's client components read. */
export type ClientMessagePath = Namespace | `${Namespace}.${string}`;

/** The messages at the given paths, shaped as the catalog is. */
export function pickClientMessages(messages: Messages, paths: readonly ClientMessagePath[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = messages;
    let into = picked;
    keys.forEach((key, index) => {
      from = (from as Record<string, unknown>)[key];
      if (index === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}
