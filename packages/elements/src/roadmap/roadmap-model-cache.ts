import type { Project } from '@roadline/core';
import { buildModel, type ModelOptions, type RoadmapModel } from './roadmap-model.js';

/**
 * The last roadmap model built, kept while the store's version and the view options stay the same
 * (a render, a hover or a key press reuses it; an edit, another lane field or, under `fit`, another
 * width builds a new one).
 */
export class ModelCache {
  private last: { key: string; version: number; project: Project; model: RoadmapModel } | undefined;

  get(project: Project, options: ModelOptions): RoadmapModel {
    const key = JSON.stringify([
      options.laneBy,
      options.colorBy,
      options.zoom,
      // The width matters only to `fit`: a resize at a fixed zoom keeps the model.
      options.zoom === 'fit' ? options.width : 0,
      options.filter ?? null,
      [...options.collapsed],
      options.today,
      options.rowHeight,
      options.noneLabel,
    ]);
    const c = this.last;
    if (c && c.key === key && c.project === project && c.version === project.version) return c.model;
    const model = buildModel(project, options);
    this.last = { key, version: project.version, project, model };
    return model;
  }

  clear(): void {
    this.last = undefined;
  }
}
