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
export function TimingSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection id={id} title={title} intro="Shown to therapists and parents with every routine.">
      {TOPICS.map((topic) => {
        const rules = TIMING_RULES.filter((rule) => rule.topic === topic);
        if (rules.length === 0) return null;
        return (
          <GuidelineGroup key={topic} title={TIMING_TOPIC_LABELS[topic]}>
            <RuleList label={TIMING_TOPIC_LABELS[topic]}>
              {rules.map((rule) => (
                <RuleItem key={rule.id} title={rule.text} sources={rule.source} />
              ))}
            </RuleList>
          </GuidelineGroup>
        );
      })}
    </GuidelineSection>
  );
}

const ACTIONS = [
  { action: 'STOP_AND_CALL_CLINIC', title: 'Stop and call the clinic' },
  { action: 'STOP_AND_TRY_LATER', title: 'Stop and try again later' },
] as const satisfies readonly { action: WarningAction; title: string }[];

/** When a session stops, and whether the clinic must be called. */
export function WarningSignsSection({ id, title }: { id: string; title: string }) {
  return (
    <GuidelineSection id={id} title={title}>
      {ACTIONS.map(({ action, title: actionTitle }) => (
        <GuidelineGroup key={action} title={actionTitle}>
          <RuleList label={actionTitle}>
            {WARNING_SIGNS.filter((sign) => sign.action === action).map((sign) => (
              <RuleItem
                key={sign.id}
                title={sign.sign}
                badge={action === 'STOP_AND_CALL_CLINIC' ? <Badge tone="bad">Call the clinic</Badge> : null}
                sources={sign.source}
              >
                <p>{sign.advice}</p>
              </RuleItem>
            ))}
          </RuleList>
        </GuidelineGroup>
      ))}
    </GuidelineSection>
  );
}
