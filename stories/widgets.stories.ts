import { featuresRoadmap, projectManagement, softwareDevelopment } from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/dashboard';

const TODAY = '2026-04-15';
const software = softwareDevelopment(TODAY);
const pm = projectManagement(TODAY);

const meta: Meta = {
  title: 'Dashboard/Widgets',
  component: 'rl-status-chart',
};
export default meta;

type Story = StoryObj;

export const StatusDonut: Story = {
  name: 'Status (donut)',
  render: () => html`<rl-status-chart .data=${software} today=${TODAY}></rl-status-chart>`,
};
export const StatusBars: Story = {
  name: 'Status (bars)',
  render: () => html`<rl-status-chart variant="bars" .data=${software} today=${TODAY}></rl-status-chart>`,
};
export const Workload: Story = {
  render: () => html`<rl-workload .data=${pm} today=${TODAY} weeks="10"></rl-workload>`,
};
export const Burndown: Story = {
  render: () => html`<rl-burndown .data=${pm} today=${TODAY}></rl-burndown>`,
};
export const Burnup: Story = {
  render: () => html`<rl-burndown mode="burnup" .data=${pm} today=${TODAY}></rl-burndown>`,
};
export const Milestones: Story = {
  render: () => html`<rl-milestones .data=${featuresRoadmap(TODAY)} today=${TODAY}></rl-milestones>`,
};
export const LateList: Story = {
  name: 'Late and at risk',
  render: () => html`<rl-late-list .data=${pm} today=${TODAY}></rl-late-list>`,
};
export const Bottlenecks: Story = {
  render: () => html`<rl-bottlenecks .data=${software} today=${TODAY}></rl-bottlenecks>`,
};
export const Portfolio: Story = {
  render: () =>
    html`<rl-portfolio .projects=${[featuresRoadmap(TODAY), software, pm]} today=${TODAY}></rl-portfolio>`,
};
export const Kpi: Story = {
  name: 'KPI tiles',
  render: () => html`<rl-kpi .data=${pm} today=${TODAY}></rl-kpi>`,
};
export const Notes: Story = {
  render: () => html`<rl-notes .data=${featuresRoadmap(TODAY)} today=${TODAY}></rl-notes>`,
};
