import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { isRoadmapLaneField, type RoadmapLaneField, type RoadmapZoom } from '@roadline/core/views/roadmap';
import { html, nothing, type TemplateResult } from 'lit';
import { downloadBlob } from '../base/download.js';
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
/** The toolbar; `presence` (who is here and the connection, in a shared project) ends it. */
export function renderToolbar(
  host: ToolbarHost,
  project: Project | undefined,
  t: Translate,
  presence: TemplateResult | typeof nothing = nothing,
): TemplateResult {
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
    <button aria-pressed=${host.view === 'timeline'} @click=${() => (host.view = 'timeline')}>${t('roadmap.viewTimeline')}</button>
    <button aria-pressed=${host.view === 'buckets'} @click=${() => (host.view = 'buckets')}>${t('roadmap.viewBuckets')}</button>
    <label>${t('roadmap.lanes')}
      <select @change=${set('laneBy')} .value=${host.laneBy}>
        <option value="group" ?selected=${host.laneBy === 'group'}>${t('roadmap.laneGroup')}</option>
        <option value="person" ?selected=${host.laneBy === 'person'}>${t('roadmap.lanePerson')}</option>
        <option value="status" ?selected=${host.laneBy === 'status'}>${t('roadmap.status')}</option>
        <option value="priority" ?selected=${host.laneBy === 'priority'}>${t('roadmap.priority')}</option>
        <option value="release" ?selected=${host.laneBy === 'release'}>${t('roadmap.release')}</option>
      </select>
    </label>
    <label>${t('roadmap.color')}
      <select @change=${set('colorBy')} .value=${host.colorBy}>
        <option value="status" ?selected=${host.colorBy === 'status'}>${t('roadmap.status')}</option>
        <option value="priority" ?selected=${host.colorBy === 'priority'}>${t('roadmap.priority')}</option>
        <option value="lane" ?selected=${host.colorBy === 'lane'}>${t('roadmap.colorLane')}</option>
      </select>
    </label>
    <label>${t('roadmap.filter')}
      <select @change=${onFilter} .value=${filterValue}>
        <option value="" ?selected=${filterValue === ''}>${t('roadmap.allFeatures')}</option>
        <optgroup label=${t('roadmap.status')}>
          ${(project?.statuses() ?? []).map(
            (s) =>
              html`<option value=${`status:${s.id}`} ?selected=${filterValue === `status:${s.id}`}>${s.label}</option>`,
          )}
        </optgroup>
        <optgroup label=${t('roadmap.priority')}>
          ${(project?.priorities() ?? []).map(
            (p) =>
              html`<option value=${`priority:${p.id}`} ?selected=${filterValue === `priority:${p.id}`}>${p.label}</option>`,
          )}
        </optgroup>
      </select>
    </label>
    <label>${t('roadmap.scale')}
      <select @change=${set('zoom')} .value=${host.zoom} ?disabled=${untimed}>
        <option value="fit" ?selected=${host.zoom === 'fit'}>${t('roadmap.zoomFit')}</option>
        <option value="month" ?selected=${host.zoom === 'month'}>${t('roadmap.zoomMonth')}</option>
        <option value="quarter" ?selected=${host.zoom === 'quarter'}>${t('roadmap.zoomQuarter')}</option>
        <option value="half" ?selected=${host.zoom === 'half'}>${t('roadmap.zoomHalf')}</option>
      </select>
    </label>
    <span class="zoom" role="group" aria-label=${t('roadmap.zoom')}>
      <button aria-label=${t('roadmap.zoomOut')} title=${t('roadmap.zoomOutKey')} ?disabled=${untimed} @click=${() => host.stepZoom(1)}>−</button>
      <button aria-label=${t('roadmap.zoomIn')} title=${t('roadmap.zoomInKey')} ?disabled=${untimed} @click=${() => host.stepZoom(-1)}>+</button>
    </span>
    <label><input type="checkbox" .checked=${host.showDependencies}
      @change=${(e: Event) => (host.showDependencies = (e.target as HTMLInputElement).checked)} />${t('roadmap.dependencies')}</label>
    <button @click=${() => download(host, project, 'svg')}>${t('roadmap.exportSvg')}</button>
    <button @click=${() => download(host, project, 'png')}>${t('roadmap.exportPng')}</button>
  ${presence}</div>`;
}

async function download(host: ToolbarHost, project: Project | undefined, kind: 'svg' | 'png'): Promise<void> {
  const blob =
    kind === 'svg' ? new Blob([host.exportSVG()], { type: 'image/svg+xml' }) : await host.exportPNG();
  downloadBlob(blob, host.label ?? project?.settings.name ?? 'roadmap', kind);
}
