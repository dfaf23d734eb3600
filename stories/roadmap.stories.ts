import { createProject, featuresRoadmap, type ProjectData } from '@roadline/core';
import type { BucketRule } from '@roadline/core/views/roadmap';
import { generateProject } from '@roadline/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@roadline/elements/define/roadmap';

const TODAY = '2026-03-04';
const template = (): ProjectData => featuresRoadmap(TODAY);

interface Args {
  laneBy: 'group' | 'person' | 'status' | 'priority' | 'release';
  zoom: 'fit' | 'month' | 'quarter' | 'half';
  colorBy: 'status' | 'priority' | 'lane';
  view: 'timeline' | 'buckets';
  showDependencies: boolean;
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Roadmap',
  component: 'rl-roadmap',
  args: {
    laneBy: 'group',
    zoom: 'fit',
    colorBy: 'status',
    view: 'timeline',
    showDependencies: false,
    readonly: false,
  },
  argTypes: {
    laneBy: { control: 'select', options: ['group', 'person', 'status', 'priority', 'release'] },
    zoom: { control: 'inline-radio', options: ['fit', 'month', 'quarter', 'half'] },
    colorBy: { control: 'inline-radio', options: ['status', 'priority', 'lane'] },
    view: { control: 'inline-radio', options: ['timeline', 'buckets'] },
  },
  render: (args) => html`<rl-roadmap
    .data=${template()}
    today=${TODAY}
    lane-by=${args.laneBy}
    zoom=${args.zoom}
    color-by=${args.colorBy}
    view=${args.view}
    ?show-dependencies=${args.showDependencies}
    ?readonly=${args.readonly}
  ></rl-roadmap>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The features & releases template by theme, fitted to the width. */
export const Quarters: Story = {};

export const MonthsByPerson: Story = {
  name: 'Months, lanes by person, colored by priority',
  args: { laneBy: 'person', zoom: 'month', colorBy: 'priority' },
};

export const HalvesByRelease: Story = {
  name: 'Halves, lanes by release',
  args: { laneBy: 'release', zoom: 'half', colorBy: 'lane' },
};

export const Dependencies: Story = {
  name: 'With dependencies',
  args: { zoom: 'month', showDependencies: true },
};

const statusRule: BucketRule = {
  by: 'status',
  now: ['building', 'blocked'],
  next: ['planned'],
  later: ['idea'],
};

export const NowNextLater: Story = {
  name: 'Now / next / later (by status)',
  render: () =>
    html`<rl-roadmap .data=${template()} today=${TODAY} view="buckets" .bucketRule=${statusRule}></rl-roadmap>`,
};

export const NowNextLaterByDate: Story = {
  name: 'Now / next / later (by date)',
  args: { view: 'buckets' },
};

const HORIZON: Record<string, string> = { building: 'now', blocked: 'now', planned: 'next', idea: 'later' };

/** The template with an explicit `horizon` select the team fills in (seeded here from the status). */
function withHorizon(): ProjectData {
  const data = template();
  return {
    ...data,
    fields: [
      ...(data.fields ?? []),
      {
        id: 'horizon',
        label: 'Horizon',
        type: 'select',
        options: [
          { id: 'now', label: 'Now' },
          { id: 'next', label: 'Next' },
          { id: 'later', label: 'Later' },
        ],
      },
    ],
    tasks: data.tasks.map((t) => {
      const horizon = t.status === undefined ? undefined : HORIZON[t.status];
      return horizon === undefined ? t : { ...t, fields: { ...t.fields, horizon } };
    }),
  };
}

/**
 * Drag a card to another column to set its horizon, to another lane to change its theme, or
 * between two cards to order it; or focus a card, press Space and use the arrows. Ctrl+Z undoes.
 */
export const NowNextLaterByField: Story = {
  name: 'Now / next / later (by an explicit field, editable)',
  render: () =>
    html`<rl-roadmap .data=${withHorizon()} today=${TODAY} view="buckets" bucket-by="field" bucket-field="horizon"></rl-roadmap>`,
};

/** Two views over one store: a change in one shows in the other (drag a card to "Later": its bar moves). */
export const SharedStore: Story = {
  name: 'Timeline and buckets over one store',
  render: () => {
    const project = createProject(template());
    return html`<rl-roadmap .project=${project} today=${TODAY} zoom="month"></rl-roadmap>
      <rl-roadmap .project=${project} today=${TODAY} view="buckets"></rl-roadmap>`;
  },
};

export const Readonly: Story = { args: { readonly: true } };

export const Large: Story = {
  name: '2,000 features on 20 lanes',
  render: () =>
    html`<rl-roadmap
      .data=${generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 })}
      today="2026-03-02"
    ></rl-roadmap>`,
};

export const Empty: Story = {
  render: () =>
    html`<rl-roadmap .data=${{ id: 'empty', name: 'Nothing planned yet', tasks: [] }}></rl-roadmap>`,
};

export const InvalidInlineJson: Story = {
  name: 'Invalid inline JSON',
  render: () => html`<rl-roadmap><script type="application/json">{ "name": oops }</script></rl-roadmap>`,
};
