import { createProject, featuresRoadmap, projectManagement, softwareDevelopment } from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@roadline/elements/define/board';
import '@roadline/elements/define/dashboard';
import '@roadline/elements/define/gantt';
import '@roadline/elements/define/network';
import '@roadline/elements/define/notifications';
import '@roadline/elements/define/roadmap';
import '@roadline/elements/define/timeline';

/**
 * Every view in German and in Arabic (right to left), from the built-in catalogues: the words are
 * the element's, the task names are the data's. See docs/i18n.md.
 */
const TODAY = '2026-03-04';

type View =
  | 'gantt'
  | 'timeline'
  | 'roadmap'
  | 'board'
  | 'table'
  | 'dashboard'
  | 'widgets'
  | 'network'
  | 'notifications';

function view(which: View, lang: 'de' | 'ar'): TemplateResult {
  const software = createProject(softwareDevelopment(TODAY));
  switch (which) {
    case 'gantt':
      return html`<rl-gantt lang=${lang} style="height: 480px" .project=${software} today=${TODAY}></rl-gantt>`;
    case 'timeline':
      return html`<rl-timeline lang=${lang} style="height: 420px" .project=${software} today=${TODAY}></rl-timeline>`;
    case 'roadmap':
      return html`<rl-roadmap lang=${lang} .data=${featuresRoadmap(TODAY)} today=${TODAY}></rl-roadmap>`;
    case 'board':
      return html`<rl-board lang=${lang} .project=${software} today=${TODAY}></rl-board>`;
    case 'table':
      return html`<rl-board lang=${lang} view="table" .project=${software} today=${TODAY}></rl-board>`;
    case 'dashboard':
      return html`<rl-dashboard lang=${lang} .project=${software} today=${TODAY}></rl-dashboard>`;
    case 'widgets': {
      const pm = createProject(projectManagement(TODAY));
      return html`<div lang=${lang} style="display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px">
        <rl-kpi .project=${software} today=${TODAY}></rl-kpi>
        <rl-progress .project=${software} today=${TODAY}></rl-progress>
        <rl-status-chart .project=${software} today=${TODAY}></rl-status-chart>
        <rl-workload .project=${pm} today=${TODAY} weeks="8"></rl-workload>
        <rl-burndown .project=${pm} today=${TODAY}></rl-burndown>
        <rl-milestones .data=${featuresRoadmap(TODAY)} today=${TODAY}></rl-milestones>
        <rl-late-list .project=${pm} today=${TODAY}></rl-late-list>
        <rl-bottlenecks .project=${software} today=${TODAY}></rl-bottlenecks>
      </div>`;
    }
    case 'network':
      return html`<rl-network lang=${lang} style="height: 480px" .project=${software}></rl-network>`;
    case 'notifications':
      return html`<rl-notifications lang=${lang} open .project=${software}></rl-notifications>`;
  }
}

const meta: Meta = {
  title: 'Translations',
};
export default meta;
type Story = StoryObj;

export const GanttGerman: Story = { render: () => view('gantt', 'de') };
export const GanttArabic: Story = { render: () => view('gantt', 'ar') };
export const TimelineGerman: Story = { render: () => view('timeline', 'de') };
export const TimelineArabic: Story = { render: () => view('timeline', 'ar') };
export const RoadmapGerman: Story = { render: () => view('roadmap', 'de') };
export const RoadmapArabic: Story = { render: () => view('roadmap', 'ar') };
export const BoardGerman: Story = { render: () => view('board', 'de') };
export const BoardArabic: Story = { render: () => view('board', 'ar') };
export const TableGerman: Story = { render: () => view('table', 'de') };
export const TableArabic: Story = { render: () => view('table', 'ar') };
export const DashboardGerman: Story = { render: () => view('dashboard', 'de') };
export const DashboardArabic: Story = { render: () => view('dashboard', 'ar') };
export const WidgetsGerman: Story = { render: () => view('widgets', 'de') };
export const WidgetsArabic: Story = { render: () => view('widgets', 'ar') };
export const NetworkGerman: Story = { render: () => view('network', 'de') };
export const NetworkArabic: Story = { render: () => view('network', 'ar') };
export const NotificationsGerman: Story = { render: () => view('notifications', 'de') };
export const NotificationsArabic: Story = { render: () => view('notifications', 'ar') };
