/** Numeric codes of Microsoft Project XML (MSPDI) and their Roadline equivalents. */
import type { ConstraintType, DependencyType, DurationUnit } from '../../model/types.js';

/** `ConstraintType` 0…7. */
export const CONSTRAINT_BY_CODE: readonly ConstraintType[] = [
  'ASAP',
  'ALAP',
  'MSO',
  'MFO',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
];

/** `PredecessorLink/Type` 0…3. */
export const LINK_TYPE_BY_CODE: readonly DependencyType[] = ['FF', 'FS', 'SF', 'SS'];

/**
 * The unit a `LagFormat` or `DurationFormat` displays in. Formats 35…44 and 53 are the
 * "estimated" (`?`) variants of 3…12 and 7. Months are shown as days (`DaysPerMonth` days).
 */
export function unitOfFormat(format: number): DurationUnit | undefined {
  const base = format === 53 ? 7 : format >= 35 && format <= 44 ? format - 32 : format;
  switch (base) {
    case 3:
      return 'minute';
    case 5:
      return 'hour';
    case 7:
    case 11:
      return 'day';
    case 9:
      return 'week';
    default:
      return undefined;
  }
}

/** Elapsed (calendar-time) formats: `em`, `eh`, `ed`, `ew`, `emo`, `e%` and their estimated twins. */
export function isElapsedFormat(format: number): boolean {
  const base = format >= 35 && format <= 44 ? format - 32 : format;
  return base === 4 || base === 6 || base === 8 || base === 10 || base === 12 || base === 20;
}

/** Percent formats (`%`, `e%`): the lag is a share of the predecessor's duration. */
export function isPercentFormat(format: number): boolean {
  return format === 19 || format === 20 || format === 51 || format === 52;
}

/** The `LagFormat`/`DurationFormat` written for a Roadline unit. */
export const FORMAT_BY_UNIT: Readonly<Record<DurationUnit, number>> = { minute: 3, hour: 5, day: 7, week: 9 };

/** A Roadline task id kept by an export lives in the task field Text30. */
export const TASK_ID_FIELD = { id: '188744016', name: 'Text30', alias: 'Roadline ID' } as const;

/** A Roadline person id kept by an export lives in the resource field Text30. */
export const RESOURCE_ID_FIELD = { id: '205521140', name: 'Text30', alias: 'Roadline ID' } as const;
