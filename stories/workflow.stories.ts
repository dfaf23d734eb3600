import {
  createProject,
  featuresRoadmap,
  type Project,
  type ProjectData,
  projectManagement,
  softwareDevelopment,
} from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/workflow';
import '@roadline/elements/define/board';
import '@roadline/elements/define/cumulative-flow';

const TODAY = '2026-03-04';
const DAYS = [
  '2026-02-26',
  '2026-02-27',
  '2026-02-28',
  '2026-03-01',
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
];

/**
 * A store with a week of status history: each day moves a few items along the flow, some back
 * (rework), on a clock the story sets, so the flow has transitions and the cumulative flow has days.
 */
function withHistory(data: ProjectData): Project {
  const clock = { now: '2026-02-25T09:00' };
  const project = createProject(data, { now: () => clock.now });
  const statuses = project.statuses().map((s) => s.id);
  const leaves = project.tasks().filter((t) => !project.isSummary(t.id));
  for (let day = 0; day < 7; day++) {
    clock.now = `${DAYS[day]}T10:00`;
    leaves.forEach((task, i) => {
      if ((i + day) % 3 !== 0) return;
      const at = statuses.indexOf(project.task(task.id)?.status ?? '');
      const back = (i + day) % 7 === 0 && at > 0;
      const next = statuses[back ? at - 1 : Math.min(statuses.length - 1, at + 1)];
      if (next !== undefined && next !== project.task(task.id)?.status)
        project.updateTask(task.id, { status: next });
    });
  }
  return project;
}

interface Args {
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Workflow',
  component: 'rl-workflow',
  args: { locale: 'en-GB' },
  render: (args) =>
    html`<rl-workflow .project=${withHistory(softwareDevelopment(TODAY))} .wipLimits=${{ doing: 3 }} today="${TODAY}T12:00" locale=${args.locale}></rl-workflow>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SoftwareDevelopment: Story = {};

export const ProjectManagement: Story = {
  render: (args) =>
    html`<rl-workflow .project=${withHistory(projectManagement(TODAY))} today="${TODAY}T12:00" locale=${args.locale}></rl-workflow>`,
};

export const FeaturesRoadmap: Story = {
  render: (args) =>
    html`<rl-workflow .project=${withHistory(featuresRoadmap(TODAY))} today="${TODAY}T12:00" locale=${args.locale}></rl-workflow>`,
};

/** Choosing a status (click, or Enter) filters the board on the same store; again, or Escape, clears it. */
export const FiltersABoard: Story = {
  render: (args) => {
    const project = withHistory(softwareDevelopment(TODAY));
    return html`<rl-workflow .project=${project} today="${TODAY}T12:00" locale=${args.locale}></rl-workflow>
      <rl-board .project=${project} today=${TODAY} locale=${args.locale}></rl-board>`;
  },
};

export const Dark: Story = {
  render: (args) =>
    html`<rl-workflow .project=${withHistory(projectManagement(TODAY))} today="${TODAY}T12:00" locale=${args.locale}></rl-workflow>`,
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar"><rl-workflow .project=${withHistory(softwareDevelopment(TODAY))} today="${TODAY}T12:00"></rl-workflow></div>`,
};

/** The dashboard widget over the same history: a band per status, done at the bottom. */
export const CumulativeFlow: Story = {
  render: (args) =>
    html`<rl-cumulative-flow .project=${withHistory(softwareDevelopment(TODAY))} today=${TODAY} locale=${args.locale}
      style="width: 480px"></rl-cumulative-flow>`,
};
