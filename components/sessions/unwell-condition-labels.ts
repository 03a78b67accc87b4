import 'server-only';
import { getTranslations } from 'next-intl/server';
import { UNWELL_TODAY_IDS } from '@/lib/domain/rules/unwell-today';
import type { UnwellConditionLabels } from './unwell-conditions';

/** The "not well today" conditions' names in the request's language, from the rules catalog. */
export async function unwellConditionLabels(): Promise<UnwellConditionLabels> {
  const t = await getTranslations('rules');
  return Object.fromEntries(UNWELL_TODAY_IDS.map((id) => [id, t(`contraindications.${id}`)]));
}
