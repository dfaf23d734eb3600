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
import '@roadline/elements/define/board';

const TODAY = '2026-03-04';

const TEMPLATES: Record<string, () => ProjectData> = {
  'software development': () => softwareDevelopment(TODAY),
  'features & releases roadmap': () => featuresRoadmap(TODAY),
  'project management': () => projectManagement(TODAY),
};

interface Args {
  template: string;
  view: 'kanban' | 'table';
  columnField: 'status' | 'priority' | 'person' | 'group' | 'release';
  laneField: '' | 'status' | 'priority' | 'person' | 'group' | 'release';
  groupBy: 'group' | 'status' | 'priority' | 'person' | 'release' | 'none';
  wipBlocking: boolean;
  readonly: boolean;
}

const FIELDS = ['status', 'priority', 'person', 'group', 'release'];

const meta: Meta<Args> = {
  title: 'Elements/Board',
  component: 'rl-board',
  args: {
    template: 'software development',
    view: 'kanban',
    columnField: 'status',
    laneField: '',
    groupBy: 'group',
    wipBlocking: false,
    readonly: false,
  },
  argTypes: {
    template: { control: 'select', options: Object.keys(TEMPLATES) },
    view: { control: 'inline-radio', options: ['kanban', 'table'] },
    columnField: { control: 'select', options: FIELDS },
    laneField: { control: 'select', options: ['', ...FIELDS] },
    groupBy: { control: 'select', options: [...FIELDS, 'none'] },
  },
  render: (args) => html`<rl-board
    .data=${(TEMPLATES[args.template] ?? TEMPLATES['software development'])?.()}
    today=${TODAY}
    view=${args.view}
    column-field=${args.columnField}
    lane-field=${args.laneField || undefined}
    group-by=${args.groupBy}
    ?wip-blocking=${args.wipBlocking}
    ?readonly=${args.readonly}
  ></rl-board>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SoftwareDevelopmentKanban: Story = { name: 'Software development · kanban' };
export const SoftwareDevelopmentTable: Story = {
  name: 'Software development · table',
  args: { view: 'table', groupBy: 'status' },
};
export const RoadmapKanban: Story = {
  name: 'Features & releases · kanban by release',
  args: { template: 'features & releases roadmap', columnField: 'release' },
};
export const RoadmapTable: Story = {
  name: 'Features & releases · table',
  args: { template: 'features & releases roadmap', view: 'table' },
};
export const ProjectManagementKanban: Story = {
  name: 'Project management · kanban with swimlanes',
  args: { template: 'project management', laneField: 'person' },
};
export const ProjectManagementTable: Story = {
  name: 'Project management · table',
  args: { template: 'project management', view: 'table', groupBy: 'person' },
};

export const WipLimits: Story = {
  name: 'WIP limits (blocking)',
  render: () => {
    const data = softwareDevelopment(TODAY);
    const limits = Object.fromEntries((data.statuses ?? []).map((s) => [s.id, 2]));
    return html`<rl-board .data=${data} today=${TODAY} .wipLimits=${limits} wip-blocking></rl-board>`;
  },
};

export const SharedStore: Story = {
  name: 'Kanban and table on one store',
  render: () => {
    const project = createProject(softwareDevelopment(TODAY));
    return html`<rl-board .project=${project} today=${TODAY}></rl-board>
      <rl-board .project=${project} today=${TODAY} view="table" group-by="status"></rl-board>`;
  },
};

export const Kanban2k: Story = {
  name: '2,000 cards',
  render: () =>
    html`<rl-board .data=${generateProject({ tasks: 2_200, statuses: true, people: 12 })}></rl-board>`,
};

export const Table10k: Story = {
  name: '10,000 rows',
  render: () =>
    html`<rl-board
      view="table"
      .data=${generateProject({ tasks: 10_000, statuses: true, people: 20, groups: 8 })}
    ></rl-board>`,
};

export const Empty: Story = {
  render: () => html`<rl-board .data=${{ id: 'empty', name: 'No items yet', tasks: [] }}></rl-board>`,
};

export const InvalidInlineJson: Story = {
  name: 'Invalid inline JSON',
  render: () => html`<rl-board><script type="application/json">{ "name": oops }</script></rl-board>`,
};
