import type { AutomationRule, FiredRecord } from '../model/automation.js';
import type { EntityKind, ProjectSettings } from '../model/operations.js';
import type {
  Assignment,
  Baseline,
  CalendarData,
  Dependency,
  FieldDef,
  Group,
  Note,
  Person,
  PriorityDef,
  Release,
  StatusDef,
  Task,
} from '../model/types.js';

/** The entity type behind each {@link EntityKind}. */
export interface EntityTypes {
  project: ProjectSettings;
  task: Task;
  dependency: Dependency;
  assignment: Assignment & { id: string };
  calendar: CalendarData & { id: string };
  person: Person;
  group: Group;
  status: StatusDef;
  priority: PriorityDef;
  release: Release;
  field: FieldDef;
  note: Note;
  baseline: Baseline;
  automation: AutomationRule;
  fired: FiredRecord;
}

/** Every kind kept in a table by id (all but `project`, which is a single record). */
export type TableKind = Exclude<EntityKind, 'project'>;

/** Table kinds in the order `toJSON` writes them, with their `ProjectData` key. */
export const TABLE_KEYS = [
  ['calendar', 'calendars'],
  ['status', 'statuses'],
  ['priority', 'priorities'],
  ['person', 'people'],
  ['group', 'groups'],
  ['release', 'releases'],
  ['field', 'fields'],
  ['task', 'tasks'],
  ['dependency', 'dependencies'],
  ['assignment', 'assignments'],
  ['baseline', 'baselines'],
  ['note', 'notes'],
  ['automation', 'automations'],
  ['fired', 'automationsFired'],
] as const satisfies readonly (readonly [TableKind, string])[];

/** All entity kinds an operation may name. */
export const ENTITY_KINDS: ReadonlySet<string> = new Set<EntityKind>([
  'project',
  ...TABLE_KEYS.map(([kind]) => kind),
]);
