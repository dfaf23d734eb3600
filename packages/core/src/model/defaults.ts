import type { PriorityDef, StatusDef } from './types.js';

/** The statuses a project gets when its data defines none. */
export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { id: 'todo', label: 'To do', color: '#8a94a6', category: 'todo' },
  { id: 'in-progress', label: 'In progress', color: '#2f80ed', category: 'active' },
  { id: 'blocked', label: 'Blocked', color: '#eb5757', category: 'blocked' },
  { id: 'done', label: 'Done', color: '#27ae60', category: 'done' },
];

/** The priorities a project gets when its data defines none; lower rank is more important. */
export const DEFAULT_PRIORITIES: readonly PriorityDef[] = [
  { id: 'critical', label: 'Critical', color: '#c0392b', rank: 0 },
  { id: 'high', label: 'High', color: '#e67e22', rank: 1 },
  { id: 'medium', label: 'Medium', color: '#f1c40f', rank: 2 },
  { id: 'low', label: 'Low', color: '#95a5a6', rank: 3 },
];
