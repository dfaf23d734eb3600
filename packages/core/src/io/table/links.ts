/**
 * The hierarchy (a parent column, else an outline or WBS number, else an outline level) and the
 * links (predecessor and successor columns) of the imported rows, then one validation pass that
 * drops, with a warning, whatever link would still make the data invalid (loops, duplicates).
 */
import type { Dependency, ProjectData } from '../../model/types.js';
import { checkProjectData } from '../../validate/validate.js';
import type { ImportIssue } from '../issues.js';
import { TableIssueCode as Code } from './issues.js';
import type { ColumnAssignment, TableField } from './mapping.js';
import { parseLinkCell } from './predecessors.js';
import type { RowRecord } from './read.js';

type Report = (
  code: string,
  severity: ImportIssue['severity'],
  message: string,
  row?: number,
  col?: ColumnAssignment,
  value?: string,
) => void;
type Cell = (rec: RowRecord, c: ColumnAssignment | undefined) => string;

export function linkTasks(
  records: RowRecord[],
  single: Map<TableField, ColumnAssignment>,
  colsOf: (field: TableField) => ColumnAssignment[],
  cell: Cell,
  data: ProjectData,
  issue: Report,
): void {
  const byId = new Map<string, RowRecord>();
  const byAlt = new Map<string, RowRecord>();
  const byRow = new Map<string, RowRecord>();
  const byName = new Map<string, RowRecord[]>();
  const altCol = single.get('altId');
  const hasIdCol = single.has('id');
  for (const rec of records) {
    byId.set(rec.task.id, rec);
    const alt = cell(rec, altCol);
    if (alt && !byAlt.has(alt)) byAlt.set(alt, rec);
    byRow.set(String(rec.dataRow), rec);
    const key = rec.task.name.toLowerCase();
    const named = byName.get(key);
    if (named) named.push(rec);
    else byName.set(key, [rec]);
  }
  /** A task by id, second id, row number (when the file has no id column) or unique name. */
  const resolve = (ref: string): RowRecord | 'ambiguous' | undefined => {
    const found = byId.get(ref) ?? byAlt.get(ref) ?? (!hasIdCol ? byRow.get(ref) : undefined);
    if (found) return found;
    // GitHub writes a parent issue as owner/repo#12, its rows' URLs end in /owner/repo/issues/12.
    const gh = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(ref);
    if (gh) {
      const suffix = `/${gh[1]}/issues/${gh[2]}`;
      for (const [alt, rec] of byAlt) if (alt.endsWith(suffix)) return rec;
    }
    const named = byName.get(ref.toLowerCase());
    if (named?.length === 1) return named[0];
    return named && named.length > 1 ? 'ambiguous' : undefined;
  };

  // Hierarchy.
  const parentCol = single.get('parent');
  const outlineCol = single.get('outline');
  const levelCol = single.get('level');
  if (parentCol) {
    for (const rec of records) {
      const v = cell(rec, parentCol);
      if (!v) continue;
      const p = resolve(v);
      if (p && p !== 'ambiguous' && p !== rec) rec.task.parentId = p.task.id;
      else if (p === 'ambiguous')
        issue(
          Code.AMBIGUOUS_TASK_REFERENCE,
          'warning',
          `row ${rec.row}: several tasks are named "${v}"; the parent was left out`,
          rec.row,
          parentCol,
          v,
        );
      else
        issue(
          Code.UNKNOWN_PARENT,
          'warning',
          `row ${rec.row}: no task is "${v}"; the task was put at the top level`,
          rec.row,
          parentCol,
          v,
        );
    }
    breakParentLoops(records, byId, parentCol, cell, issue);
  } else if (outlineCol) {
    const byOutline = new Map<string, RowRecord>();
    for (const rec of records) {
      const v = cell(rec, outlineCol).replace(/\.$/, '');
      if (!v) continue;
      if (!/^\d+(\.\d+)*$/.test(v)) {
        issue(
          Code.INVALID_OUTLINE,
          'warning',
          `row ${rec.row}: "${v}" is not an outline number; the task was put at the top level`,
          rec.row,
          outlineCol,
          v,
        );
        continue;
      }
      byOutline.set(v, rec);
      const parentKey = v.includes('.') ? v.slice(0, v.lastIndexOf('.')) : undefined;
      if (parentKey === undefined) continue;
      const parent = byOutline.get(parentKey);
      if (parent) rec.task.parentId = parent.task.id;
      else
        issue(
          Code.INVALID_OUTLINE,
          'warning',
          `row ${rec.row}: no row before it has the outline number ${parentKey}; the task was put at the top level`,
          rec.row,
          outlineCol,
          v,
        );
    }
  } else if (levelCol) {
    const stack: { level: number; rec: RowRecord }[] = [];
    for (const rec of records) {
      const v = cell(rec, levelCol);
      const level = Number(v);
      if (!v || !Number.isInteger(level) || level < 0) {
        if (v)
          issue(
            Code.INVALID_VALUE,
            'warning',
            `row ${rec.row}: "${v}" is not an outline level; the task was put at the top level`,
            rec.row,
            levelCol,
            v,
          );
        stack.length = 0;
        continue;
      }
      while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
      const top = stack[stack.length - 1];
      if (top) {
        rec.task.parentId = top.rec.task.id;
        if (level > top.level + 1)
          issue(
            Code.INVALID_OUTLINE,
            'warning',
            `row ${rec.row}: level ${level} follows level ${top.level}; the task was put under the row before`,
            rec.row,
            levelCol,
            v,
          );
      }
      stack.push({ level, rec });
    }
  }

  // Links.
  const deps: Dependency[] = [];
  const seen = new Set<string>();
  const linkOf = new Map<Dependency, { rec: RowRecord; col: ColumnAssignment; text: string }>();
  const isRef = (text: string) => {
    const r = resolve(text);
    return r !== undefined && r !== 'ambiguous';
  };
  for (const field of ['predecessors', 'successors'] as const) {
    for (const col of colsOf(field)) {
      for (const rec of records) {
        const v = cell(rec, col);
        if (!v) continue;
        for (const item of parseLinkCell(v, isRef)) {
          if ('error' in item) {
            issue(
              Code.INVALID_LINK,
              'warning',
              `row ${rec.row}: "${item.error}" is not a link; it was left out`,
              rec.row,
              col,
              item.error,
            );
            continue;
          }
          const other = resolve(item.ref);
          if (other === undefined || other === 'ambiguous') {
            const code = other === 'ambiguous' ? Code.AMBIGUOUS_TASK_REFERENCE : Code.UNKNOWN_TASK_REFERENCE;
            const what =
              other === 'ambiguous' ? `several tasks are named "${item.ref}"` : `no task is "${item.ref}"`;
            issue(code, 'warning', `row ${rec.row}: ${what}; the link was left out`, rec.row, col, item.text);
            continue;
          }
          const [from, to] =
            field === 'predecessors' ? [other.task.id, rec.task.id] : [rec.task.id, other.task.id];
          if (from === to) {
            issue(
              Code.INVALID_LINK,
              'warning',
              `row ${rec.row}: "${item.text}" links the task to itself; it was left out`,
              rec.row,
              col,
              item.text,
            );
            continue;
          }
          const key = `${from}\u0000${to}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (item.percentLag) {
            issue(
              Code.PERCENT_LAG,
              'warning',
              `row ${rec.row}: "${item.text}" has a lag in percent, which Roadline does not have; the link was imported without it`,
              rec.row,
              col,
              item.text,
            );
          }
          const dep: Dependency = { id: `l${deps.length + 1}`, from, to };
          if (item.type !== 'FS') dep.type = item.type;
          if (item.lag) {
            dep.lag = item.lag;
            if (item.lagUnit && item.lagUnit !== 'day') dep.lagUnit = item.lagUnit;
          }
          deps.push(dep);
          linkOf.set(dep, { rec, col, text: item.text });
        }
      }
    }
  }
  if (deps.length) data.dependencies = deps;
  dropInvalidLinks(data, linkOf, issue);
}

function breakParentLoops(
  records: RowRecord[],
  byId: Map<string, RowRecord>,
  col: ColumnAssignment,
  cell: Cell,
  issue: Report,
): void {
  const state = new Map<string, 1 | 2>();
  for (const start of records) {
    const path: RowRecord[] = [];
    let rec: RowRecord | undefined = start;
    while (rec && !state.has(rec.task.id)) {
      state.set(rec.task.id, 1);
      path.push(rec);
      rec = rec.task.parentId ? byId.get(rec.task.parentId) : undefined;
    }
    if (rec && state.get(rec.task.id) === 1) {
      // `rec` is on the current path: a loop. Its last member loses its parent.
      const last = path[path.length - 1] as RowRecord;
      issue(
        Code.HIERARCHY_CYCLE,
        'warning',
        `row ${last.row}: the parent "${cell(last, col)}" makes a task its own ancestor; the task was put at the top level`,
        last.row,
        col,
        cell(last, col),
      );
      delete last.task.parentId;
    }
    for (const r of path) state.set(r.task.id, 2);
  }
}

/** Links the data check still rejects (loops, a summary linked to its own subtask): left out, each reported. */
function dropInvalidLinks(
  data: ProjectData,
  linkOf: Map<Dependency, { rec: RowRecord; col: ColumnAssignment; text: string }>,
  issue: Report,
): void {
  if (!data.dependencies?.length || linksLookValid(data)) return;
  for (let round = 0; round < 1000 && data.dependencies?.length; round++) {
    const problems = checkProjectData(data).issues.filter((i) => i.path.startsWith('dependencies'));
    if (!problems.length) return;
    const drop = new Set<Dependency>();
    for (const p of problems) {
      const at = /^dependencies\[(\d+)\]/.exec(p.path);
      if (at) drop.add(data.dependencies[Number(at[1])] as Dependency);
      else if (p.tasks?.length) {
        // A loop: leave out its last link read.
        const loop = new Set(p.tasks);
        const inLoop = data.dependencies.filter((d) => loop.has(d.from) && loop.has(d.to));
        const last = inLoop[inLoop.length - 1];
        if (last) drop.add(last);
      }
    }
    if (!drop.size) return;
    for (const d of drop) {
      const where = linkOf.get(d);
      issue(
        Code.INVALID_LINK,
        'warning',
        `the link from "${d.from}" to "${d.to}" ${problems.some((p) => p.code === 'CYCLE') ? 'closes a loop or ties a summary to its own subtask' : 'is not valid'}; it was left out`,
        where?.rec.row,
        where?.col,
        where?.text,
      );
    }
    data.dependencies = data.dependencies.filter((d) => !drop.has(d));
  }
}

/**
 * The data check's link rules, cheaply (no copy of the data): no link between a task and its own
 * ancestor, and no loop (a topological order exists). When it says no, the full check finds which
 * links to leave out.
 */
function linksLookValid(data: ProjectData): boolean {
  const deps = data.dependencies ?? [];
  const parentOf = new Map<string, string>();
  for (const t of data.tasks) if (t.parentId !== undefined) parentOf.set(t.id, t.parentId);
  const isAncestor = (a: string, b: string) => {
    for (
      let p = parentOf.get(b), guard = 0;
      p !== undefined && guard <= data.tasks.length;
      p = parentOf.get(p), guard++
    ) {
      if (p === a) return true;
    }
    return false;
  };
  const index = new Map<string, number>();
  for (let i = 0; i < data.tasks.length; i++) index.set((data.tasks[i] as { id: string }).id, i);
  const indegree = new Int32Array(data.tasks.length);
  const next: number[][] = [];
  for (const d of deps) {
    if (isAncestor(d.from, d.to) || isAncestor(d.to, d.from)) return false;
    const f = index.get(d.from) as number;
    const t = index.get(d.to) as number;
    const list = next[f];
    if (list) list.push(t);
    else next[f] = [t];
    indegree[t] = (indegree[t] as number) + 1;
  }
  const queue: number[] = [];
  for (let i = 0; i < indegree.length; i++) if (indegree[i] === 0) queue.push(i);
  let seen = 0;
  while (queue.length) {
    const n = queue.pop() as number;
    seen++;
    for (const m of next[n] ?? []) {
      indegree[m] = (indegree[m] as number) - 1;
      if (indegree[m] === 0) queue.push(m);
    }
  }
  return seen === indegree.length;
}
