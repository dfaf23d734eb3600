import { grid } from './grid.js';
import { common } from './common.js';
import { timeline } from './timeline.js';
import { roadmap } from './roadmap.js';
import { board } from './board.js';
import { dashboard } from './dashboard.js';
import { kpi } from './kpi.js';
import { burndown } from './burndown.js';
import { statusChart } from './status-chart.js';
import { bottlenecks } from './bottlenecks.js';
import { portfolio } from './portfolio.js';
import { lateList } from './late-list.js';
import { milestones } from './milestones.js';
import { workload } from './workload.js';
import { progress } from './progress.js';
import { notes } from './notes.js';
import { resources } from './resources.js';
import { presence } from './presence.js';
import { automations } from './automations.js';
import { notifications } from './notifications.js';
import { importWizard } from './import.js';
import { dataExport } from './export.js';
import { workflow } from './workflow.js';
import { cumulativeFlow } from './cumulative-flow.js';
import { network } from './network.js';
import { importIssues } from './import-issues.js';

/**
 * Every English message: the key set each built-in language must match. Imported by tests and for
 * its type; an element imports only the parts it shows (each part registers itself).
 */
export const en = {
  ...grid,
  ...common,
  ...timeline,
  ...roadmap,
  ...board,
  ...dashboard,

  ...kpi,
  ...burndown,
  ...statusChart,
  ...bottlenecks,
  ...portfolio,
  ...lateList,
  ...milestones,
  ...workload,
  ...progress,
  ...notes,
  ...resources,
  ...presence,
  ...automations,
  ...notifications,
  ...importWizard,
  ...dataExport,
  ...workflow,
  ...cumulativeFlow,
  ...network,
  ...importIssues,
};
