import { createProject, type ProjectData } from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/resource-histogram';
import '@roadline/elements/define/resource-usage';
import '@roadline/elements/define/gantt';

/**
 * A team of four over six weeks: Ann is on Design and Research at once (over-allocated), Bob works
 * half time (max 50 %) and is on a full-time task, Cy works Mondays to Thursdays (own calendar).
 */
const team: ProjectData = {
  id: 'team',
  name: 'Website relaunch',
  start: '2026-03-02',
  calendars: [{ id: 'four', name: 'Four days', workingDays: [1, 2, 3, 4] }],
  people: [
    { id: 'ann', name: 'Ann Lee' },
    { id: 'bob', name: 'Bob Ray', maxUnits: 50 },
    { id: 'cy', name: 'Cy Ito', calendarId: 'four' },
    { id: 'dee', name: 'Dee Moss' },
  ],
  tasks: [
    { id: 'design', name: 'Design', start: '2026-03-02', duration: 8, assignees: ['ann'] },
    { id: 'research', name: 'Research', start: '2026-03-04', duration: 5 },
    { id: 'content', name: 'Content', start: '2026-03-09', duration: 6, assignees: ['bob'] },
    { id: 'build', name: 'Build', duration: 10, assignees: ['cy'] },
    { id: 'test', name: 'Test', duration: 5 },
    { id: 'launch', name: 'Launch', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'design', to: 'build' },
    { id: 'd2', from: 'build', to: 'test' },
    { id: 'd3', from: 'test', to: 'launch' },
  ],
  assignments: [
    { taskId: 'research', personId: 'ann', units: 50 },
    { taskId: 'test', personId: 'dee', units: 100 },
    { taskId: 'test', personId: 'ann', units: 50 },
  ],
};

interface Args {
  zoom: 'day' | 'week' | 'month';
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Resources',
  component: 'rl-resource-histogram',
  args: { zoom: 'week', locale: 'en-GB' },
  argTypes: { zoom: { control: 'select', options: ['day', 'week', 'month'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** Load per person and day against capacity; over-allocated days in the critical colour. */
export const Histogram: Story = {
  render: (args) =>
    html`<rl-resource-histogram .data=${team} zoom=${args.zoom} locale=${args.locale} row-height="44"></rl-resource-histogram>`,
};

/** Each person with their assignments; drag a bar to another person (or Space, arrows, Space). */
export const Usage: Story = {
  render: (args) =>
    html`<rl-resource-usage .project=${createProject(team)} zoom=${args.zoom} locale=${args.locale}></rl-resource-usage>`,
};

/**
 * An over-allocated project in the Gantt with the histogram under its timeline: press "Level" in
 * the toolbar to delay tasks until nobody is over their max units, "Clear leveling" to undo it.
 */
export const OverallocatedAndLeveling: Story = {
  render: (args) =>
    html`<rl-gantt .project=${createProject(team)} zoom=${args.zoom} locale=${args.locale} today="2026-03-02"
      resource-pane="histogram" style="--rl-gantt-height: 560px"
      .columns=${['row', 'name', 'start', 'end', 'assignments']}></rl-gantt>`,
};

/** The usage view in German. */
export const German: Story = {
  args: { locale: 'de' },
  render: (args) =>
    html`<rl-resource-usage lang="de" .project=${createProject(team)} zoom=${args.zoom} locale=${args.locale}></rl-resource-usage>`,
};

/** Arabic, right to left: names on the right, time running leftwards. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  render: (args) =>
    html`<div dir="rtl" lang="ar"><rl-gantt .project=${createProject(team)} zoom=${args.zoom} locale=${args.locale}
      today="2026-03-02" resource-pane="histogram"></rl-gantt></div>`,
};
