import { createProject, featuresRoadmap, projectManagement } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import type { DashboardConfig } from '@roadline/elements/classes';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/dashboard';

/** The stories' "today", so every date is the same on every visit. */
const TODAY = '2026-04-15';

interface Args {
  readonly: boolean;
  author: string;
}

const meta: Meta<Args> = {
  title: 'Dashboard/Notes',
  component: 'rl-notes',
  args: { readonly: false, author: 'You' },
};
export default meta;

type Story = StoryObj<Args>;

const log = (e: CustomEvent) => console.info(e.type, e.detail);

/** Add a note with "Add note"; Edit and Delete on each note. Every change is one undo step. */
export const Editable: Story = {
  render: (args) => html`<rl-notes
    .project=${createProject(projectManagement(TODAY))}
    today=${TODAY}
    author=${args.author}
    ?readonly=${args.readonly}
    @rl-note-change=${log}
  ></rl-notes>`,
};

export const Readonly: Story = {
  args: { readonly: true },
  render: (args) => html`<rl-notes
    .data=${featuresRoadmap(TODAY)}
    today=${TODAY}
    ?readonly=${args.readonly}
  ></rl-notes>`,
};

/** On a project with thousands of tasks the item picker gets a search field. */
export const ManyTasks: Story = {
  name: '5,000 tasks (search the item picker)',
  render: (args) => html`<rl-notes
    .project=${createProject(generateProject({ tasks: 5000, seed: 4 }))}
    today=${TODAY}
    author=${args.author}
    ?readonly=${args.readonly}
  ></rl-notes>`,
};

const twoNotesWidgets: DashboardConfig = {
  columns: 12,
  rowHeight: 110,
  widgets: [
    { id: 'mine', type: 'notes', x: 0, y: 0, w: 6, h: 3, title: 'Notes', options: { author: 'You' } },
    {
      id: 'project',
      type: 'notes',
      x: 6,
      y: 0,
      w: 6,
      h: 3,
      title: 'About the project (read only)',
      options: { scope: 'project', readonly: true },
    },
  ],
};

/** Two notes widgets on one store: a note added on the left shows on the right at once. */
export const InADashboard: Story = {
  name: 'In a dashboard',
  render: () => html`<rl-dashboard
    label="Notes"
    today=${TODAY}
    .project=${createProject(projectManagement(TODAY))}
    .config=${twoNotesWidgets}
    @rl-note-change=${log}
  ></rl-dashboard>`,
};
