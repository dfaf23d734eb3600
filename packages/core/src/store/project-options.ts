import type { CustomAction } from '../model/automation.js';
import type { EntityKind } from '../model/operations.js';
import type { CalendarData } from '../model/types.js';
import type { WorkingTime } from '../model/working-time.js';
import type { SchedulerPort } from '../schedule/port.js';
import { WorkCalendar } from '../time/calendar.js';
import { formatWallTime } from '../time/wall-time.js';
import type { CalendarFactory } from '../validate/normalize.js';

/** Options of {@link createProject}. */
export interface ProjectOptions {
  /**
   * The scheduling engine to keep in step with the store. Default: the incremental engine of
   * `schedule/` (`createSchedulerPort()`); `false` schedules nothing (`scheduled()` is undefined).
   */
  scheduler?: SchedulerPort | false;
  /** How many transactions undo remembers; unlimited by default, 0 turns undo off. */
  undoLimit?: number;
  /** Working-time arithmetic for a calendar, used to derive end from duration and back. Default: `WorkCalendar.from`. */
  calendars?: CalendarFactory;
  /** Makes ids for new entities; default: the kind, a random part and a counter. */
  idFactory?: (kind: EntityKind) => string;
  /** The current wall-clock time (`YYYY-MM-DDTHH:mm`) for `createdAt` and `takenAt`; default: now in UTC. */
  now?: () => string;
  /**
   * Receives what a subscriber throws. The change stands and the other subscribers still run.
   * Default: re-raised asynchronously (an unhandled rejection), so the bug is not silent.
   */
  onListenerError?: (error: unknown) => void;
  /** Actions rules may call by name (`{ type: 'custom', name }`); each runs inside the rule's transaction. */
  actions?: Record<string, CustomAction>;
  /** How many rule runs `automationLog` keeps; default 1000. */
  automationLogLimit?: number;
}

let idCounter = 0;

/** The default `idFactory`: the kind, a random part and a counter. */
export function defaultId(kind: EntityKind): string {
  idCounter += 1;
  return `${kind}-${Math.random().toString(36).slice(2, 10)}${idCounter.toString(36)}`;
}

/** The default `calendars`: `WorkCalendar.from`. */
export function defaultCalendars(data: CalendarData | undefined): WorkingTime {
  return WorkCalendar.from(data);
}

/** The default `now`: the current wall-clock time in UTC. */
export function utcNow(): string {
  return formatWallTime(Math.floor(Date.now() / 60000));
}

/** The default `onListenerError`: re-raised asynchronously, as an unhandled rejection. */
export function reraise(error: unknown): void {
  Promise.reject(error);
}
