import {
  createProject,
  featuresRoadmap,
  type ProjectData,
  projectManagement,
  softwareDevelopment,
} from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/gantt';

const TODAY = '2026-03-04';

const small: ProjectData = {
  id: 'launch',
  name: 'Product launch',
  start: '2026-03-02',
  people: [
    { id: 'ann', name: 'Ann Lee' },
    { id: 'raj', name: 'Raj Patel' },
  ],
  tasks: [
    { id: 'g', name: 'Build' },
    {
      id: 'a',
      name: 'Design',
      parentId: 'g',
      start: '2026-03-02',
      duration: 5,
      progress: 60,
      assignees: ['ann'],
    },
    { id: 'b', name: 'Implement', parentId: 'g', duration: 8, progress: 10, assignees: ['raj'] },
    { id: 'c', name: 'Docs', parentId: 'g', duration: 3 },
    { id: 'm', name: 'Release', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'a', to: 'b' },
    { id: 'd2', from: 'a', to: 'c', type: 'SS', lag: 2 },
    { id: 'd3', from: 'b', to: 'm' },
    { id: 'd4', from: 'c', to: 'm', type: 'FF' },
  ],
};

const COLUMNS = ['row', 'name', 'start', 'end', 'duration', 'progress', 'assignees', 'predecessors'];

interface Args {
  zoom: 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
  readonly: boolean;
  locale: string;
  gridWidth: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Gantt',
  component: 'rl-gantt',
  args: { zoom: 'day', readonly: false, locale: 'en-GB', gridWidth: 560 },
  argTypes: { zoom: { control: 'select', options: ['hour', 'day', 'week', 'month', 'quarter', 'year'] } },
  render: (args) =>
    html`<rl-gantt
      .data=${small}
      .columns=${COLUMNS}
      zoom=${args.zoom}
      ?readonly=${args.readonly}
      locale=${args.locale}
      grid-width=${args.gridWidth}
      today=${TODAY}
    ></rl-gantt>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Basic: Story = {};

export const Readonly: Story = { args: { readonly: true } };

/**
 * Rows and columns rearranged by the user, with the events a page would store: drag a row by the
 * grip before its name (onto a row: its child; above or below: a sibling), or move it with
 * Alt+Shift+arrows; type on a cell to replace its value (F2 keeps it); show and hide columns
 * from the ⋮ menu in the header's corner (Shift+F10 on a header opens it too).
 */
export const RowsAndColumns: Story = {
  render: (args) => {
    const log = document.createElement('ol');
    log.setAttribute('aria-label', 'Events');
    log.setAttribute('aria-live', 'polite');
    const write = (line: string): void => {
      const item = document.createElement('li');
      item.textContent = line;
      log.prepend(item);
      while (log.children.length > 6) log.lastElementChild?.remove();
    };
    const onTask = (e: CustomEvent<{ taskId: string; patch: object; source: string }>): void =>
      write(`rl-task-change ${e.detail.source} ${e.detail.taskId} ${JSON.stringify(e.detail.patch)}`);
    const onColumns = (e: CustomEvent<{ reason: string; columns: readonly { id: string }[] }>): void =>
      write(`rl-column-change ${e.detail.reason}: ${e.detail.columns.map((c) => c.id).join(', ')}`);
    return html`<rl-gantt
        .data=${small}
        .columns=${COLUMNS}
        zoom=${args.zoom}
        ?readonly=${args.readonly}
        locale=${args.locale}
        grid-width=${args.gridWidth}
        today=${TODAY}
        @rl-task-change=${onTask}
        @rl-column-change=${onColumns}
      ></rl-gantt
      >${log}`;
  },
};

/** A page that vetoes every row move out of its parent (`rl-before-task-change`); reordering within a parent still works. */
export const VetoedReparenting: Story = {
  render: (args) => {
    const project = createProject(small);
    const veto = (e: CustomEvent<{ taskId: string; patch: { parentId?: string }; source: string }>): void => {
      const moving = e.detail.source === 'row-drag' || e.detail.source === 'reorder';
      if (moving && e.detail.patch.parentId !== project.task(e.detail.taskId)?.parentId) e.preventDefault();
    };
    return html`<rl-gantt
      .project=${project}
      .columns=${COLUMNS}
      zoom=${args.zoom}
      locale=${args.locale}
      grid-width=${args.gridWidth}
      today=${TODAY}
      @rl-before-task-change=${veto}
    ></rl-gantt>`;
  },
};

/** The software development template with its custom fields as columns. */
export const SoftwareDevelopment: Story = {
  args: { zoom: 'week', gridWidth: 640 },
  render: (args) =>
    html`<rl-gantt
      .project=${createProject(softwareDevelopment(TODAY))}
      .columns=${['name', 'status', 'priority', 'assignees', 'field:kind', 'field:points', 'start', 'end']}
      zoom=${args.zoom}
      locale=${args.locale}
      grid-width=${args.gridWidth}
      today=${TODAY}
    ></rl-gantt>`,
};

export const FeaturesRoadmap: Story = {
  args: { zoom: 'month', gridWidth: 600 },
  render: (args) =>
    html`<rl-gantt
      .project=${createProject(featuresRoadmap(TODAY))}
      .columns=${['name', 'status', 'priority', 'field:effort', 'field:rice', 'start', 'end']}
      zoom=${args.zoom}
      locale=${args.locale}
      grid-width=${args.gridWidth}
      today=${TODAY}
    ></rl-gantt>`,
};

export const ProjectManagement: Story = {
  args: { zoom: 'week' },
  render: (args) =>
    html`<rl-gantt
      .project=${createProject(projectManagement(TODAY))}
      .columns=${COLUMNS}
      zoom=${args.zoom}
      locale=${args.locale}
      grid-width=${args.gridWidth}
      today=${TODAY}
    ></rl-gantt>`,
};

/** Critical tasks (no slack) are drawn in the critical color; the grid marks their rows with `part="critical"`. */
export const CriticalPath: Story = {
  args: { zoom: 'week' },
  render: (args) =>
    html`<style>
        .critical-demo::part(row critical) {
          color: var(--rl-color-critical);
        }
      </style>
      <rl-gantt
        class="critical-demo"
        .project=${createProject(projectManagement(TODAY))}
        .columns=${['row', 'name', 'duration', 'start', 'end', 'predecessors']}
        zoom=${args.zoom}
        locale=${args.locale}
        today=${TODAY}
      ></rl-gantt>`,
};

/** A baseline taken, then the plan slipped: the timeline shows the baseline under each bar. */
export const Baselines: Story = {
  args: { zoom: 'week' },
  render: (args) => {
    const project = createProject(projectManagement(TODAY));
    project.takeBaseline({ name: 'Approved plan' });
    const first = project.tasks().find((t) => !project.isSummary(t.id) && t.duration !== undefined);
    if (first) project.updateTask(first.id, { duration: (first.duration ?? 1) + 4 });
    return html`<rl-gantt .project=${project} .columns=${COLUMNS} zoom=${args.zoom} locale=${args.locale} today=${TODAY}></rl-gantt>`;
  },
};

/** A calendar with holidays (Easter 2026) and a four-day week for one task. */
export const CalendarsWithHolidays: Story = {
  render: (args) =>
    html`<rl-gantt
      .data=${{
        ...small,
        calendar: { holidays: ['2026-04-03', '2026-04-06'] },
        calendars: [{ id: 'four-day', name: 'Mon–Thu', workingDays: [1, 2, 3, 4] }],
        start: '2026-03-30',
        tasks: small.tasks.map((t) =>
          t.id === 'a' ? { ...t, start: '2026-03-30' } : t.id === 'c' ? { ...t, calendarId: 'four-day' } : t,
        ),
      }}
      .columns=${COLUMNS}
      zoom=${args.zoom}
      locale=${args.locale}
      today=${TODAY}
    ></rl-gantt>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <rl-gantt .data=${small} .columns=${COLUMNS} zoom=${args.zoom} locale="ar" today=${TODAY}></rl-gantt>
    </div>`,
};

export const GermanLocale: Story = {
  args: { locale: 'de-DE' },
};

export const TenThousandTasks: Story = {
  args: { zoom: 'month' },
  render: (args) =>
    html`<rl-gantt
      .project=${createProject(generateProject({ tasks: 10_000, seed: 1 }))}
      zoom=${args.zoom}
      locale=${args.locale}
    ></rl-gantt>`,
};

export const HundredThousandTasks: Story = {
  args: { zoom: 'month' },
  render: (args) =>
    html`<rl-gantt
      .project=${createProject(generateProject({ tasks: 100_000, seed: 1 }))}
      zoom=${args.zoom}
      locale=${args.locale}
    ></rl-gantt>`,
};
