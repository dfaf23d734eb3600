import type { ProjectData } from './types.js';

/** The kinds of entity a change operation can touch. */
export type EntityKind =
  | 'project'
  | 'task'
  | 'dependency'
  | 'assignment'
  | 'calendar'
  | 'person'
  | 'group'
  | 'status'
  | 'priority'
  | 'release'
  | 'field'
  | 'note'
  | 'baseline'
  | 'automation'
  | 'fired';

/** Project-level settings, the `project` entity of an operation. */
export type ProjectSettings = Pick<ProjectData, 'id' | 'name' | 'start' | 'calendar'>;

/**
 * One serializable change. `before` is absent for `add`, `after` for `remove`; both are whole
 * entity snapshots (plain JSON in the `ProjectData` shapes), so an operation can be inverted and
 * replayed on another replica.
 */
export interface Operation<T = unknown> {
  kind: 'add' | 'update' | 'remove';
  entity: EntityKind;
  id: string;
  before?: T;
  after?: T;
}
