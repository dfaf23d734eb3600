import { createProject, type ProjectData, projectManagement, softwareDevelopment } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/timeline';

const TODAY = '2026-03-04';

const small: ProjectData = {
  id: 'launch',
  name: 'Product launch',
  start: '2026-03-02',
  tasks: [
    { id: 'g', name: 'Build' },
    { id: 'a', name: 'Design', parentId: 'g', start: '2026-03-02', duration: 5, progress: 60 },
    { id: 'b', name: 'Implement', parentId: 'g', duration: 8, progress: 10 },
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

interface Args {
  zoom: 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
  readonly: boolean;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Timeline',
  component: 'rl-timeline',
  args: { zoom: 'day', readonly: false, locale: 'en-GB' },
  argTypes: { zoom: { control: 'select', options: ['hour', 'day', 'week', 'month', 'quarter', 'year'] } },
  render: (args) =>
    html`<rl-timeline .data=${small} zoom=${args.zoom} ?readonly=${args.readonly} locale=${args.locale} today=${TODAY}></rl-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Basic: Story = {};

export const Readonly: Story = { args: { readonly: true } };

export const SoftwareDevelopment: Story = {
  render: (args) =>
    html`<rl-timeline .project=${createProject(softwareDevelopment(TODAY))} zoom=${args.zoom} locale=${args.locale} today=${TODAY}></rl-timeline>`,
  args: { zoom: 'week' },
};

export const ProjectManagementWithBaseline: Story = {
  render: (args) => {
    const project = createProject(projectManagement(TODAY));
    project.takeBaseline({ name: 'Plan' });
    return html`<rl-timeline .project=${project} zoom=${args.zoom} locale=${args.locale} today=${TODAY}></rl-timeline>`;
  },
  args: { zoom: 'week' },
};

export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar"><rl-timeline .data=${small} zoom=${args.zoom} today=${TODAY}></rl-timeline></div>`,
};

export const HundredThousandTasks: Story = {
  render: (args) =>
    html`<rl-timeline .project=${createProject(generateProject({ tasks: 100_000, seed: 1 }))} zoom=${args.zoom} locale=${args.locale}></rl-timeline>`,
  args: { zoom: 'month' },
};
