import { getLocale } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { quantities } from '@/lib/i18n/format';
import {
  AREA_PLAN,
  BODY_AREA_IDS,
  BODY_AREAS,
  DIRECTION_PHRASE_RULES,
  GYMNASTICS_SESSION_LIMIT,
  NEW_EXERCISE_RULE,
  TECHNIQUES,
  type PlanEntry,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

type Exercise = PlanEntry & { fromAgeDays: number; areaLabel: string };

/** Every exercise with an age window in the rule book, youngest first. */
const EXERCISES: readonly Exercise[] = BODY_AREA_IDS.flatMap((area) =>
  (AREA_PLAN[area] as readonly PlanEntry[]).flatMap((entry) =>
    entry.fromAgeDays === undefined
      ? []
      : [{ ...entry, fromAgeDays: entry.fromAgeDays, areaLabel: BODY_AREAS[area].label }],
  ),
).sort((a, b) => a.fromAgeDays - b.fromAgeDays);

/** The gymnastics and ball work the texts give by age, and the words an edited step may not use. */
export async function ExercisesSection({ id, title }: { id: string; title: string }) {
  const { minutes: formatMinutes, ageBand } = quantities(await getLocale());
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro={
        <>
          <p>
            {NEW_EXERCISE_RULE.text} <SourceRefs ids={NEW_EXERCISE_RULE.source} inline /> A session with gymnastics
            never lasts over {formatMinutes(GYMNASTICS_SESSION_LIMIT.maxMinutes)}{' '}
            <SourceRefs ids={GYMNASTICS_SESSION_LIMIT.source} inline />.
          </p>
          <p>An exercise marked “loads the hips” is left out of every hip-dysplasia course.</p>
        </>
      }
    >
      <RuleList label="Exercises by age">
        {EXERCISES.map((exercise) => (
          <RuleItem
            key={exercise.direction}
            title={
              <>
                {exercise.areaLabel}, {TECHNIQUES[exercise.technique].label.toLowerCase()}{' '}
                <span className="font-normal text-slate-600">
                  · {ageBand(exercise.fromAgeDays, exercise.untilAgeDays ?? null)}
                  {exercise.repetitions === null ? '' : ` · ${exercise.repetitions} times`}
                </span>
              </>
            }
            badge={exercise.loads?.includes('HIPS') ? <Badge tone="warn">Loads the hips</Badge> : null}
            sources={exercise.source}
          >
            <p>{exercise.direction}</p>
          </RuleItem>
        ))}
      </RuleList>
      <GuidelineGroup
        title="Words an edited step may not use"
        intro="A direction typed into an edited routine is refused when it says one of these, unless the same clause denies it (“never on the spine”)."
      >
        <ul aria-label="Refused directions" className="space-y-2 text-sm text-slate-700">
          {DIRECTION_PHRASE_RULES.map((rule) => (
            <li key={rule.id}>
              <span className="font-mono text-xs">{rule.pattern.source}</span>: {rule.message}
              <SourceRefs ids={rule.source} />
            </li>
          ))}
        </ul>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
