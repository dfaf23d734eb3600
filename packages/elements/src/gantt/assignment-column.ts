import '../i18n/en/resources.js';
import { overallocations, parseWallTime, type Project, type Task, taskAssignments } from '@roadline/core';
import { type AssignmentText, formatAssignmentText, parseAssignmentText } from '@roadline/core/views/grid';
import type { CellChange, ColumnContext, ColumnDef } from './columns.js';

/**
 * The grid's assignment column, as Microsoft Project's "Resource Names": `Ana [50 %], Bob`, units
 * shown when not 100 % (core `formatAssignmentText`). Typing `Ana [50%], Bo` sets the task's
 * people and units in one undo step (`applyAssignmentEdit`); a name nobody has, bad units or a
 * person twice keep the editor open with the reason. A person who is over their max units while
 * the task runs is marked (`⚠`, and in words for screen readers through the cell's label).
 */
export const assignmentsColumn: ColumnDef = {
  id: 'assignments',
  header: 'Resources',
  width: 180,
  minWidth: 60,
  align: 'start',
  editor: 'text',
  sortValue: (t, ctx) => textOf(t, ctx),
  text: (t, ctx) => {
    const over = overOn(ctx.project, t);
    const people = peopleMap(ctx.project);
    return entriesOf(ctx.project, t)
      .map((a) => {
        const text = formatAssignmentText([a], people);
        return over.has(a.personId) ? ctx.format.t('resources.overMark', { text }) : text;
      })
      .join(', ');
  },
  editable: () => true,
  editValue: (t, ctx) => textOf(t, ctx),
  parse(value, _t, ctx) {
    const { assignments, errors } = parseAssignmentText(value, ctx.project.people());
    const first = errors[0];
    if (first !== undefined)
      return ctx.format.t(
        first.reason === 'unknown-person'
          ? 'resources.unknownPerson'
          : first.reason === 'bad-units'
            ? 'resources.badUnits'
            : 'resources.repeatedPerson',
        { part: first.part },
      );
    return { kind: 'assignments', entries: assignments } satisfies CellChange;
  },
};

function entriesOf(project: Project, t: Readonly<Task>): AssignmentText[] {
  return taskAssignments(t, project.assignments(t.id)).map((a) => ({ personId: a.personId, units: a.units }));
}

function peopleMap(project: Project): Map<string, { name: string }> {
  return new Map(project.people().map((p) => [p.id, p]));
}

function textOf(t: Readonly<Task>, ctx: ColumnContext): string {
  return formatAssignmentText(entriesOf(ctx.project, t), peopleMap(ctx.project));
}

/** Per store version: each person's over-allocated stretches (wall minutes). */
const overCache = new WeakMap<Project, { version: number; byPerson: Map<string, [number, number][]> }>();

/** The people of `t` who are over their max units while it runs. */
function overOn(project: Project, t: Readonly<Task>): Set<string> {
  let cached = overCache.get(project);
  if (cached?.version !== project.version) {
    const byPerson = new Map<string, [number, number][]>();
    const schedule = project.schedule();
    for (const o of overallocations(project.toJSON(), schedule ? { schedule } : {})) {
      const s = parseWallTime(o.start) ?? 0;
      const e = parseWallTime(o.end) ?? 0;
      const list = byPerson.get(o.personId);
      if (list) list.push([s, e]);
      else byPerson.set(o.personId, [[s, e]]);
    }
    cached = { version: project.version, byPerson };
    overCache.set(project, cached);
  }
  const out = new Set<string>();
  if (cached.byPerson.size === 0) return out;
  const dates = project.schedule()?.tasks.get(t.id);
  const start = parseWallTime(dates?.start ?? '');
  const end = parseWallTime(dates?.end ?? '');
  if (start === undefined || end === undefined) return out;
  for (const a of entriesOf(project, t))
    if (cached.byPerson.get(a.personId)?.some(([s, e]) => s < end && e > start)) out.add(a.personId);
  return out;
}

/**
 * Writes typed assignments in one transaction: people at 100 % with no assignment of their own
 * stay in the `assignees` shorthand; others get an assignment (units updated, added, or removed
 * when the person is gone).
 */
export function applyAssignmentEdit(
  project: Project,
  taskId: string,
  entries: readonly AssignmentText[],
): void {
  const existing = project.assignments(taskId);
  const byPerson = new Map(existing.map((a) => [a.personId, a]));
  const wanted = new Set(entries.map((e) => e.personId));
  project.transaction(() => {
    for (const a of existing) if (!wanted.has(a.personId)) project.removeAssignment(a.id);
    const assignees = entries
      .filter((e) => e.units === 100 && !byPerson.has(e.personId))
      .map((e) => e.personId);
    project.updateTask(taskId, { assignees: assignees.length > 0 ? assignees : undefined });
    for (const e of entries) {
      const own = byPerson.get(e.personId);
      if (own !== undefined) {
        if ((own.units ?? 100) !== e.units) project.updateAssignment(own.id, { units: e.units });
      } else if (e.units !== 100) project.addAssignment({ taskId, personId: e.personId, units: e.units });
    }
  });
}
