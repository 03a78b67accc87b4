import { Badge } from '@/components/ui/card';
import {
  FIRST_SESSIONS_LIMIT,
  GYMNASTICS_SESSION_LIMIT,
  FOOT_MASSAGE_BANDS,
  formatMinutes,
  formatMinutesRange,
  SESSION_BANDS,
  TIMING_FIGURES,
  type ClinicDefaults,
  type SessionAgeBand,
} from '@/lib/domain/rules';
import { ageBand } from './format';
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
export function DurationsSection({ id, title, defaults }: { id: string; title: string; defaults: ClinicDefaults }) {
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
          title={`First sessions of a course: up to ${formatMinutes(FIRST_SESSIONS_LIMIT.maxMinutes)}`}
          sources={FIRST_SESSIONS_LIMIT.source}
        >
          <p>Every course begins with short sessions, whatever the age, and lengthens as the baby gets used to it.</p>
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
export function FootMassageSection({ id, title }: { id: string; title: string }) {
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
