import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: the data exports (`rl-export-menu` and the Gantt toolbar's export select). */
export const dataExport = {
  'export.label': 'Export data',
  'export.menu': 'Export data…',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel workbook',
  'export.mspdi': 'Microsoft Project XML',
  'export.json': 'JSON',
  'export.ics': 'Calendar (.ics): milestones and due dates',
  'export.dueSummary': 'Due: {name}',
  'export.done': 'Exported {format}.',
} satisfies Record<string, Message>;

addEnglish(dataExport);
