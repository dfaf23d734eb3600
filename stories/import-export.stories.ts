import { createProject, projectManagement, toMSProjectXML } from '@roadline/core';
import { toXLSX } from '@roadline/core/io/xlsx';
import type { RlImport } from '@roadline/elements/classes';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@roadline/elements/define/import';
import '@roadline/elements/define/export-menu';
import '@roadline/elements/define/gantt';

/** The stories' "today", so every date is the same on every visit. */
const TODAY = '2026-04-15';

/** A Jira issue export: its headers, a parent column, a sprint column and one row without a summary. */
const JIRA_CSV = [
  'Issue key,Issue id,Summary,Issue Type,Status,Priority,Assignee,Parent id,Start date,Due date,Sprint,Labels',
  'RL-1,10001,Checkout redesign,Epic,In Progress,High,Ana Lima,,2026-04-06,2026-05-01,,web',
  'RL-2,10002,Wireframes,Story,Done,Medium,Ana Lima,10001,2026-04-06,2026-04-10,Sprint 14,design',
  'RL-3,10003,Payment form,Story,In Progress,High,Bo Chen,10001,2026-04-13,2026-04-24,Sprint 15,web',
  'RL-4,10004,,Bug,To Do,Low,Bo Chen,10001,2026-04-20,2026-04-21,Sprint 15,',
  'RL-5,10005,Load test,Task,To Do,Medium,Cleo Diaz,10001,04/27/2026,05/01/2026,Sprint 16,qa',
].join('\r\n');

const meta: Meta = {
  title: 'Data/Import and export',
  component: 'rl-import',
};
export default meta;

type Story = StoryObj;

const log = (e: CustomEvent) => console.info(e.type, e.detail);

/** Loads `file` into the wizard once it is in the page, as if it had been dropped. */
const loadOnMount = (file: () => Promise<File>) =>
  ref((el) => {
    if (el) void file().then((f) => (el as RlImport).loadFile(f));
  });

/** A wizard beside the Gantt it imports into: change a column's field, pick Replace or Add as a branch, Import. */
const wizard = (file: () => Promise<File>) => {
  const project = createProject(projectManagement(TODAY));
  return html`<div style="display:grid;gap:16px">
    <rl-import .project=${project} @rl-import=${log} ${loadOnMount(file)}></rl-import>
    <rl-gantt .project=${project} today=${TODAY} style="height:360px"></rl-gantt>
  </div>`;
};

/** A Jira CSV: the keys and parent ids become the hierarchy; the row without a summary is an issue. */
export const JiraCSV: Story = {
  name: 'Wizard: a Jira CSV',
  render: () => wizard(async () => new File([JIRA_CSV], 'jira-export.csv', { type: 'text/csv' })),
};

/** An Excel workbook (written by `toXLSX` from a sample project). */
export const Workbook: Story = {
  name: 'Wizard: an Excel workbook',
  render: () =>
    wizard(async () => {
      const bytes = await toXLSX(projectManagement(TODAY));
      return new File([bytes as Uint8Array<ArrayBuffer>], 'plan.xlsx');
    }),
};

/** A Microsoft Project XML file: no mapping to choose, the first tasks and the importer's warnings. */
export const MSProject: Story = {
  name: 'Wizard: a Microsoft Project file',
  render: () =>
    wizard(
      async () => new File([toMSProjectXML(projectManagement(TODAY))], 'plan.xml', { type: 'text/xml' }),
    ),
};

/** The Jira CSV (with a row without a summary and a date in another style) in a language of the catalogue. */
const translated = (lang: string) =>
  html`<rl-import lang=${lang} .project=${createProject(projectManagement(TODAY))} @rl-import=${log}
    ${loadOnMount(async () => new File([JIRA_CSV.replace('2026-04-21', 'soon')], 'jira-export.csv', { type: 'text/csv' }))}></rl-import>`;

/** In German: the issues say in German what was wrong and what the import did (`import.issue.<CODE>`). */
export const JiraCSVGerman: Story = {
  name: 'Wizard: a Jira CSV, in German',
  render: () => translated('de'),
};

/** In Arabic: right to left, the issues in Arabic. */
export const JiraCSVArabic: Story = {
  name: 'Wizard: a Jira CSV, in Arabic',
  render: () => translated('ar'),
};

/** An empty wizard: drop a file of your own on it. */
export const Empty: Story = {
  name: 'Wizard: drop your own file',
  render: () =>
    html`<rl-import .project=${createProject(projectManagement(TODAY))} @rl-import=${log}></rl-import>`,
};

/** The export menu: CSV, Excel, MS Project XML, JSON and an .ics calendar of milestones and due dates. */
export const ExportMenu: Story = {
  name: 'Export menu',
  render: () =>
    html`<rl-export-menu .project=${createProject(projectManagement(TODAY))} @rl-export=${log}></rl-export-menu>`,
};
