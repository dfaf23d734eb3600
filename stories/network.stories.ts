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
import '@roadline/elements/define/network';
import '@roadline/elements/define/gantt';

const TODAY = '2026-03-04';

const small: ProjectData = {
  id: 'launch',
  name: 'Product launch',
  start: '2026-03-02',
  people: [{ id: 'ann', name: 'Ann Lee' }],
  tasks: [
    { id: 'g', name: 'Build' },
    { id: 'a', name: 'Design', parentId: 'g', start: '2026-03-02', duration: 5, assignees: ['ann'] },
    { id: 'b', name: 'Implement', parentId: 'g', duration: 8 },
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
  readonly: boolean;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Network',
  component: 'rl-network',
  args: { readonly: false, locale: 'en-GB' },
  render: (args) =>
    html`<rl-network .data=${small} ?readonly=${args.readonly} locale=${args.locale}></rl-network>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Basic: Story = {};

export const SoftwareDevelopment: Story = {
  render: (args) =>
    html`<rl-network .project=${createProject(softwareDevelopment(TODAY))} locale=${args.locale}></rl-network>`,
};

export const ProjectManagement: Story = {
  render: (args) =>
    html`<rl-network .project=${createProject(projectManagement(TODAY))} locale=${args.locale}></rl-network>`,
};

export const FeaturesRoadmap: Story = {
  render: (args) =>
    html`<rl-network .project=${createProject(featuresRoadmap(TODAY))} locale=${args.locale}></rl-network>`,
};

/** The same store in a gantt and a network: selecting in one selects in the other. */
export const WithGantt: Story = {
  render: (args) => {
    const project = createProject(softwareDevelopment(TODAY));
    return html`<rl-network .project=${project} locale=${args.locale}></rl-network>
      <rl-gantt .project=${project} locale=${args.locale} today=${TODAY}></rl-gantt>`;
  },
};

export const Dark: Story = {
  render: (args) =>
    html`<rl-network .project=${createProject(projectManagement(TODAY))} locale=${args.locale}></rl-network>`,
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar"><rl-network .project=${createProject(softwareDevelopment(TODAY))}></rl-network></div>`,
};

export const TenThousandTasks: Story = {
  render: (args) =>
    html`<rl-network .project=${createProject(generateProject({ tasks: 10_000, seed: 1, people: 20 }))} locale=${args.locale}></rl-network>`,
};
