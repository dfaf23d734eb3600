/**
 * `<PredecessorLink>` → `Dependency`, with the closest working-time equivalent of elapsed and
 * percent lags (see `approximate.ts`) and what Roadline leaves out: links into other projects,
 * links of inactive tasks. Each is listed in a warning; none refuses the file.
 */
import type { Dependency, Task } from '../../model/types.js';
import { parseWallTime } from '../../time/wall-time.js';
import { childElements, childText } from '../xml/query.js';
import { percentToWorking, elapsedToWorking, showElapsed, workingUnitOfElapsed } from './approximate.js';
import { isElapsedFormat, isPercentFormat, LINK_TYPE_BY_CODE, unitOfFormat } from './codes.js';
import { invalid, type ReadContext, readNumber, showAmount, toUnit } from './context.js';
import { readUid } from './header.js';
import { MSProjectIssueCode } from './issues.js';
import type { MspTaskRow, MspTaskRows } from './task-rows.js';

/** What the link reader needs of the tasks read before it. */
export interface ReadTasks {
  byUid: ReadonlyMap<string, Task>;
  /** UIDs of inactive tasks, whose links Project ignores. */
  inactive: ReadonlySet<string>;
  /** Working minutes of each task's duration (summaries too), for percent lags. */
  workMinutes: ReadonlyMap<string, number>;
}

function wall(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseWallTime(text);
}

/** Reads the links into `row`. */
export function readLinks(
  row: MspTaskRow,
  rows: MspTaskRows,
  tasks: ReadTasks,
  ctx: ReadContext,
): Dependency[] {
  const out: Dependency[] = [];
  const successor = tasks.byUid.get(row.uid);
  for (const link of childElements(row.element, 'PredecessorLink')) {
    const predUid = readUid(childText(link, 'PredecessorUID'));
    const what = `${row.label} predecessor link from task ${predUid ?? '?'}`;
    if (childText(link, 'CrossProject') === '1') {
      externalLink(link, row, successor, predUid, ctx);
      continue;
    }
    const pred = predUid === undefined ? undefined : rows.byUid.get(predUid);
    if (!pred || pred === rows.projectRow) invalid(`${what} names a task the file does not have`);
    const typeText = childText(link, 'Type') ?? '1';
    const type = LINK_TYPE_BY_CODE[Number(typeText)];
    if (type === undefined) invalid(`${what} has an unknown Type ${JSON.stringify(typeText)}`);
    const tenths = readNumber(childText(link, 'LinkLag'), `${what} LinkLag`) ?? 0;
    const format = readNumber(childText(link, 'LagFormat'), `${what} LagFormat`) ?? 7;
    const inactive = [row, pred].find((r) => tasks.inactive.has(r.uid));
    if (inactive) {
      ctx.log.add(
        MSProjectIssueCode.INACTIVE_TASK,
        `the ${type} link ${pred.label} \u2192 ${row.label} was left out`,
        inactive.id,
      );
      continue;
    }
    const dependency: Dependency = { id: `${pred.uid}-${row.uid}`, from: pred.id, to: row.id, type };
    if (tenths !== 0) {
      const arrow = `${pred.label} \u2192 ${row.label}`;
      let minutes: number;
      let preferred = unitOfFormat(format);
      if (isPercentFormat(format)) {
        // Project writes a percent lag's LinkLag as the percent itself, not in tenths.
        const base = tasks.workMinutes.get(pred.uid) ?? 0;
        minutes = percentToWorking(tenths, base);
        preferred = undefined;
        const amount = toUnit(minutes, preferred, ctx.doc);
        ctx.log.add(
          MSProjectIssueCode.PERCENT_LAG,
          `${arrow}: ${tenths}${format === 20 || format === 52 ? 'e' : ''}% of ${showAmount(toUnit(base, undefined, ctx.doc))} \u2192 ${showAmount(amount)}`,
          row.id,
        );
      } else if (isElapsedFormat(format)) {
        const elapsed = Math.round(tenths / 10);
        const anchor =
          type === 'SS' || type === 'SF' ? tasks.byUid.get(pred.uid)?.start : tasks.byUid.get(pred.uid)?.end;
        const calendar = ctx.workCalendar(successor?.calendarId);
        minutes = elapsedToWorking(elapsed, wall(anchor), calendar, ctx.doc.minutesPerWeek);
        preferred = workingUnitOfElapsed(format);
        ctx.log.add(
          MSProjectIssueCode.ELAPSED_LAG,
          `${arrow}: ${showElapsed(elapsed, format)} \u2192 ${minutes === 0 ? 'no lag' : showAmount(toUnit(minutes, preferred, ctx.doc))}`,
          row.id,
        );
      } else {
        minutes = Math.round(tenths / 10);
      }
      if (minutes !== 0) {
        const { value, unit } = toUnit(minutes, preferred, ctx.doc);
        dependency.lag = value;
        dependency.lagUnit = unit;
      }
    }
    out.push(dependency);
  }
  return out;
}

/**
 * A link from a task of another project: left out. The successor keeps the date that link gave
 * it as a start-no-earlier-than constraint, unless it has a constraint or is manual already.
 */
function externalLink(
  link: Parameters<typeof childText>[0],
  row: MspTaskRow,
  successor: Task | undefined,
  predUid: string | undefined,
  ctx: ReadContext,
): void {
  const project = childText(link, 'CrossProjectName');
  const from = `task ${predUid ?? '?'} of ${project === undefined ? 'another project' : JSON.stringify(project)}`;
  let kept = '';
  if (successor && !successor.manual && successor.constraint === undefined && successor.start !== undefined) {
    successor.constraint = { type: 'SNET', date: successor.start };
    kept = `, ${row.label} starts no earlier than ${successor.start}`;
  }
  ctx.log.add(MSProjectIssueCode.EXTERNAL_LINK, `${from} \u2192 ${row.label} was left out${kept}`, row.id);
}
