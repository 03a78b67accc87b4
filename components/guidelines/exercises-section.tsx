import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { quantities } from '@/lib/i18n/format';
import { translatorFor } from '@/lib/i18n/translator';
import { localizeDirection } from '@/lib/i18n/rule-directions';
import { PLANNED_EXERCISES } from '@/lib/i18n/rule-texts';
import { DIRECTION_PHRASE_RULES, GYMNASTICS_SESSION_LIMIT, NEW_EXERCISE_RULE } from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

/** The gymnastics and ball work the texts give by age, and the words an edited step may not use. */
export async function ExercisesSection({ id, title }: { id: string; title: string }) {
  const [t, rules, locale] = await Promise.all([getTranslations('guidelines'), getTranslations('rules'), getLocale()]);
  // The rule book is cached per language (cached-rule-book.tsx): its language is given, not read from the request.
  const translate = translatorFor(locale);
  const { minutes: formatMinutes, ageBand } = quantities(locale);
  return (
    <GuidelineSection
      id={id}
      title={title}
      intro={
        <>
          <p>
            {rules('newExercise')} <SourceRefs ids={NEW_EXERCISE_RULE.source} inline />{' '}
            {t.rich('exercises.gymnasticsLimit', {
              minutes: formatMinutes(GYMNASTICS_SESSION_LIMIT.maxMinutes),
              sources: () => <SourceRefs ids={GYMNASTICS_SESSION_LIMIT.source} inline />,
            })}
          </p>
          <p>{t('exercises.hips')}</p>
        </>
      }
    >
      <RuleList label={t('exercises.listLabel')}>
        {PLANNED_EXERCISES.map((exercise) => (
          <RuleItem
            key={`${exercise.area}.${exercise.key}`}
            title={
              <>
                {t('exercises.title', {
                  area: rules(`bodyAreas.${exercise.area}.label`),
                  technique: rules(`techniques.${exercise.technique}.label`).toLocaleLowerCase(locale),
                })}{' '}
                <span className="font-normal text-slate-600">
                  · {ageBand(exercise.fromAgeDays, exercise.untilAgeDays ?? null)}
                  {exercise.repetitions === null ? '' : ` · ${t('exercises.times', { count: exercise.repetitions })}`}
                </span>
              </>
            }
            badge={exercise.loads?.includes('HIPS') ? <Badge tone="warn">{t('exercises.loadsHips')}</Badge> : null}
            sources={exercise.source}
          >
            <p>{localizeDirection(exercise.direction, translate)}</p>
          </RuleItem>
        ))}
      </RuleList>
      <GuidelineGroup title={t('exercises.refusedTitle')} intro={t('exercises.refusedIntro')}>
        <ul aria-label={t('exercises.refusedLabel')} className="space-y-2 text-sm text-slate-700">
          {DIRECTION_PHRASE_RULES.map((rule) => (
            <li key={rule.id}>
              <span className="font-mono text-xs">{rule.pattern.source}</span>: {translate(rule.message)}
              <SourceRefs ids={rule.source} />
            </li>
          ))}
        </ul>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
