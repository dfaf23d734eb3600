import type { Project } from '@roadline/core';
import { isRoadmapLaneField, type RoadmapLaneField, type RoadmapZoom } from '@roadline/core/views/roadmap';
import { html, type TemplateResult } from 'lit';
import type { RoadmapColorBy, RoadmapFilter } from './roadmap-model.js';

/** The roadmap's settings the toolbar shows and changes: its public properties and exports. */
export interface ToolbarHost {
  view: 'timeline' | 'buckets';
  laneBy: RoadmapLaneField;
  colorBy: RoadmapColorBy;
  zoom: RoadmapZoom;
  filter: RoadmapFilter | undefined;
  showDependencies: boolean;
  readonly label: string | undefined;
  stepZoom(direction: -1 | 1): void;
  exportSVG(): string;
  exportPNG(): Promise<Blob>;
}

/** The toolbar: view, lanes, color, filter, scale and zoom steps, dependencies and the two exports. */
export function renderToolbar(host: ToolbarHost, project: Project | undefined): TemplateResult {
  const set = (key: 'laneBy' | 'colorBy' | 'zoom') => (event: Event) => {
    (host as unknown as Record<string, unknown>)[key] = (event.target as HTMLSelectElement).value;
  };
  const filterValue =
    host.filter && host.filter.values.length > 0 ? `${host.filter.field}:${host.filter.values[0]}` : '';
  const onFilter = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const at = value.indexOf(':');
    const field = value.slice(0, at);
    host.filter = at < 0 || !isRoadmapLaneField(field) ? undefined : { field, values: [value.slice(at + 1)] };
  };
  const untimed = host.view !== 'timeline';
  return html`<div part="toolbar">
    <button aria-pressed=${host.view === 'timeline'} @click=${() => (host.view = 'timeline')}>Timeline</button>
    <button aria-pressed=${host.view === 'buckets'} @click=${() => (host.view = 'buckets')}>Now · Next · Later</button>
    <label>Lanes
      <select @change=${set('laneBy')} .value=${host.laneBy}>
        <option value="group" ?selected=${host.laneBy === 'group'}>Theme / team</option>
        <option value="person" ?selected=${host.laneBy === 'person'}>Person</option>
        <option value="status" ?selected=${host.laneBy === 'status'}>Status</option>
        <option value="priority" ?selected=${host.laneBy === 'priority'}>Priority</option>
        <option value="release" ?selected=${host.laneBy === 'release'}>Release</option>
      </select>
    </label>
    <label>Color
      <select @change=${set('colorBy')} .value=${host.colorBy}>
        <option value="status" ?selected=${host.colorBy === 'status'}>Status</option>
        <option value="priority" ?selected=${host.colorBy === 'priority'}>Priority</option>
        <option value="lane" ?selected=${host.colorBy === 'lane'}>Lane</option>
      </select>
    </label>
    <label>Filter
      <select @change=${onFilter} .value=${filterValue}>
        <option value="" ?selected=${filterValue === ''}>All features</option>
        <optgroup label="Status">
          ${(project?.statuses() ?? []).map(
            (s) =>
              html`<option value=${`status:${s.id}`} ?selected=${filterValue === `status:${s.id}`}>${s.label}</option>`,
          )}
        </optgroup>
        <optgroup label="Priority">
          ${(project?.priorities() ?? []).map(
            (p) =>
              html`<option value=${`priority:${p.id}`} ?selected=${filterValue === `priority:${p.id}`}>${p.label}</option>`,
          )}
        </optgroup>
      </select>
    </label>
    <label>Scale
      <select @change=${set('zoom')} .value=${host.zoom} ?disabled=${untimed}>
        <option value="fit" ?selected=${host.zoom === 'fit'}>Fit</option>
        <option value="month" ?selected=${host.zoom === 'month'}>Months</option>
        <option value="quarter" ?selected=${host.zoom === 'quarter'}>Quarters</option>
        <option value="half" ?selected=${host.zoom === 'half'}>Halves</option>
      </select>
    </label>
    <span class="zoom" role="group" aria-label="Zoom">
      <button aria-label="Zoom out" title="Zoom out (−)" ?disabled=${untimed} @click=${() => host.stepZoom(1)}>−</button>
      <button aria-label="Zoom in" title="Zoom in (+)" ?disabled=${untimed} @click=${() => host.stepZoom(-1)}>+</button>
    </span>
    <label><input type="checkbox" .checked=${host.showDependencies}
      @change=${(e: Event) => (host.showDependencies = (e.target as HTMLInputElement).checked)} />Dependencies</label>
    <button @click=${() => download(host, project, 'svg')}>Export SVG</button>
    <button @click=${() => download(host, project, 'png')}>Export PNG</button>
  </div>`;
}

async function download(host: ToolbarHost, project: Project | undefined, kind: 'svg' | 'png'): Promise<void> {
  const blob =
    kind === 'svg' ? new Blob([host.exportSVG()], { type: 'image/svg+xml' }) : await host.exportPNG();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${(host.label ?? project?.settings.name ?? 'roadmap').replace(/[^\w.-]+/g, '-')}.${kind}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
