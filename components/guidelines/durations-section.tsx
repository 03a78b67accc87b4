import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/card';
import { quantities } from '@/lib/i18n/format';
import {
  CLINIC_DEFAULT_FIELDS,
  FAR_ABOVE_PLAN_RATIO,
  FIRST_SESSIONS_LIMIT,
  SESSION_GROWTH_GUIDANCE,
  GYMNASTICS_SESSION_LIMIT,
  FOOT_MASSAGE_BANDS,
  SESSION_BANDS,
  TIMING_FIGURES,
  type ClinicDefaults,
  type SessionAgeBand,
} from '@/lib/domain/rules';
import { GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';
import { SourcesAllow } from './sources-allow';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const bold = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;

const BAND_ORDER = [
  'UNDER_2_MONTHS',
  'FROM_2_TO_6_MONTHS',
  'FROM_6_MONTHS',
] as const satisfies readonly SessionAgeBand[];

/** The longest whole session by age band: the sources' figures and the clinic's setting. */
export async function DurationsSection({
  id,
  title,
  defaults,
}: {
  id: string;
  title: string;
  defaults: ClinicDefaults;
}) {
  const [t, rules, settings, locale] = await Promise.all([
    getTranslations('guidelines'),
    getTranslations('rules'),
    getTranslations('settings'),
    getLocale(),
  ]);
  const { minutes: formatMinutes, minutesRange: formatMinutesRange } = quantities(locale);
  return (
    <GuidelineSection id={id} title={title} intro={t('durations.intro')}>
      <RuleList label={t('durations.listLabel')}>
        {BAND_ORDER.map((band) => {
          const info = SESSION_BANDS[band];
          return (
            <RuleItem
              key={band}
              title={
                <>
                  {rules(`sessionBands.${band}.label`)}{' '}
                  <span className="font-normal text-slate-600">
                    · {t('durations.upTo', { minutes: formatMinutes(defaults[info.defaultsField]) })}
                  </span>
                </>
              }
              badge={<Badge>{t('clinicSetting')}</Badge>}
              sources={info.source}
            >
              <p>
                {t.rich('durations.sourcesUpTo', {
                  range: formatMinutesRange(info.sourceMaxMinutes.min, info.sourceMaxMinutes.max),
                  b: bold,
                })}{' '}
                <CitedText text={rules(`sessionBands.${band}.sourceNote`)} />
              </p>
            </RuleItem>
          );
        })}
        <RuleItem
          title={t('durations.firstSessions', { minutes: formatMinutes(FIRST_SESSIONS_LIMIT.maxMinutes) })}
          sources={FIRST_SESSIONS_LIMIT.source}
        >
          <p>{t('durations.firstSessionsDetail')}</p>
        </RuleItem>
        {(['firstSessionMinutes', 'sessionGrowthMinutes'] as const).map((field) => {
          const description = CLINIC_DEFAULT_FIELDS[field];
          return (
            <RuleItem
              key={field}
              title={
                <>
                  {settings(`defaults.fields.${field}`)}{' '}
                  <span className="font-normal text-slate-600">· {formatMinutes(defaults[field])}</span>
                </>
              }
              badge={<Badge>{t('clinicSetting')}</Badge>}
              sources={description.source}
            >
              <p>
                {settings(`defaults.help.${field}`)} <SourcesAllow field={field} />
              </p>
            </RuleItem>
          );
        })}
        <RuleItem
          title={t('durations.growth', {
            month: SESSION_GROWTH_GUIDANCE.afterOneMonthMinutes,
            sixMonths: SESSION_GROWTH_GUIDANCE.afterSixMonthsMinutes,
          })}
          sources={SESSION_GROWTH_GUIDANCE.source}
        >
          <p>
            {rules('sessionGrowth')} {t('durations.growthDetail', { ratio: FAR_ABOVE_PLAN_RATIO })}
          </p>
        </RuleItem>
        <RuleItem
          title={t('durations.gymnastics', { minutes: formatMinutes(GYMNASTICS_SESSION_LIMIT.maxMinutes) })}
          sources={GYMNASTICS_SESSION_LIMIT.source}
        />
      </RuleList>
    </GuidelineSection>
  );
}

/** Foot massage on its own (003): minutes and goals by age. */
export async function FootMassageSection({ id, title }: { id: string; title: string }) {
  const [t, rules, locale] = await Promise.all([getTranslations('guidelines'), getTranslations('rules'), getLocale()]);
  const { minutesRange: formatMinutesRange, ageBand } = quantities(locale);
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro={
        <>
          <p>{t('footMassage.intro', { hours: TIMING_FIGURES.footMassageHoursBeforeSleep.min })}</p>
          <SourceRefs ids={TIMING_FIGURES.footMassageHoursBeforeSleep.source} />
        </>
      }
    >
      <RuleList label={t('footMassage.listLabel')}>
        {FOOT_MASSAGE_BANDS.map((band, index) => {
          const key = String(index + 1);
          return (
            <RuleItem
              key={band.fromAgeDays}
              title={
                <>
                  {capitalise(ageBand(band.fromAgeDays, band.toAgeDays))}{' '}
                  <span className="font-normal text-slate-600">· {formatMinutesRange(band.min, band.max)}</span>
                </>
              }
              sources={band.source}
            >
              <ul className="list-disc space-y-0.5 pl-5">
                {band.goals.map((goal, goalIndex) => (
                  <li key={goal}>{rules(`footMassage.${key}.goals.${goalIndex + 1}` as never)}</li>
                ))}
              </ul>
              <p>
                <CitedText text={rules(`footMassage.${key}.note` as never)} />
              </p>
            </RuleItem>
          );
        })}
      </RuleList>
    </GuidelineSection>
  );
}
