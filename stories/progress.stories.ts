import { type ProjectData, softwareDevelopment } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/progress';

const small: ProjectData = {
  id: 'launch',
  name: 'Product launch',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'Doing', category: 'active' },
    { id: 'blocked', label: 'Blocked', category: 'blocked' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  tasks: [
    { id: 'a', name: 'Positioning', duration: 5, progress: 100, status: 'done' },
    { id: 'b', name: 'Pricing page', duration: 3, progress: 60, status: 'doing' },
    { id: 'c', name: 'Press kit', duration: 2, progress: 0, status: 'blocked' },
    { id: 'd', name: 'Launch webinar', duration: 1, progress: 0, status: 'todo' },
  ],
};

interface Args {
  label: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Progress',
  component: 'rl-progress',
  args: { label: '' },
  render: (args) => html`<rl-progress .data=${small} label=${args.label || small.name}></rl-progress>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Basic: Story = {};

/** The stories' "today", so the expected marker sits at the same place on every visit. */
const TODAY = '2026-04-15';

export const ExpectedByToday: Story = {
  name: 'Expected progress by today',
  render: () => html`<rl-progress .data=${softwareDevelopment(TODAY)} today=${TODAY}></rl-progress>`,
};

export const ByGroup: Story = {
  name: 'Breakdown by group',
  render: () =>
    html`<rl-progress .data=${softwareDevelopment(TODAY)} today=${TODAY} breakdown="group"></rl-progress>`,
};

export const ByPerson: Story = {
  name: 'Breakdown by person, five rows',
  render: () => html`<rl-progress
    .data=${generateProject({ tasks: 2000, statuses: true, people: 12, seed: 4 })}
    today="2026-06-01"
    breakdown="person"
    limit="5"
  ></rl-progress>`,
};

export const Empty: Story = {
  render: () => html`<rl-progress .data=${{ id: 'empty', name: 'No tasks yet', tasks: [] }}></rl-progress>`,
};

export const LargeGeneratedProject: Story = {
  name: '10,000 tasks',
  render: () => html`<rl-progress .data=${generateProject({ tasks: 10_000, statuses: true })}></rl-progress>`,
};

export const InvalidInlineJson: Story = {
  name: 'Invalid inline JSON',
  render: () => html`<rl-progress><script type="application/json">{ "name": oops }</script></rl-progress>`,
};
