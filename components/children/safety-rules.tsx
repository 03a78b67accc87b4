import type { ReactNode } from 'react';
import {
  CONTRAINDICATIONS,
  NEVER_MASSAGED_ZONES,
  TIMING_RULES,
  TIMING_TOPIC_LABELS,
  WARNING_SIGNS,
} from '@/lib/domain/rules';
import { UNWELL_TODAY_IDS } from '@/lib/validation/session';

export type SafetyRulesData = {
  /** The temporary contraindications: on a day with any of them there is no massage. */
  unwellConditions: readonly { id: string; label: string }[];
  /** Timing and safety rules, grouped by topic, in the order they are shown. */
  timing: readonly { topic: string; rules: readonly { id: string; text: string }[] }[];
  zonesToAvoid: readonly { id: string; label: string; note: string }[];
  warningSigns: readonly { id: string; sign: string; advice: string; callClinic: boolean }[];
};

/** The rule book's timing rules, areas never massaged and warning signs, as the parent's view shows them. */
export function safetyRulesFromRuleBook(): SafetyRulesData {
  const topics = [...new Set(TIMING_RULES.map((rule) => rule.topic))];
  return {
    unwellConditions: UNWELL_TODAY_IDS.map((id) => ({ id, label: CONTRAINDICATIONS[id].label })),
    timing: topics.map((topic) => ({
      topic: TIMING_TOPIC_LABELS[topic],
      rules: TIMING_RULES.filter((rule) => rule.topic === topic).map(({ id, text }) => ({ id, text })),
    })),
    zonesToAvoid: Object.entries(NEVER_MASSAGED_ZONES).map(([id, zone]) => ({
      id,
      label: zone.label,
      note: zone.note,
    })),
    warningSigns: WARNING_SIGNS.map(({ id, sign, advice, action }) => ({
      id,
      sign,
      advice,
      callClinic: action === 'STOP_AND_CALL_CLINIC',
    })),
  };
}

/**
 * When not to massage at all, when and how to massage safely, where never to touch, and when to
 * stop, with the clinic's contact where the rules say to call it.
 */
export function SafetyRules({ rules, contact }: { rules: SafetyRulesData; contact: ReactNode }) {
  const callClinic = rules.warningSigns.filter((sign) => sign.callClinic);
  const tryLater = rules.warningSigns.filter((sign) => !sign.callClinic);
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="unwell-heading"
        className="break-inside-avoid rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200 sm:p-6"
      >
        <h2 id="unwell-heading" className="text-lg font-semibold text-amber-900">
          No massage when the baby is unwell
        </h2>
        <p className="mt-2 text-sm text-slate-800">
          Massage only a baby who is well. Skip the massage on any day the baby has:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {rules.unwellConditions.map((condition) => (
            <li key={condition.id}>{condition.label}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-800">
          On that day, choose “Baby is not well today” on the session instead of marking it done. The session is
          postponed and the rest of the course moves on from the next day, so the baby still gets every session. If the
          baby has a fever or you are worried, call the clinic.
        </p>
      </section>

      <section
        aria-labelledby="warning-signs-heading"
        className="break-inside-avoid rounded-lg bg-red-50 p-4 ring-1 ring-red-200 sm:p-6"
      >
        <h2 id="warning-signs-heading" className="text-lg font-semibold text-red-900">
          Warning signs: stop the massage
        </h2>
        <h3 className="mt-3 font-medium text-red-900">Stop and call the clinic if you notice:</h3>
        <ul className="mt-2 space-y-2 text-sm">
          {callClinic.map((sign) => (
            <li key={sign.id}>
              <span className="font-medium text-slate-900">{sign.sign}.</span>{' '}
              <span className="text-slate-700">{sign.advice}</span>
            </li>
          ))}
        </ul>
        <div className="mt-3 rounded-md bg-white p-3 ring-1 ring-red-200">{contact}</div>
        {tryLater.length > 0 ? (
          <>
            <h3 className="mt-4 font-medium text-red-900">Stop and try again later if:</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {tryLater.map((sign) => (
                <li key={sign.id}>
                  <span className="font-medium text-slate-900">{sign.sign}.</span>{' '}
                  <span className="text-slate-700">{sign.advice}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section
        aria-labelledby="timing-rules-heading"
        className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="timing-rules-heading" className="text-lg font-semibold text-slate-900">
          Timing and safety rules
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {rules.timing.map((group) => (
            <div key={group.topic} className="break-inside-avoid">
              <h3 className="font-medium text-slate-900">{group.topic}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {group.rules.map((rule) => (
                  <li key={rule.id}>{rule.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section
        aria-labelledby="zones-heading"
        className="break-inside-avoid rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <h2 id="zones-heading" className="text-lg font-semibold text-slate-900">
          Never massage these areas
        </h2>
        <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          {rules.zonesToAvoid.map((zone) => (
            <li key={zone.id}>
              <span className="font-medium text-slate-900">{zone.label}</span>
              <span className="block text-slate-600">{zone.note}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
