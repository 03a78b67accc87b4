import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import {
  NEVER_MASSAGED_ZONES,
  TIMING_RULES,
  UNWELL_TODAY_IDS,
  WARNING_SIGNS,
  type NeverMassagedZone,
} from '@/lib/domain/rules';

const TIMING_TOPICS = [...new Set(TIMING_RULES.map((rule) => rule.topic))];
const ZONES = Object.keys(NEVER_MASSAGED_ZONES) as NeverMassagedZone[];

/**
 * When not to massage at all, when and how to massage safely, where never to touch, and when to
 * stop, with the clinic's contact where the rules say to call it: the rule book's items in its
 * order, in the reader's language. Drawn on the server (the handout) or in the browser once
 * unfolded (RuleBookMessages gives it the rule book's words there).
 */
export function SafetyRules({ contact }: { contact: ReactNode }) {
  const t = useTranslations('children.safetyRules');
  const tRules = useTranslations('rules');
  const callClinic = WARNING_SIGNS.filter((sign) => sign.action === 'STOP_AND_CALL_CLINIC');
  const tryLater = WARNING_SIGNS.filter((sign) => sign.action !== 'STOP_AND_CALL_CLINIC');
  const signItem = (sign: (typeof WARNING_SIGNS)[number]) => (
    <li key={sign.id}>
      <span className="font-medium text-slate-900">{tRules(`warningSigns.${sign.id}.sign`)}.</span>{' '}
      <span className="text-slate-700">{tRules(`warningSigns.${sign.id}.advice`)}</span>
    </li>
  );
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="unwell-heading"
        className="break-inside-avoid rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200 sm:p-6"
      >
        <h2 id="unwell-heading" className="text-lg font-semibold text-amber-900">
          {t('unwellHeading')}
        </h2>
        <p className="mt-2 text-sm text-slate-800">{t('unwellIntro')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {UNWELL_TODAY_IDS.map((id) => (
            <li key={id}>{tRules(`contraindications.${id}`)}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-800">{t('unwellWhatToDo')}</p>
      </section>

      <section
        aria-labelledby="warning-signs-heading"
        className="break-inside-avoid rounded-lg bg-red-50 p-4 ring-1 ring-red-200 sm:p-6"
      >
        <h2 id="warning-signs-heading" className="text-lg font-semibold text-red-900">
          {t('warningHeading')}
        </h2>
        <h3 className="mt-3 font-medium text-red-900">{t('callClinic')}</h3>
        <ul className="mt-2 space-y-2 text-sm">{callClinic.map(signItem)}</ul>
        <div className="mt-3 rounded-md bg-white p-3 ring-1 ring-red-200">{contact}</div>
        {tryLater.length > 0 ? (
          <>
            <h3 className="mt-4 font-medium text-red-900">{t('tryLater')}</h3>
            <ul className="mt-2 space-y-2 text-sm">{tryLater.map(signItem)}</ul>
          </>
        ) : null}
      </section>

      <section
        aria-labelledby="timing-rules-heading"
        className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="timing-rules-heading" className="text-lg font-semibold text-slate-900">
          {t('timingHeading')}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {TIMING_TOPICS.map((topic) => (
            <div key={topic} className="break-inside-avoid">
              <h3 className="font-medium text-slate-900">{tRules(`timingTopics.${topic}`)}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {TIMING_RULES.filter((rule) => rule.topic === topic).map((rule) => (
                  <li key={rule.id}>{tRules(`timingRules.${rule.id}`)}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section
        aria-labelledby="zones-heading"
        className="break-inside-avoid rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="zones-heading" className="text-lg font-semibold text-slate-900">
          {t('zonesHeading')}
        </h2>
        <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          {ZONES.map((zone) => (
            <li key={zone}>
              <span className="font-medium text-slate-900">{tRules(`neverMassaged.${zone}.label`)}</span>
              <span className="block text-slate-600">{tRules(`neverMassaged.${zone}.note`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
