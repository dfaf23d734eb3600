/**
 * Every user-visible string of `rl-network`, in one place so a message catalogue can take them
 * over. Functions take the values a sentence needs.
 */
export const NETWORK_STRINGS = {
  label: 'Dependency network',
  fit: 'Fit to view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  overview: 'Overview of the network',
  start: 'Start',
  finish: 'Finish',
  duration: 'Duration',
  slack: 'Slack',
  milestone: 'Milestone',
  summary: 'Summary',
  critical: 'critical',
  taskRole: 'task',
  linkHandle: 'Drag to another task to link',
  expand: (name: string) => `Expand ${name}`,
  collapse: (name: string) => `Collapse ${name}`,
  days: (n: number) => `${n} d`,
  lag: (n: number, unit: string) => `${n > 0 ? '+' : ''}${n}${unit.slice(0, 1)}`,
  nodeLabel: (name: string, parts: readonly string[]) => [name, ...parts].join(', '),
  linking: (name: string) =>
    `Linking from ${name}. Move to another task and press Enter to link, Escape to cancel.`,
  linkCancelled: 'Linking cancelled.',
  linked: (from: string, to: string) => `Linked ${from} to ${to}.`,
  unlinked: (from: string, to: string) => `Removed the link from ${from} to ${to}.`,
  edgeSelected: (from: string, to: string, type: string) =>
    `Link ${type} from ${from} to ${to} selected. Press Delete to remove it.`,
  noNeighbour: (forward: boolean) => (forward ? 'No successor.' : 'No predecessor.'),
  empty: 'No tasks to show.',
} as const;
