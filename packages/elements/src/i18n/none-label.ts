import type { Project } from '@roadline/core';
import { NO_VALUE } from '@roadline/core/views/board';
import type { Translate } from './catalogue.js';

/**
 * The name of the "no value" column, lane or group of a field ("No status", "Unassigned") in the
 * element's language. Core names it in English (`boardFieldOptions`); the element paints this.
 */
export function noneLabel(t: Translate, project: Project, field: string): string {
  switch (field) {
    case 'status':
      return t('none.status');
    case 'priority':
      return t('none.priority');
    case 'person':
      return t('none.person');
    case 'group':
      return t('none.group');
    case 'release':
      return t('none.release');
    default:
      return t('none.field', { field: project.field(field)?.label ?? field });
  }
}

/** `options` with the "no value" one named by {@link noneLabel} (the same array when it has none). */
export function withNoneLabel<T extends { readonly value: string; readonly label: string }>(
  options: T[],
  label: string,
): T[] {
  return options.some((o) => o.value === NO_VALUE)
    ? options.map((o) => (o.value === NO_VALUE ? { ...o, label } : o))
    : options;
}
