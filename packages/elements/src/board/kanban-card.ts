import { dueDay, isLate, taskDates } from '@roadline/core/views/dates';
import { html, nothing, type TemplateResult } from 'lit';
import { noteMark } from '../base/note-counts.js';
import { noteBadge, peerStyle, selectedBy } from '../base/presence-marks.js';
import { styleProps } from '../base/style-props.js';
import { taskCalendar } from '../base/task-calendar.js';
import type { BoardSource } from './board-host.js';
import { avatars, colorStyle, formatDay } from './format.js';

/** Where a card sits in its column's list and how it takes part in focus and keyboard drags. */
export interface CardPlace {
  readonly index: number;
  readonly size: number;
  readonly tabbable: boolean;
  readonly lifted: boolean;
}

/**
 * A kanban card: name, priority, due date (late marked), assignees, note count in the color of
 * the latest note, progress and tags; outlined in another person's color while they select it (a
 * shared project), their names as its title.
 */
export function kanbanCard(
  source: BoardSource,
  id: string,
  place: CardPlace,
  onKey: (event: KeyboardEvent, id: string) => void,
  onFocus: (id: string) => void,
): TemplateResult {
  const project = source.store();
  const task = project?.task(id);
  if (!project || !task) return html``;
  const status = task.status === undefined ? undefined : project.status(task.status);
  const done = status?.category === 'done' || (task.progress ?? 0) >= 100;
  // The dates a Gantt over the same store shows: scheduled, once predecessors push the task.
  const dates = taskDates(project, task);
  const due = dueDay(dates.end, dates.start, taskCalendar(project, task.calendarId));
  const late = isLate(due, source.today(), done);
  const priority = task.priority === undefined ? undefined : project.priority(task.priority);
  const progress = Math.max(0, Math.min(100, Math.round(task.progress ?? 0)));
  const peers = source.presence.selecting(id);
  const shared = peers.length > 0;
  const parts = ['card', late ? 'late' : '', place.lifted ? 'lifted' : '', shared ? 'peer-selected' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div
    part=${parts}
    class=${shared ? 'peer' : nothing}
    title=${shared ? selectedBy(peers, source.t) : nothing}
    role="listitem"
    tabindex=${place.tabbable ? '0' : '-1'}
    data-id=${id}
    aria-posinset=${place.index + 1}
    aria-setsize=${place.size}
    aria-describedby="card-help"
    ${peerStyle(peers)}
    @keydown=${(e: KeyboardEvent) => onKey(e, id)}
    @focus=${() => onFocus(id)}
  >
    <span part="card-handle" aria-hidden="true">⠿</span>
    <span part="card-name">${task.name}</span>
    <span part="card-meta">
      ${priority ? html`<span part="priority" ${colorStyle('--_chip', priority.color)}>${priority.label}</span>` : nothing}
      ${due ? html`<span part=${late ? 'due late' : 'due'}>${source.t(late ? 'board.late' : 'board.due', { day: formatDay(due, source.language()) })}</span>` : nothing}
      ${avatars((task.assignees ?? []).map((p) => project.person(p)))}
      ${noteBadge(noteMark(project, id), source.t)}
    </span>
    <span part="card-progress" role="img" aria-label=${source.t('task.done', { percent: progress })}
      ><span part="card-progress-bar" ${styleProps({ width: `${progress}%` })}></span
    ></span>
    ${(task.tags?.length ?? 0) > 0 ? html`<span part="tags">${task.tags?.map((t) => html`<span part="tag">${t}</span>`)}</span>` : nothing}
  </div>`;
}
