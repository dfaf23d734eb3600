import { createProject, presenceOf, type ProjectData } from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/gantt';
import '@roadline/elements/define/board';
import '@roadline/elements/define/roadmap';
import '@roadline/elements/define/timeline';
import { InPageRoom } from './support/in-page-room.js';

// Three people on one plan, in one page: each view has its own store, bound to its own Yjs
// document, and an in-page room relays the documents and the presence between them as the
// roadline-collab server would (docs/collaboration.md). Drag a bar, edit a cell, select a card:
// the other views follow, outlined in your color.

const TODAY = '2026-03-04';

const plan: ProjectData = {
  id: 'launch',
  name: 'Product launch',
  start: '2026-03-02',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'Doing', category: 'active' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  people: [{ id: 'ann', name: 'Ann Lee' }],
  tasks: [
    { id: 'a', name: 'Design', start: '2026-03-02', duration: 4, status: 'doing', assignees: ['ann'] },
    { id: 'b', name: 'Implement', duration: 6, status: 'todo' },
    { id: 'c', name: 'Docs', duration: 3, status: 'todo' },
    { id: 'm', name: 'Release', type: 'milestone', status: 'todo' },
  ],
  dependencies: [
    { id: 'd1', from: 'a', to: 'b' },
    { id: 'd2', from: 'b', to: 'c', type: 'SS', lag: 2 },
    { id: 'd3', from: 'c', to: 'm' },
  ],
  notes: [
    {
      id: 'n1',
      taskId: 'a',
      text: 'Check the brand colors',
      color: 'warning',
      createdAt: '2026-03-02T09:00',
    },
    { id: 'n2', taskId: 'a', text: 'Mockups approved', color: 'success', createdAt: '2026-03-03T10:00' },
  ],
};

const people = [
  { id: 'dana', name: 'Dana Scully', color: '#c2185b' },
  { id: 'eli', name: 'Eli Okafor', color: '#1565c0' },
  { id: 'sam', name: 'Sam Ito', color: '#2e7d32' },
];

/**
 * Three stores on one in-page room; Eli starts with an open cell editor. (A selection is the
 * views' own: a view tells the room its selection when it first renders, so a story gives it to
 * Eli's view, not to the room.)
 */
function room(): ReturnType<typeof createProject>[] {
  const shared = new InPageRoom();
  const stores = people.map((_, i) =>
    createProject(i === 0 ? plan : { id: 'x', name: 'Joining', tasks: [] }),
  );
  for (const [i, store] of stores.entries()) shared.join(store, people[i] as (typeof people)[number]);
  presenceOf(stores[1] as ReturnType<typeof createProject>).setLocal({
    editing: { taskId: 'c', field: 'start' },
  });
  return stores;
}

const meta: Meta = {
  title: 'Collaboration/In one page',
};
export default meta;

type Story = StoryObj;

/** Two Gantt charts and a board, as Dana, Eli and Sam. */
export const ThreeViews: Story = {
  render: () => {
    const [dana, eli, sam] = room();
    return html`<div style="display: grid; gap: 16px">
      <h3>Dana</h3>
      <rl-gantt .project=${dana} today=${TODAY} zoom="day" label="Dana's Gantt chart" style="height: 260px"></rl-gantt>
      <h3>Eli</h3>
      <rl-gantt .project=${eli} .selection=${['b']} today=${TODAY} zoom="day" label="Eli's Gantt chart" style="height: 260px"></rl-gantt>
      <h3>Sam</h3>
      <rl-board .project=${sam} today=${TODAY} style="height: 320px"></rl-board>
    </div>`;
  },
};

/** A Gantt chart and a roadmap side by side on one room. */
export const GanttAndRoadmap: Story = {
  render: () => {
    const [dana, eli] = room();
    return html`<div style="display: grid; gap: 16px">
      <rl-gantt .project=${dana} today=${TODAY} zoom="day" style="height: 260px"></rl-gantt>
      <rl-roadmap .project=${eli} today=${TODAY} style="height: 320px"></rl-roadmap>
    </div>`;
  },
};

/**
 * The roadmap in both its views and a standalone timeline, as Dana, Eli and Sam (who starts with
 * Implement selected): click a bar or a card and the others outline it in your color, your name on
 * hover; each roadmap's toolbar shows who is here.
 */
export const RoadmapViews: Story = {
  render: () => {
    const [dana, eli, sam] = room();
    return html`<div style="display: grid; gap: 16px">
      <h3>Dana: roadmap timeline</h3>
      <rl-roadmap .project=${dana} today=${TODAY} label="Dana's roadmap" style="--rl-roadmap-height: 300px"></rl-roadmap>
      <h3>Eli: now / next / later</h3>
      <rl-roadmap .project=${eli} view="buckets" today=${TODAY} label="Eli's roadmap" style="--rl-roadmap-height: 300px"></rl-roadmap>
      <h3>Sam: timeline</h3>
      <rl-timeline .project=${sam} .selection=${['b']} today=${TODAY} zoom="day" style="height: 220px"></rl-timeline>
    </div>`;
  },
};
