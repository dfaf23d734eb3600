import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: the resource histogram, the resource usage view and the Gantt's leveling commands. */
export const resources = {
  'resources.histogram': 'Resource histogram',
  'resources.usage': 'Resource usage',
  'resources.person': 'Person',
  'resources.noPeople': 'No people.',
  'resources.keys': 'Arrow keys move between people and time cells.',
  'resources.usageKeys':
    'Arrow keys move between people and assignments; Space picks up an assignment to move it to another person.',
  'resources.cell': '{name}, {date}: {units} % of {max} %',
  'resources.cellOver': '{name}, {date}: {units} % of {max} %, over-allocated',
  'resources.personRow': { one: '{name}, {count} assignment', other: '{name}, {count} assignments' },
  'resources.personRowOver': {
    one: '{name}, {count} assignment, over-allocated',
    other: '{name}, {count} assignments, over-allocated',
  },
  'resources.assignment': '{task}, {units} %, {start} to {end}',
  'resources.assignmentOver': '{task}, {units} %, {start} to {end}, over-allocated',
  'resources.units': '{units} %',
  'resources.lifted': 'Picked up {task}. Up and down choose a person, Space drops, Escape cancels.',
  'resources.target': 'To {name}',
  'resources.moved': '{task} moved to {name}.',
  'resources.cancelled': 'Move cancelled.',
  'resources.alreadyOn': '{name} is already on {task}.',
  'resources.level': 'Level',
  'resources.clearLeveling': 'Clear leveling',
  'resources.leveling': 'Leveling…',
  'resources.leveled': { one: 'Leveled: {count} task delayed.', other: 'Leveled: {count} tasks delayed.' },
  'resources.levelingCleared': 'Leveling cleared.',
  'column.assignments': 'Resources',
  'resources.overMark': '{text} ⚠',
  'resources.unknownPerson': 'No one is called “{part}”',
  'resources.badUnits': 'Units must be a percentage: “{part}”',
  'resources.repeatedPerson': '“{part}” is named twice',
} satisfies Record<string, Message>;

addEnglish(resources);
