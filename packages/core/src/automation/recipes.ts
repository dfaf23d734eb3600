import type { AutomationRule } from '../model/automation.js';

/** A ready rule for the gallery of an editor: a sentence, a category and the rule (without an id). */
export interface AutomationRecipe {
  id: string;
  /** The rule as a sentence, in English. */
  title: string;
  category: 'status' | 'dates' | 'people' | 'dependencies' | 'tasks';
  rule: Omit<AutomationRule, 'id'>;
}

/**
 * Ready rules over the default statuses (`todo`, `in-progress`, `blocked`, `done`) and priorities
 * (`critical` … `low`); each is valid data for any project with those (add it with
 * `project.addAutomation(recipe.rule)`). Recipes that name a person use `assignees`.
 */
export const AUTOMATION_RECIPES: readonly AutomationRecipe[] = [
  {
    id: 'done-progress',
    title: 'When Status changes to Done, set Progress to 100 %',
    category: 'status',
    rule: {
      name: 'Done means 100 %',
      when: { type: 'field-changed', field: 'status', to: 'done' },
      then: [{ type: 'set-field', field: 'progress', value: 100 }],
    },
  },
  {
    id: 'done-notify',
    title: 'When Status changes to Done, notify the assignees',
    category: 'status',
    rule: {
      name: 'Tell the team it is done',
      when: { type: 'field-changed', field: 'status', to: 'done' },
      then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} is done.' }],
    },
  },
  {
    id: 'started-status',
    title: 'When Progress changes and the task is To do, set Status to In progress',
    category: 'status',
    rule: {
      name: 'Progress starts the task',
      when: { type: 'field-changed', field: 'progress' },
      if: {
        all: [
          { field: 'status', op: 'eq', value: 'todo' },
          { field: 'progress', op: 'gt', value: 0 },
        ],
      },
      then: [{ type: 'set-field', field: 'status', value: 'in-progress' }],
    },
  },
  {
    id: 'blocked-priority',
    title: 'When Status changes to Blocked, raise Priority to High and notify the assignees',
    category: 'status',
    rule: {
      name: 'Blocked work gets attention',
      when: { type: 'field-changed', field: 'status', to: 'blocked' },
      then: [
        { type: 'set-field', field: 'priority', value: 'high' },
        { type: 'notify', to: ['assignees'], message: '{{task.name}} is blocked.' },
      ],
    },
  },
  {
    id: 'blocker-finished',
    title: 'When the last predecessor is done, notify the assignees',
    category: 'dependencies',
    rule: {
      name: 'Blocker finished',
      when: { type: 'predecessors-done' },
      then: [
        {
          type: 'notify',
          to: ['assignees'],
          message: 'Everything {{task.name}} waits for is done: it can start.',
        },
      ],
    },
  },
  {
    id: 'unblock',
    title: 'When the last predecessor is done and the task is Blocked, set Status to To do',
    category: 'dependencies',
    rule: {
      name: 'Unblock when blockers finish',
      when: { type: 'predecessors-done' },
      if: { field: 'status', op: 'eq', value: 'blocked' },
      then: [{ type: 'set-field', field: 'status', value: 'todo' }],
    },
  },
  {
    id: 'start-arrived',
    title: 'When the start date arrives and the task is To do, notify the assignees',
    category: 'dates',
    rule: {
      name: 'Start date arrived',
      when: { type: 'date-arrived', field: 'start' },
      if: { field: 'status', op: 'eq', value: 'todo' },
      then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} should start today.' }],
    },
  },
  {
    id: 'due-soon',
    title: 'Two days before the end date, if not done, notify the assignees',
    category: 'dates',
    rule: {
      name: 'Due in two days',
      when: { type: 'date-arrived', field: 'end', offsetDays: -2 },
      if: { not: { field: 'status.category', op: 'eq', value: 'done' } },
      then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} is due on {{task.end}}.' }],
    },
  },
  {
    id: 'late-flag',
    title: 'When a task is late, set Priority to Critical and add a note',
    category: 'dates',
    rule: {
      name: 'Flag late work',
      when: { type: 'task-late' },
      then: [
        { type: 'set-field', field: 'priority', value: 'critical' },
        {
          type: 'add-note',
          text: '{{task.name}} passed its end ({{task.end}}) before it was done.',
          color: 'danger',
        },
      ],
    },
  },
  {
    id: 'new-task-todo',
    title: 'When a task is created without a status, set Status to To do',
    category: 'tasks',
    rule: {
      name: 'New tasks start in To do',
      when: { type: 'task-created' },
      if: { field: 'status', op: 'empty' },
      then: [{ type: 'set-field', field: 'status', value: 'todo' }],
    },
  },
  {
    id: 'done-follow-up',
    title: 'When Status changes to Done, create a follow-up review as a successor',
    category: 'tasks',
    rule: {
      name: 'Review after done',
      when: { type: 'field-changed', field: 'status', to: 'done' },
      then: [{ type: 'create-task', task: { name: 'Review: {{task.name}}', duration: 1 }, as: 'successor' }],
    },
  },
  {
    id: 'note-notify',
    title: 'When a note is added, notify the assignees',
    category: 'people',
    rule: {
      name: 'Tell the team about notes',
      when: { type: 'note-added' },
      then: [{ type: 'notify', to: ['assignees'], message: 'New note on {{task.name}}.' }],
    },
  },
  {
    id: 'assignee-added',
    title: 'When Assignees change, notify the assignees',
    category: 'people',
    rule: {
      name: 'Tell people they were assigned',
      when: { type: 'field-changed', field: 'assignees' },
      then: [{ type: 'notify', to: ['assignees'], message: 'You are on {{task.name}}: {{task.assignees}}.' }],
    },
  },
  {
    id: 'blocked-slip',
    title: 'When Status changes to Blocked, move the dates one week later',
    category: 'dates',
    rule: {
      name: 'Blocked slips a week',
      when: { type: 'field-changed', field: 'status', to: 'blocked' },
      then: [{ type: 'shift-dates', days: 7 }],
    },
  },
];
