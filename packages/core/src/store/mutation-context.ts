import { RoadlineError } from '../model/errors.js';
import type { EntityKind, Operation } from '../model/operations.js';
import type { WorkingTime } from '../model/working-time.js';
import type { CalendarFactory } from '../validate/normalize.js';
import type { MutationContext } from './mutations/context.js';
import type { ProjectState } from './state.js';

/** What a store wires into the context its mutation functions get. */
export interface ContextSources {
  readonly state: ProjectState;
  /** The store's one checked path for a change. */
  readonly emit: (op: Operation) => void;
  readonly idFactory: (kind: EntityKind) => string;
  readonly calendars: CalendarFactory | undefined;
  readonly now: () => string;
}

/**
 * The {@link MutationContext} of a store: ids from the factory, retried while they collide with
 * an existing entity; working time per calendar, made by the factory once and kept until that
 * calendar's data is replaced.
 */
export function createMutationContext(sources: ContextSources): MutationContext {
  const { state, emit, idFactory, calendars, now } = sources;
  const cache = new Map<string | undefined, { source: unknown; time: WorkingTime | undefined }>();
  return {
    state,
    emit,
    newId: (kind) => freshId(state, kind, idFactory),
    workingTime: (calendarId) => {
      if (calendars === undefined) return undefined;
      const source =
        calendarId === undefined ? state.settings.calendar : state.tables.calendar.get(calendarId);
      const cached = cache.get(calendarId);
      if (cached !== undefined && cached.source === source) return cached.time;
      const time = calendars(source);
      cache.set(calendarId, { source, time });
      return time;
    },
    now,
  };
}

function freshId(state: ProjectState, kind: EntityKind, make: (kind: EntityKind) => string): string {
  const table = kind === 'project' ? undefined : state.tables[kind];
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = make(kind);
    if (table === undefined || !table.has(id)) return id;
  }
  throw new RoadlineError('DUPLICATE_ID', `The id factory keeps returning ids of existing ${kind} entities`);
}
