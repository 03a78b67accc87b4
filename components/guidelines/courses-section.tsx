import { CitedText } from '@/components/shared/source-refs';
import { Badge } from '@/components/ui/card';
import {
  CLINIC_DEFAULT_FIELDS,
  COURSE_GUIDANCE,
  frequencyGuidance,
  INDICATION_KINDS,
  type ClinicDefaultField,
  type ClinicDefaults,
  type FrequencyGuidance,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { RuleItem, RuleList } from './rule-item';

const FREQUENCIES: readonly { title: string; guidance: FrequencyGuidance }[] = [
  { title: INDICATION_KINDS.PREVENTIVE.label, guidance: frequencyGuidance('PREVENTIVE') },
  { title: `${INDICATION_KINDS.THERAPEUTIC.label}, mild pain`, guidance: frequencyGuidance('THERAPEUTIC') },
  {
    title: `${INDICATION_KINDS.THERAPEUTIC.label}, marked pain`,
    guidance: frequencyGuidance('THERAPEUTIC', { painMarked: true }),
  },
  {
    title: `${INDICATION_KINDS.THERAPEUTIC.label}, hypertonia`,
    guidance: frequencyGuidance('THERAPEUTIC', { hypertonia: true }),
  },
  { title: INDICATION_KINDS.CORRECTIVE.label, guidance: frequencyGuidance('CORRECTIVE') },
];

const COURSE_SETTINGS = [
  'courseSessions',
  'breakBetweenCoursesDays',
  'firstYearCourseEveryMonths',
] as const satisfies readonly ClinicDefaultField[];

/** How often sessions happen, how long a course is and when the next one starts. */
export function CoursesSection({ id, title, defaults }: { id: string; title: string; defaults: ClinicDefaults }) {
  const guidance = COURSE_GUIDANCE;
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title="How often">
        <RuleList label="Frequency">
          {FREQUENCIES.map(({ title: label, guidance: frequency }) => (
            <RuleItem key={label} title={label} sources={frequency.source}>
              <p>{frequency.text}</p>
            </RuleItem>
          ))}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup
        title="This clinic’s course defaults"
        intro="A course that starts before the first birthday (corrected age) is followed by the next one every few months counted from its start; every other course by the break before the next course."
      >
        <RuleList label="Course defaults">
          {COURSE_SETTINGS.map((field) => {
            const description = CLINIC_DEFAULT_FIELDS[field];
            return (
              <RuleItem
                key={field}
                title={
                  <>
                    {description.label}{' '}
                    <span className="font-normal text-slate-600">
                      · {defaults[field]} {description.unit}
                    </span>
                  </>
                }
                badge={<Badge>Clinic setting</Badge>}
                sources={description.source}
              >
                <p>
                  Sources allow {description.min}–{description.max} {description.unit}.{' '}
                  <CitedText text={description.sourceNote} />
                </p>
              </RuleItem>
            );
          })}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup title="What the sources say about courses">
        <RuleList label="Course figures">
          <RuleItem
            title={`${guidance.sessions.min}–${guidance.sessions.max} sessions a course; ${CLINIC_DEFAULT_FIELDS.courseSessions.default} by default`}
            sources={guidance.sessions.source}
          />
          <RuleItem
            title={`Intensive or therapeutic: ${guidance.intensiveTherapeuticSessions.min}–${guidance.intensiveTherapeuticSessions.max} sessions`}
            sources={guidance.intensiveTherapeuticSessions.source}
          />
          <RuleItem
            title={`Intensive courses repeated every ${guidance.intensiveRepeatEveryDays.min / 7}–${guidance.intensiveRepeatEveryDays.max / 7} weeks until results show`}
            sources={guidance.intensiveRepeatEveryDays.source}
          />
          <RuleItem
            title={`First year: ${guidance.firstYearCourses.count} courses`}
            sources={guidance.firstYearCourses.source}
          >
            <p>
              <CitedText text={guidance.firstYearCourses.note} />
            </p>
          </RuleItem>
          <RuleItem
            title={`Chronic conditions: ${guidance.chronicCoursesPerYear.count} courses a year`}
            sources={guidance.chronicCoursesPerYear.source}
          />
          <RuleItem
            title={`After a worsening: ${guidance.afterWorseningCoursesPerYear.min}–${guidance.afterWorseningCoursesPerYear.max} courses a year`}
            sources={guidance.afterWorseningCoursesPerYear.source}
          />
        </RuleList>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
