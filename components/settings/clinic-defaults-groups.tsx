import { getTranslations } from 'next-intl/server';
import { CitedText } from '@/components/shared/source-refs';
import {
  CLINIC_DEFAULT_FIELD_IDS,
  CLINIC_DEFAULT_FIELDS,
  type ClinicDefaultField,
} from '@/lib/domain/rules/clinic-defaults';
import type { SettingGroupView } from './clinic-defaults-form';

/** A group's title, a key of settings.defaults.groups. */
type GroupTitle = 'start' | 'courses' | 'length' | 'other';

/** How the form groups the settings; a setting added to the rule book later lands in "Other". */
const GROUPS = [
  { title: 'start', fields: ['minimumStartAgeDays', 'cautiousStartAgeDays'] },
  { title: 'courses', fields: ['courseSessions', 'breakBetweenCoursesDays', 'firstYearCourseEveryMonths'] },
  {
    title: 'length',
    fields: [
      'sessionMaxMinutesUnder2Months',
      'sessionMaxMinutes2To6Months',
      'sessionMaxMinutesFrom6Months',
      'firstSessionMinutes',
      'sessionGrowthMinutes',
    ],
  },
] as const satisfies readonly { title: GroupTitle; fields: readonly ClinicDefaultField[] }[];

const GROUPED: readonly ClinicDefaultField[] = GROUPS.flatMap((group) => group.fields);
const UNGROUPED = CLINIC_DEFAULT_FIELD_IDS.filter((field) => !GROUPED.includes(field));
const ALL_GROUPS: readonly { title: GroupTitle; fields: readonly ClinicDefaultField[] }[] =
  UNGROUPED.length > 0 ? [...GROUPS, { title: 'other', fields: UNGROUPED }] : GROUPS;

/** The clinic defaults form's groups and fields in the reader's language, with what the sources say of each. */
export async function clinicDefaultsGroups(): Promise<SettingGroupView[]> {
  const t = await getTranslations('settings');
  return ALL_GROUPS.map((group) => ({
    title: t(`defaults.groups.${group.title}`),
    fields: group.fields.map((field) => {
      const description = CLINIC_DEFAULT_FIELDS[field];
      const unit = t(`units.${description.unit}`, { count: description.max });
      return {
        field,
        label: t(`defaults.fields.${field}`),
        min: description.min,
        max: description.max,
        unit,
        about: (
          <>
            <p>{t(`defaults.help.${field}`)}</p>
            <p>
              {t.rich('defaults.sourcesAllow', {
                min: description.min,
                max: description.max,
                unit,
                fallback: description.default,
                range: (chunks) => <span className="font-medium text-slate-700">{chunks}</span>,
              })}
            </p>
            <p className="text-xs text-slate-500">
              <CitedText text={t(`defaults.notes.${field}`)} isLinked={false} />
            </p>
          </>
        ),
      };
    }),
  }));
}
