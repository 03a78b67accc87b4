import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import {
  TIMING_RULES,
  TIMING_TOPIC_LABELS,
  WARNING_SIGNS,
  type TimingTopic,
  type WarningAction,
} from '@/lib/domain/rules';
import { GuidelineGroup, GuidelineSection } from './guideline-section';
import { RuleItem, RuleList } from './rule-item';

const TOPICS = Object.keys(TIMING_TOPIC_LABELS) as TimingTopic[];

/** When and how to massage: shown to therapists and parents with every routine. */
export async function TimingSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title} intro={t('timing.intro')}>
      {TOPICS.map((topic) => {
        const topicRules = TIMING_RULES.filter((rule) => rule.topic === topic);
        if (topicRules.length === 0) return null;
        const topicLabel = rules(`timingTopics.${topic}`);
        return (
          <GuidelineGroup key={topic} title={topicLabel}>
            <RuleList label={topicLabel}>
              {topicRules.map((rule) => (
                <RuleItem key={rule.id} title={rules(`timingRules.${rule.id}`)} sources={rule.source} />
              ))}
            </RuleList>
          </GuidelineGroup>
        );
      })}
    </GuidelineSection>
  );
}

const ACTIONS = ['STOP_AND_CALL_CLINIC', 'STOP_AND_TRY_LATER'] as const satisfies readonly WarningAction[];

/** When a session stops, and whether the clinic must be called. */
export async function WarningSignsSection({ id, title }: { id: string; title: string }) {
  const [t, rules] = await Promise.all([getTranslations('guidelines.warningSigns'), getTranslations('rules')]);
  return (
    <GuidelineSection id={id} title={title}>
      {ACTIONS.map((action) => (
        <GuidelineGroup key={action} title={t(action)}>
          <RuleList label={t(action)}>
            {WARNING_SIGNS.filter((sign) => sign.action === action).map((sign) => (
              <RuleItem
                key={sign.id}
                title={rules(`warningSigns.${sign.id}.sign`)}
                badge={action === 'STOP_AND_CALL_CLINIC' ? <Badge tone="bad">{t('callClinic')}</Badge> : null}
                sources={sign.source}
              >
                <p>{rules(`warningSigns.${sign.id}.advice`)}</p>
              </RuleItem>
            ))}
          </RuleList>
        </GuidelineGroup>
      ))}
    </GuidelineSection>
  );
}
