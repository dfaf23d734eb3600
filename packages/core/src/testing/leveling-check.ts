/**
 * An independent check of a leveled schedule, for the leveling tests and benchmark: it reads only
 * the data and the reported dates (never the solver), and says which links are broken and where a
 * person's summed units exceed their max units. Dates are compared as wall-clock minutes.
 */
import type { ProjectData } from '../model/types.js';

export interface LevelingViolations {
  /** Links without a lag whose dates break their type (links with a lag or lead are not checked). */
  links: string[];
  /** `personId@date` where the load exceeds max units. */
  overloads: string[];
}

/** Minutes since 1970-01-01 of a wall-clock `YYYY-MM-DD[THH:mm]`, independent of the time zone. */
export function wallMinutes(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (m === null) throw new Error(`not a wall time: ${value}`);
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 60000;
  return day + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0);
}

export function levelingViolations(
  data: ProjectData,
  tasks: ReadonlyMap<string, { start: string; end: string }>,
): LevelingViolations {
  const at = (id: string): [number, number] => {
    const t = tasks.get(id);
    if (t === undefined) throw new Error(`no dates for ${id}`);
    return [wallMinutes(t.start), wallMinutes(t.end)];
  };
  const links: string[] = [];
  for (const d of data.dependencies ?? []) {
    if (d.lag !== undefined && d.lag !== 0) continue;
    const [ps, pe] = at(d.from);
    const [ss, se] = at(d.to);
    const type = d.type ?? 'FS';
    const ok = type === 'FS' ? ss >= pe : type === 'SS' ? ss >= ps : type === 'FF' ? se >= pe : se >= ps;
    if (!ok) links.push(d.id);
  }
  const load = new Map<string, [number, number][]>();
  const use = (taskId: string, personId: string, units: number): void => {
    const [s, e] = at(taskId);
    if (e <= s) return;
    let list = load.get(personId);
    if (list === undefined) {
      list = [];
      load.set(personId, list);
    }
    list.push([s, units], [e, -units]);
  };
  // Leveling moves leaf tasks; what people do on a summary task is not leveled (nor checked).
  const parents = new Set(data.tasks.map((t) => t.parentId));
  for (const a of data.assignments ?? [])
    if (!parents.has(a.taskId)) use(a.taskId, a.personId, a.units ?? 100);
  for (const t of data.tasks) if (!parents.has(t.id)) for (const p of t.assignees ?? []) use(t.id, p, 100);
  const overloads: string[] = [];
  for (const person of data.people ?? []) {
    const list = (load.get(person.id) ?? []).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const cap = person.maxUnits ?? 100;
    let sum = 0;
    for (const [time, delta] of list) {
      sum += delta;
      if (sum > cap) overloads.push(`${person.id}@${time}`);
    }
  }
  return { links, overloads };
}
