import type { Sex } from '@/lib/generated/prisma/enums';

export const SEX_LABELS = { FEMALE: 'Female', MALE: 'Male' } as const satisfies Record<Sex, string>;
