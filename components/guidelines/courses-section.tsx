import { useTranslations } from 'next-intl';
import { CitedText } from '@/components/shared/source-refs';
import { Badge } from '@/components/ui/card';
import {
  CLINIC_DEFAULT_FIELDS,
  COURSE_GUIDANCE,
  type ClinicDefaultField,
  type ClinicDefaults,
  type IndicationKind,
} from '@/lib/domain/rules';
import { FREQUENCY_CASES } from '@/lib/i18n/rule-texts';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { RuleItem, RuleList } from './rule-item';
import { SourcesAllow } from './sources-allow';

/** The kind of massage each frequency the rule book tells apart belongs to. */
const FREQUENCY_KINDS = {
  PREVENTIVE: 'PREVENTIVE',
  THERAPEUTIC_MILD: 'THERAPEUTIC',
  THERAPEUTIC_MARKED: 'THERAPEUTIC',
  THERAPEUTIC_HYPERTONIA: 'THERAPEUTIC',
  CORRECTIVE: 'CORRECTIVE',
} as const satisfies Record<keyof typeof FREQUENCY_CASES, IndicationKind>;

const FREQUENCIES = Object.keys(FREQUENCY_KINDS) as (keyof typeof FREQUENCY_KINDS)[];

const COURSE_SETTINGS = [
  'courseSessions',
  'breakBetweenCoursesDays',
  'firstYearCourseEveryMonths',
] as const satisfies readonly ClinicDefaultField[];

/** How often sessions happen, how long a course is and when the next one starts. */
export function CoursesSection({ id, title, defaults }: { id: string; title: string; defaults: ClinicDefaults }) {
  const t = useTranslations('guidelines');
  const rules = useTranslations('rules');
  const settings = useTranslations('settings');
  const guidance = COURSE_GUIDANCE;
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title={t('courses.howOften')}>
        <RuleList label={t('courses.frequencyLabel')}>
          {FREQUENCIES.map((frequency) => (
            <RuleItem
              key={frequency}
              title={t(`courses.frequency.${frequency}`, {
                kind: rules(`indicationKinds.${FREQUENCY_KINDS[frequency]}.label`),
              })}
              sources={FREQUENCY_CASES[frequency].source}
            >
              <p>{rules(`frequencies.${frequency}`)}</p>
            </RuleItem>
          ))}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup title={t('courses.defaultsTitle')} intro={t('courses.defaultsIntro')}>
        <RuleList label={t('courses.defaultsLabel')}>
          {COURSE_SETTINGS.map((field) => {
            const description = CLINIC_DEFAULT_FIELDS[field];
            return (
              <RuleItem
                key={field}
                title={
                  <>
                    {settings(`defaults.fields.${field}`)}{' '}
                    <span className="font-normal text-slate-600">
                      · {defaults[field]} {settings(`units.${description.unit}`, { count: defaults[field] })}
                    </span>
                  </>
                }
                badge={<Badge>{t('clinicSetting')}</Badge>}
                sources={description.source}
              >
                <p>
                  <SourcesAllow field={field} />
                </p>
              </RuleItem>
            );
          })}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup title={t('courses.figuresTitle')}>
        <RuleList label={t('courses.figuresLabel')}>
          <RuleItem
            title={t('courses.sessions', {
              min: guidance.sessions.min,
              max: guidance.sessions.max,
              fallback: CLINIC_DEFAULT_FIELDS.courseSessions.default,
            })}
            sources={guidance.sessions.source}
          />
          <RuleItem
            title={t('courses.intensive', {
              min: guidance.intensiveTherapeuticSessions.min,
              max: guidance.intensiveTherapeuticSessions.max,
            })}
            sources={guidance.intensiveTherapeuticSessions.source}
          />
          <RuleItem
            title={t('courses.intensiveRepeat', {
              min: guidance.intensiveRepeatEveryDays.min / 7,
              max: guidance.intensiveRepeatEveryDays.max / 7,
            })}
            sources={guidance.intensiveRepeatEveryDays.source}
          />
          <RuleItem
            title={t('courses.firstYear', { count: guidance.firstYearCourses.count })}
            sources={guidance.firstYearCourses.source}
          >
            <p>
              <CitedText text={rules('firstYearCourses')} />
            </p>
          </RuleItem>
          <RuleItem
            title={t('courses.chronic', { count: guidance.chronicCoursesPerYear.count })}
            sources={guidance.chronicCoursesPerYear.source}
          />
          <RuleItem
            title={t('courses.afterWorsening', {
              min: guidance.afterWorseningCoursesPerYear.min,
              max: guidance.afterWorseningCoursesPerYear.max,
            })}
            sources={guidance.afterWorseningCoursesPerYear.source}
          />
        </RuleList>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
