import { getLocale, getTranslations } from 'next-intl/server';
import { CitedText } from '@/components/shared/source-refs';
import { Badge } from '@/components/ui/card';
import { TECHNIQUE_IDS, TECHNIQUES } from '@/lib/domain/rules';
import { quantities } from '@/lib/i18n/format';
import { GuidelineSection } from './guideline-section';
import { RuleItem, RuleList } from './rule-item';

/** Techniques in the order they are introduced, with the guide's age and the sources' range. */
export async function TechniquesSection({ id, title }: { id: string; title: string }) {
  const [t, rules, locale] = await Promise.all([
    getTranslations('guidelines'),
    getTranslations('rules.techniques'),
    getLocale(),
  ]);
  const format = quantities(locale);
  const byAge = [...TECHNIQUE_IDS].sort((a, b) => TECHNIQUES[a].fromAgeDays - TECHNIQUES[b].fromAgeDays);
  return (
    <GuidelineSection id={id} title={title} intro={t('techniques.intro')}>
      <RuleList label={title}>
        {byAge.map((technique) => {
          const info = TECHNIQUES[technique];
          const { min, max } = info.sourceFromAgeDays;
          return (
            <RuleItem
              key={technique}
              title={
                <>
                  {rules(`${technique}.label`)}{' '}
                  <span className="font-normal text-slate-600">· {format.fromAge(info.fromAgeDays)}</span>
                </>
              }
              badge={info.professionalOnly ? <Badge tone="warn">{t('techniques.professionalOnly')}</Badge> : null}
              sources={info.source}
            >
              <p>{rules(`${technique}.how`)}</p>
              <p>
                <span className="font-medium">{t('techniques.sourcesRange')}</span> {format.fromAgeRange(min, max)}.{' '}
                <CitedText text={rules(`${technique}.sourceNote`)} />
              </p>
            </RuleItem>
          );
        })}
      </RuleList>
    </GuidelineSection>
  );
}
