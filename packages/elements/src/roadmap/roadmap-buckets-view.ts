import { type Project, ROADMAP_BUCKETS, type RoadmapBucket, type RoadmapBuckets } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import { spanText } from './roadmap-labels.js';
import type { RoadmapModel } from './roadmap-model.js';

const TITLES: Record<RoadmapBucket, string> = { now: 'Now', next: 'Next', later: 'Later' };

/** What the now / next / later view needs. */
export interface BucketsContext {
  readonly project: Project;
  readonly model: RoadmapModel;
  readonly buckets: RoadmapBuckets;
  readonly title: string;
  readonly locale: string | undefined;
}

/** Now / next / later as a table: a column per bucket, a row per lane that has features in any. */
export function renderBuckets(ctx: BucketsContext): TemplateResult {
  const { model, buckets, project } = ctx;
  const cells = model.lanes.map(() => ({ now: [] as number[], next: [] as number[], later: [] as number[] }));
  for (const bucket of ROADMAP_BUCKETS) {
    for (const id of buckets[bucket]) {
      const i = model.byId.get(id);
      const f = i === undefined ? undefined : model.features[i];
      if (i !== undefined && f && f.lane >= 0) cells[f.lane]?.[bucket].push(i);
    }
  }
  const card = (i: number) => {
    const f = model.features[i];
    if (!f) return nothing;
    const status = f.task.status ? (project.status(f.task.status)?.label ?? f.task.status) : undefined;
    const priority = f.task.priority
      ? (project.priority(f.task.priority)?.label ?? f.task.priority)
      : undefined;
    return html`<li part="card" data-id=${f.task.id} ${styleProps({ '--_c': f.color ?? null })}>
      ${f.task.name}
      <span class="meta">${[status, priority, spanText(f.facts.start, f.facts.end, ctx.locale)].filter(Boolean).join(' · ')}</span>
    </li>`;
  };
  return html`<div part="buckets">
    <table>
      <caption class="visually-hidden">${ctx.title}: now, next, later</caption>
      <thead>
        <tr>
          <th scope="col">Lane</th>
          ${ROADMAP_BUCKETS.map((b) => html`<th scope="col" data-bucket=${b}>${TITLES[b]} (${buckets[b].length})</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.lanes.map((lane, l) => {
          const c = cells[l];
          if (!c || c.now.length + c.next.length + c.later.length === 0) return nothing;
          return html`<tr>
            <th scope="row">${lane.label}</th>
            ${ROADMAP_BUCKETS.map((b) => html`<td data-bucket=${b}>${c[b].length ? html`<ul>${c[b].map(card)}</ul>` : nothing}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
