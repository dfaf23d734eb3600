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
  code: Code,
  severity: ImportIssue['severity'],
  message: string,
  row?: number,
  col?: ColumnAssignment,
  value?: string,
) => void;
type Cell = (rec: RowRecord, c: ColumnAssignment | undefined) => string;
/** Where a link was read: its row, column and item text. */
type LinkOrigin = { rec: RowRecord; col: ColumnAssignment; text: string };
/** The links' ends as row indices, one entry per link. */
type LinkEnds = { from: number[]; to: number[] };

export function linkTasks(
  records: RowRecord[],
  byId: ReadonlyMap<string, RowRecord>,
  single: Map<TableField, ColumnAssignment>,
  colsOf: (field: TableField) => ColumnAssignment[],
  cell: Cell,
  data: ProjectData,
  issue: Report,
): void {
  const byAlt = new Map<string, RowRecord>();
  const byRow = new Map<string, RowRecord>();
  /** A lower-cased name's row, or `null` when several rows have that name. */
  const byName = new Map<string, RowRecord | null>();
  const altCol = single.get('altId');
  const hasIdCol = single.has('id');
  for (const rec of records) {
    if (altCol) {
      const alt = cell(rec, altCol);
      if (alt && !byAlt.has(alt)) byAlt.set(alt, rec);
    }
    if (!hasIdCol) byRow.set(String(rec.dataRow), rec);
    const key = rec.task.name.toLowerCase();
    byName.set(key, byName.has(key) ? null : rec);
  }
  /** A task by id, second id, row number (when the file has no id column) or unique name. */
  const resolve = (ref: string): RowRecord | 'ambiguous' | undefined => {
    const found = byId.get(ref) ?? byAlt.get(ref) ?? (!hasIdCol ? byRow.get(ref) : undefined);
    if (found) return found;
    // GitHub writes a parent issue as owner/repo#12, its rows' URLs end in /owner/repo/issues/12.
    const gh = ref.includes('#') ? /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(ref) : null;
    if (gh) {
      const suffix = `/${gh[1]}/issues/${gh[2]}`;
      for (const [alt, rec] of byAlt) if (alt.endsWith(suffix)) return rec;
    }
    const named = byName.get(ref.toLowerCase());
    return named === null ? 'ambiguous' : named;
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
      if (p && p !== 'ambiguous' && p !== rec) {
        rec.task.parentId = p.task.id;
        rec.parent = p;
      } else if (p === 'ambiguous')
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
    breakParentLoops(records, parentCol, cell, issue);
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
      if (parent) {
        rec.task.parentId = parent.task.id;
        rec.parent = parent;
      } else
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
        rec.parent = top.rec;
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
  // Beside each link: its ends as row indices (for the check) and where it was read (for issues).
  const ends: LinkEnds = { from: [], to: [] };
  const origins: LinkOrigin[] = [];
  const seen = new LinksSeen(records.length);
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
          const fromRec = field === 'predecessors' ? other : rec;
          const toRec = field === 'predecessors' ? rec : other;
          if (fromRec === toRec) {
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
          if (!seen.add(fromRec.index, toRec.index)) continue;
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
          const dep: Dependency = { id: `l${deps.length + 1}`, from: fromRec.task.id, to: toRec.task.id };
          if (item.type !== 'FS') dep.type = item.type;
          if (item.lag) {
            dep.lag = item.lag;
            if (item.lagUnit && item.lagUnit !== 'day') dep.lagUnit = item.lagUnit;
          }
          deps.push(dep);
          ends.from.push(fromRec.index);
          ends.to.push(toRec.index);
          origins.push({ rec, col, text: item.text });
        }
      }
    }
  }
  if (deps.length) data.dependencies = deps;
  if (deps.length && !linksLookValid(records, ends)) {
    dropInvalidLinks(data, new Map(deps.map((d, i) => [d, origins[i] as LinkOrigin])), issue);
  }
}

/** The links read so far, by the rows at their ends: per source row a short list, or a set once it has many. */
class LinksSeen {
  private readonly to: (number[] | Set<number> | undefined)[];
  constructor(rows: number) {
    this.to = new Array(rows);
  }
  /** Records the link; `false` when it was there already. */
  add(from: number, to: number): boolean {
    const seen = this.to[from];
    if (seen === undefined) {
      this.to[from] = [to];
      return true;
    }
    if (Array.isArray(seen)) {
      if (seen.includes(to)) return false;
      if (seen.length < 16) seen.push(to);
      else this.to[from] = new Set([...seen, to]);
      return true;
    }
    if (seen.has(to)) return false;
    seen.add(to);
    return true;
  }
}

function breakParentLoops(records: RowRecord[], col: ColumnAssignment, cell: Cell, issue: Report): void {
  // 0: not seen, 1: on the path being walked, 2: done.
  const state = new Uint8Array(records.length);
  const path: RowRecord[] = [];
  for (const start of records) {
    path.length = 0;
    let rec: RowRecord | undefined = start;
    while (rec && state[rec.index] === 0) {
      state[rec.index] = 1;
      path.push(rec);
      rec = rec.parent;
    }
    if (rec && state[rec.index] === 1) {
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
      last.parent = undefined;
    }
    for (const r of path) state[r.index] = 2;
  }
}

/** Links the data check still rejects (loops, a summary linked to its own subtask): left out, each reported. */
function dropInvalidLinks(data: ProjectData, linkOf: Map<Dependency, LinkOrigin>, issue: Report): void {
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
 * The data check's link rules, cheaply (no copy of the data, row indices instead of ids): no link
 * between a task and its own ancestor, and no loop (a topological order exists). When it says no,
 * the full check finds which links to leave out.
 */
function linksLookValid(records: readonly RowRecord[], ends: LinkEnds): boolean {
  const n = records.length;
  const { from, to } = ends;
  const isAncestor = (a: RowRecord, b: RowRecord) => {
    for (let p = b.parent, guard = 0; p !== undefined && guard <= n; p = p.parent, guard++) {
      if (p === a) return true;
    }
    return false;
  };
  // The links as adjacency lists in one array (each row's successors at start[row]…start[row + 1]).
  const start = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (let i = 0; i < from.length; i++) {
    const f = from[i] as number;
    const t = to[i] as number;
    const a = records[f] as RowRecord;
    const b = records[t] as RowRecord;
    if (isAncestor(a, b) || isAncestor(b, a)) return false;
    start[f + 1] = (start[f + 1] as number) + 1;
    indegree[t] = (indegree[t] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const next = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const f = from[i] as number;
    next[fill[f] as number] = to[i] as number;
    fill[f] = (fill[f] as number) + 1;
  }
  const queue = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[size++] = i;
  let seen = 0;
  while (size > 0) {
    const v = queue[--size] as number;
    seen++;
    for (let e = start[v] as number; e < (start[v + 1] as number); e++) {
      const m = next[e] as number;
      indegree[m] = (indegree[m] as number) - 1;
      if (indegree[m] === 0) queue[size++] = m;
    }
  }
  return seen === n;
}
