import { getLocale } from 'next-intl/server';
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
  const { minutes: formatMinutes, minutesRange: formatMinutesRange } = quantities(await getLocale());
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro="The longest whole session for each age band. The clinic settings choose a value within the sources’ range."
    >
      <RuleList label="Session length by age">
        {BAND_ORDER.map((band) => {
          const info = SESSION_BANDS[band];
          return (
            <RuleItem
              key={band}
              title={
                <>
                  {info.label}{' '}
                  <span className="font-normal text-slate-600">
                    · up to {formatMinutes(defaults[info.defaultsField])}
                  </span>
                </>
              }
              badge={<Badge>Clinic setting</Badge>}
              sources={info.source}
            >
              <p>
                <span className="font-medium">Sources:</span> up to{' '}
                {formatMinutesRange(info.sourceMaxMinutes.min, info.sourceMaxMinutes.max)}.{' '}
                <CitedText text={info.sourceNote} />
              </p>
            </RuleItem>
          );
        })}
        <RuleItem
          title={`First sessions of a child’s massage: up to ${formatMinutes(FIRST_SESSIONS_LIMIT.maxMinutes)}`}
          sources={FIRST_SESSIONS_LIMIT.source}
        >
          <p>
            A child’s massage begins with short sessions, whatever the age, and lengthens as the baby gets used to it.
          </p>
        </RuleItem>
        {(['firstSessionMinutes', 'sessionGrowthMinutes'] as const).map((field) => {
          const description = CLINIC_DEFAULT_FIELDS[field];
          return (
            <RuleItem
              key={field}
              title={
                <>
                  {description.label} <span className="font-normal text-slate-600">· {defaults[field]} min</span>
                </>
              }
              badge={<Badge>Clinic setting</Badge>}
              sources={description.source}
            >
              <p>
                {description.help} Sources allow {description.min}–{description.max} min. {description.sourceNote}
              </p>
            </RuleItem>
          );
        })}
        <RuleItem
          title={`Growing over the course: ${SESSION_GROWTH_GUIDANCE.afterOneMonthMinutes} min a month after the start, ${SESSION_GROWTH_GUIDANCE.afterSixMonthsMinutes} min after 6 months`}
          sources={SESSION_GROWTH_GUIDANCE.source}
        >
          <p>
            {SESSION_GROWTH_GUIDANCE.note} Each session is planned as the first-session minutes plus the growth for
            every session the child has had before, up to the course’s length and the age’s longest session; a later
            course carries on from the sessions already done. Minutes recorded over the age’s longest session, or over{' '}
            {FAR_ABOVE_PLAN_RATIO} times the plan, get a warning.
          </p>
        </RuleItem>
        <RuleItem
          title={`With gymnastics: never over ${formatMinutes(GYMNASTICS_SESSION_LIMIT.maxMinutes)}`}
          sources={GYMNASTICS_SESSION_LIMIT.source}
        />
      </RuleList>
    </GuidelineSection>
  );
}

/** Foot massage on its own (003): minutes and goals by age. */
export async function FootMassageSection({ id, title }: { id: string; title: string }) {
  const { minutesRange: formatMinutesRange, ageBand } = quantities(await getLocale());
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro={
        <>
          <p>
            Foot massage on its own, daily for 2–5 minutes in general, at least{' '}
            {TIMING_FIGURES.footMassageHoursBeforeSleep.min} hours before sleep.
          </p>
          <SourceRefs ids={TIMING_FIGURES.footMassageHoursBeforeSleep.source} />
        </>
      }
    >
      <RuleList label="Foot massage by age">
        {FOOT_MASSAGE_BANDS.map((band) => (
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
              {band.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
            <p>
              <CitedText text={band.note} />
            </p>
          </RuleItem>
        ))}
      </RuleList>
    </GuidelineSection>
  );
}
