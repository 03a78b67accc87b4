import { getTranslations } from 'next-intl/server';
import {
  CONTRAINDICATION_IDS,
  CONTRAINDICATIONS,
  type Contraindication,
  type ContraindicationKind,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { SourceRefs } from '@/components/shared/source-refs';
import { RuleItem, RuleList } from './rule-item';

/** The kinds in the order a screening weighs them. */
const KINDS = [
  'ABSOLUTE',
  'TEMPORARY',
  'LOCAL',
  'PROFESSIONAL_ONLY',
] as const satisfies readonly ContraindicationKind[];

/** What a professional-only item does to a course: the texts disagree, each cited. */
async function ProfessionalOnlyEffect() {
  const t = await getTranslations('guidelines.contraindications.kinds.PROFESSIONAL_ONLY');
  return (
    <>
      {t('effectBefore')} <SourceRefs ids={['002']} inline />
      {t('effectMiddle')} <SourceRefs ids={['001']} inline />
      {t('effectAfter')}
    </>
  );
}

/** Screened before prescribing and before each session; grouped by what they do. */
export async function ContraindicationsSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines.contraindications'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title} intro={t('intro')}>
      {KINDS.map((kind) => {
        const items = CONTRAINDICATION_IDS.filter((itemId) => CONTRAINDICATIONS[itemId].kind === kind);
        const kindTitle = t(`kinds.${kind}.title`);
        return (
          <GuidelineGroup
            key={kind}
            title={t('groupTitle', { kind: kindTitle, count: items.length })}
            intro={
              <p className="font-medium text-slate-800">
                {kind === 'PROFESSIONAL_ONLY' ? <ProfessionalOnlyEffect /> : t(`kinds.${kind}.effect`)}
              </p>
            }
          >
            <RuleList label={t('listLabel', { kind: kindTitle })}>
              {items.map((itemId) => {
                const item: Contraindication = CONTRAINDICATIONS[itemId];
                return (
                  <RuleItem key={itemId} title={rules(`contraindications.${itemId}`)} sources={item.source}>
                    {item.area ? (
                      <p>{t('leavesOut', { area: rules(`bodyAreas.${item.area}.label`).toLowerCase() })}</p>
                    ) : null}
                  </RuleItem>
                );
              })}
            </RuleList>
          </GuidelineGroup>
        );
      })}
    </GuidelineSection>
  );
}
