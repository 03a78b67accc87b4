import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

/** The language switcher's form: one of the interface languages. */
export const ZChooseLocaleSchema = z.object({ locale: z.enum(LOCALES) });
