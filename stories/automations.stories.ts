import { AUTOMATION_RECIPES, createProject, projectManagement, softwareDevelopment } from '@roadline/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/automations';
import '@roadline/elements/define/board';
import '@roadline/elements/define/notifications';

/** The stories' "today", so every date is the same on every visit. */
const TODAY = '2026-03-04';

interface Args {
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Automations',
  component: 'rl-automations',
  args: { readonly: false },
};
export default meta;

type Story = StoryObj<Args>;

const log = (e: CustomEvent) => console.info(e.type, e.detail);

/** A software team's rules as sentences: switch them, edit them, build new ones with the keyboard. */
export const Editor: Story = {
  render: (args) => html`<rl-automations
    .project=${createProject(softwareDevelopment(TODAY))}
    ?readonly=${args.readonly}
    @rl-automation-change=${log}
  ></rl-automations>`,
};

/** No rules yet: the gallery adds a recipe with one click (Edit adjusts it). */
export const Gallery: Story = {
  render: (args) => {
    const data = projectManagement(TODAY);
    delete data.automations;
    return html`<p>${AUTOMATION_RECIPES.length} recipes; those whose statuses and priorities the project has are shown.</p>
      <rl-automations .project=${createProject(data)} ?readonly=${args.readonly} @rl-automation-change=${log}></rl-automations>`;
  },
};

/** The bell: a rule fires when a task is done; the entry jumps to the task (see the console). */
export const Bell: Story = {
  render: () => {
    const project = createProject(softwareDevelopment(TODAY), { now: () => `${TODAY}T09:30` });
    project.addAutomation(structuredClone(AUTOMATION_RECIPES.find((r) => r.id === 'done-notify')!.rule));
    const finish = () => {
      const next = project
        .tasks()
        .find((t) => !project.isSummary(t.id) && t.status !== 'done' && t.assignees?.length);
      if (next) project.updateTask(next.id, { status: 'done' });
    };
    return html`<button type="button" @click=${finish}>Finish a task</button>
      <rl-notifications .project=${project} @rl-notification=${log} @rl-item-click=${log}></rl-notifications>`;
  },
};

/**
 * One store, three elements: drag a card to Done on the board and the rule "When Status changes to
 * Done, notify the assignees" fires at once: the bell counts it and the run log lists it.
 */
export const BoardFiresARule: Story = {
  name: 'Board: moving a card fires a rule',
  render: () => {
    const project = createProject(softwareDevelopment(TODAY), { now: () => `${TODAY}T09:30` });
    project.addAutomation(structuredClone(AUTOMATION_RECIPES.find((r) => r.id === 'done-notify')!.rule));
    return html`<div style="display: flex; justify-content: flex-end">
        <rl-notifications .project=${project} @rl-item-click=${log}></rl-notifications>
      </div>
      <rl-board style="--rl-board-column-height: 360px" .project=${project} today=${TODAY}></rl-board>
      <rl-automations .project=${project} log-limit="10"></rl-automations>`;
  },
};

/** In German, from the built-in catalogue (the rule names and task names are the data's). */
export const German: Story = {
  render: () =>
    html`<rl-automations lang="de" .project=${createProject(softwareDevelopment(TODAY))}></rl-automations>`,
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  render: () =>
    html`<rl-automations lang="ar" .project=${createProject(softwareDevelopment(TODAY))}></rl-automations>`,
};
