import type { IndicationKind } from '@/lib/generated/prisma/enums';

export const INDICATION_KIND_TONES = {
  THERAPEUTIC: 'info',
  CORRECTIVE: 'warn',
  PREVENTIVE: 'good',
} as const satisfies Record<IndicationKind, 'info' | 'warn' | 'good'>;
