import type { Project } from '../../store/project.js';
import type { Task } from '../../model/types.js';

/**
 * A task member a board groups by: one of the built-in select-like members, or the id of a custom
 * field (`select` or `person` type). `person` reads the first assignee.
 */
export type BoardField = 'status' | 'priority' | 'person' | 'group' | 'release' | (string & {});

/** The key of the "no value" column, lane or group (entity ids are never empty). */
export const NO_VALUE = '';

/** One column, lane or group of a board: a value of the field, with its label and color. */
export interface BoardOption {
  /** The field value; {@link NO_VALUE} for items without one. */
  value: string;
  label: string;
  color: string | undefined;
}

/** A board's member changes: the members to set, `undefined` removing one. */
export type BoardPatch = Partial<Omit<Task, 'id'>>;

/** The value of `field` on a task, as a column key ({@link NO_VALUE} when it has none). */
export function boardFieldValue(task: Readonly<Task>, field: BoardField): string {
  switch (field) {
    case 'status':
      return task.status ?? NO_VALUE;
    case 'priority':
      return task.priority ?? NO_VALUE;
    case 'person':
      return task.assignees?.[0] ?? NO_VALUE;
    case 'group':
      return task.groupId ?? NO_VALUE;
    case 'release':
      return task.releaseId ?? NO_VALUE;
    default: {
      const fields = task.fields;
      const value = fields !== undefined && Object.hasOwn(fields, field) ? fields[field] : undefined;
      return typeof value === 'string' ? value : NO_VALUE;
    }
  }
}

/**
 * The change that moves a task into the column `value` of `field`. For `person`, the new person
 * replaces the first assignee and the others stay; {@link NO_VALUE} removes the value.
 */
export function boardFieldPatch(task: Readonly<Task>, field: BoardField, value: string): BoardPatch {
  const v = value === NO_VALUE ? undefined : value;
  switch (field) {
    case 'status':
      return { status: v };
    case 'priority':
      return { priority: v };
    case 'group':
      return { groupId: v };
    case 'release':
      return { releaseId: v };
    case 'person': {
      const rest = (task.assignees ?? []).slice(1).filter((p) => p !== v);
      const assignees = v === undefined ? rest : [v, ...rest];
      return { assignees: assignees.length > 0 ? assignees : undefined };
    }
    default: {
      const fields: Record<string, unknown> = { ...task.fields };
      if (v === undefined) delete fields[field];
      else fields[field] = v;
      return { fields: Object.keys(fields).length > 0 ? fields : undefined };
    }
  }
}

/**
 * The values `field` can take in `project`, in their natural order (statuses as defined,
 * priorities by rank, …), with a leading "none" option when `withNone` is set.
 */
export function boardFieldOptions(project: Project, field: BoardField, withNone: boolean): BoardOption[] {
  const out: BoardOption[] = [];
  const none = (label: string): void => {
    if (withNone) out.push({ value: NO_VALUE, label, color: undefined });
  };
  switch (field) {
    case 'status':
      none('No status');
      for (const s of project.statuses()) out.push({ value: s.id, label: s.label, color: s.color });
      break;
    case 'priority': {
      none('No priority');
      const sorted = [...project.priorities()].sort((a, b) => a.rank - b.rank);
      for (const p of sorted) out.push({ value: p.id, label: p.label, color: p.color });
      break;
    }
    case 'person':
      none('Unassigned');
      for (const p of project.people()) out.push({ value: p.id, label: p.name, color: p.color });
      break;
    case 'group':
      none('No group');
      for (const g of project.groups()) out.push({ value: g.id, label: g.name, color: g.color });
      break;
    case 'release':
      none('No release');
      for (const r of project.releases()) out.push({ value: r.id, label: r.name, color: undefined });
      break;
    default: {
      const def = project.field(field);
      none(`No ${def?.label ?? field}`);
      if (def?.type === 'person') {
        for (const p of project.people()) out.push({ value: p.id, label: p.name, color: p.color });
      } else {
        for (const o of def?.options ?? []) out.push({ value: o.id, label: o.label, color: o.color });
      }
    }
  }
  return out;
}
