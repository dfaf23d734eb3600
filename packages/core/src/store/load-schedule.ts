import { RoadlineError } from '../model/errors.js';
import type { ResolvedGraph } from '../model/graph.js';
import type { ProjectData } from '../model/types.js';
import type { SchedulerPort } from '../schedule/port.js';
import { checkProjectData, invalidData } from '../validate/validate.js';

/**
 * Loads the scheduler with the validated copy and its numbering. A cycle the compile finds is
 * reported the way validation reports one, with every loop (validation left the search to it).
 */
export function loadSchedule(
  port: SchedulerPort,
  input: unknown,
  data: ProjectData,
  graph: ResolvedGraph,
): void {
  try {
    port.load(data, graph);
  } catch (error) {
    if (error instanceof RoadlineError && error.code === 'CYCLE') {
      const { issues } = checkProjectData(input);
      if (issues.length > 0) throw invalidData(issues);
    }
    throw error;
  }
}
