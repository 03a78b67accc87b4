import { getTranslations } from 'next-intl/server';
import {
  AREA_TECHNIQUES,
  BODY_AREA_IDS,
  BODY_AREAS,
  DIRECTION_RULES,
  NEVER_MASSAGED_ZONE_IDS,
  NEVER_MASSAGED_ZONES,
  SESSION_CHAIN,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { CitedText, SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

/** Parts of the body never massaged in an infant, with the areas whose steps pass near them. */
export async function NeverMassagedSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines.neverMassaged'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title} intro={t('intro')}>
      <RuleList label={title}>
        {NEVER_MASSAGED_ZONE_IDS.map((zone) => {
          const info = NEVER_MASSAGED_ZONES[zone];
          return (
            <RuleItem key={zone} title={rules(`neverMassaged.${zone}.label`)} sources={info.source}>
              <p>
                <CitedText text={rules(`neverMassaged.${zone}.note`)} />
              </p>
              <p className="text-slate-500">
                {t('takeCare')}{' '}
                {info.nearAreas.map((area) => rules(`bodyAreas.${area}.label`).toLowerCase()).join(', ')}.
              </p>
            </RuleItem>
          );
        })}
      </RuleList>
    </GuidelineSection>
  );
}

/** Directions that hold for every step, the chain of techniques and the order of the areas. */
export async function DirectionsSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines.directions'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title}>
      <GuidelineGroup title={t('title')}>
        <RuleList label={t('title')}>
          {DIRECTION_RULES.map((rule) => (
            <RuleItem key={rule.id} title={rules(`directionRules.${rule.id}`)} sources={rule.source} />
          ))}
        </RuleList>
      </GuidelineGroup>
      <GuidelineGroup title={t('chainTitle')} intro={t('chainIntro')}>
        <div className="break-inside-avoid space-y-2">
          <ol aria-label={t('chainLabel')} className="flex flex-wrap items-center gap-1.5 text-sm">
            {SESSION_CHAIN.order.map((group, index) => (
              <li key={index} className="flex items-center gap-1.5">
                {index > 0 ? (
                  <span aria-hidden="true" className="text-slate-400">
                    →
                  </span>
                ) : null}
                <span
                  className={`rounded-full px-2.5 py-0.5 ${group === 'STROKING' ? 'bg-brand-50 text-brand-800 ring-1 ring-brand-100' : 'bg-slate-100 text-slate-800'}`}
                >
                  {t(`groups.${group}`)}
                </span>
              </li>
            ))}
          </ol>
          <SourceRefs ids={SESSION_CHAIN.source} />
        </div>
      </GuidelineGroup>
      <GuidelineGroup
        title={t('areasTitle')}
        intro={
          <>
            {t('areasIntro')} <SourceRefs ids={['000']} inline />.
          </>
        }
      >
        <ol aria-label={t('areasLabel')} className="divide-y divide-slate-200">
          {BODY_AREA_IDS.map((area, index) => {
            const info = BODY_AREAS[area];
            return (
              <li key={area} className="space-y-1 py-3 break-inside-avoid first:pt-0 last:pb-0">
                <p className="font-medium text-slate-900">
                  {index + 1}. {rules(`bodyAreas.${area}.label`)}
                </p>
                <div className="space-y-1 text-sm text-slate-700">
                  <p>{rules(`bodyAreas.${area}.direction`)}</p>
                  <p>
                    <span className="font-medium">{t('why')}</span> {rules(`bodyAreas.${area}.benefit`)}
                  </p>
                  <p>
                    <span className="font-medium">{t('techniquesUsed')}</span>{' '}
                    {AREA_TECHNIQUES[area]
                      .map((technique) => rules(`techniques.${technique}.label`).toLowerCase())
                      .join(', ')}
                    .
                  </p>
                </div>
                <SourceRefs ids={info.source} />
              </li>
            );
          })}
        </ol>
      </GuidelineGroup>
    </GuidelineSection>
  );
}
