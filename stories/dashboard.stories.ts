import {
  createProject,
  featuresRoadmap,
  type Project,
  type ProjectData,
  projectManagement,
  softwareDevelopment,
} from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import type { DashboardConfig } from '@roadline/elements/classes';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/dashboard';

/** The stories' "today", so every figure is the same on every visit. */
const TODAY = '2026-04-15';

const single: DashboardConfig = {
  columns: 12,
  rowHeight: 110,
  widgets: [
    { id: 'kpi', type: 'kpi', x: 0, y: 0, w: 12, h: 1 },
    { id: 'progress', type: 'progress', x: 0, y: 1, w: 4, h: 1 },
    { id: 'status', type: 'status', x: 4, y: 1, w: 4, h: 2 },
    { id: 'burndown', type: 'burndown', x: 8, y: 1, w: 4, h: 2 },
    { id: 'milestones', type: 'milestones', x: 0, y: 2, w: 4, h: 3 },
    { id: 'workload', type: 'workload', x: 4, y: 3, w: 8, h: 2, options: { weeks: 8 } },
    { id: 'late', type: 'late', x: 0, y: 5, w: 6, h: 3 },
    { id: 'bottlenecks', type: 'bottlenecks', x: 6, y: 5, w: 6, h: 3 },
    { id: 'notes', type: 'notes', x: 0, y: 8, w: 12, h: 2 },
  ],
};

const portfolioConfig: DashboardConfig = {
  columns: 12,
  rowHeight: 110,
  widgets: [
    { id: 'portfolio', type: 'portfolio', x: 0, y: 0, w: 12, h: 3 },
    {
      id: 'roadmap-status',
      type: 'status',
      x: 0,
      y: 3,
      w: 4,
      h: 2,
      title: 'Roadmap status',
      projects: ['roadmap'],
    },
    {
      id: 'software-late',
      type: 'late',
      x: 4,
      y: 3,
      w: 4,
      h: 2,
      title: 'Software: late',
      projects: ['software'],
    },
    {
      id: 'pm-milestones',
      type: 'milestones',
      x: 8,
      y: 3,
      w: 4,
      h: 2,
      title: 'Projects: milestones',
      projects: ['pm'],
    },
  ],
};

interface Args {
  label: string;
}

const meta: Meta<Args> = {
  title: 'Dashboard/Dashboard',
  component: 'rl-dashboard',
  args: { label: 'Overview' },
};
export default meta;

type Story = StoryObj<Args>;

function dashboard(data: ProjectData, label: string) {
  const project: Project = createProject(data);
  return html`<rl-dashboard
    label=${label}
    today=${TODAY}
    .project=${project}
    .config=${single}
    @rl-layout-change=${(e: CustomEvent) => console.info('layout', e.detail.config)}
  ></rl-dashboard>`;
}

export const FeaturesRoadmap: Story = {
  name: 'Features & releases roadmap',
  render: (args) => dashboard(featuresRoadmap(TODAY), args.label),
};

export const SoftwareDevelopment: Story = {
  name: 'Software development',
  render: (args) => dashboard(softwareDevelopment(TODAY), args.label),
};

export const ProjectManagement: Story = {
  name: 'Project management',
  render: (args) => dashboard(projectManagement(TODAY), args.label),
};

export const Portfolio: Story = {
  name: 'Portfolio of all three',
  render: (args) => html`<rl-dashboard
    label=${args.label}
    today=${TODAY}
    .projects=${{ roadmap: featuresRoadmap(TODAY), software: softwareDevelopment(TODAY), pm: projectManagement(TODAY) }}
    .config=${portfolioConfig}
  ></rl-dashboard>`,
};

export const Large: Story = {
  name: '10,000 tasks',
  render: () =>
    dashboard(
      generateProject({ tasks: 10_000, statuses: true, people: 12, groups: 4, seed: 2 }),
      'Generated',
    ),
};

export const Empty: Story = {
  render: () => dashboard({ id: 'empty', name: 'Nothing yet', tasks: [] }, 'Empty project'),
};

/** No `config`: the default overview a project gets out of the box. */
export const OutOfTheBox: Story = {
  name: 'Out of the box (no config)',
  render: (args) => html`<rl-dashboard
    label=${args.label}
    today=${TODAY}
    .project=${createProject(projectManagement(TODAY))}
  ></rl-dashboard>`,
};

/** No `config`, only `.projects`: the default portfolio. */
export const PortfolioOutOfTheBox: Story = {
  name: 'Portfolio out of the box (no config)',
  render: (args) => html`<rl-dashboard
    label=${args.label}
    today=${TODAY}
    .projects=${{ roadmap: featuresRoadmap(TODAY), software: softwareDevelopment(TODAY), pm: projectManagement(TODAY) }}
  ></rl-dashboard>`,
};
