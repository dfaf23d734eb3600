import { createProject, Project, type ProjectData, type RoadlineError } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createErrorEvent } from '../events/error-event.js';

/** Many projects: an array, or a record by id, of stores or plain `ProjectData`. */
export type ProjectsInput =
  | readonly (Project | ProjectData)[]
  | Readonly<Record<string, Project | ProjectData>>;

/**
 * Resolves a list of stores from `ProjectsInput` (plain data is loaded once per object) and
 * re-renders the host after a committed change in any of them. Data that does not load is
 * reported with `rl-error` and left out.
 */
export class ProjectsController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly read: () => ProjectsInput | undefined;
  private source: ProjectsInput | undefined;
  private current: { key: string; project: Project }[] = [];
  private readonly loaded = new WeakMap<object, Project>();
  private readonly unsubscribe = new Map<Project, () => void>();

  constructor(host: ReactiveControllerHost & HTMLElement, read: () => ProjectsInput | undefined) {
    this.host = host;
    this.read = read;
    host.addController(this);
  }

  /** The stores, in input order, with the key they were given under (the index for an array). */
  get projects(): readonly { key: string; project: Project }[] {
    return this.current;
  }

  hostConnected(): void {
    this.source = undefined;
    this.resolve();
  }

  hostUpdate(): void {
    if (this.host.isConnected) this.resolve();
  }

  hostDisconnected(): void {
    for (const stop of this.unsubscribe.values()) stop();
    this.unsubscribe.clear();
    this.source = undefined;
    this.current = [];
  }

  private resolve(): void {
    const input = this.read();
    if (input === this.source) return;
    this.source = input;
    const entries: [string, Project | ProjectData][] =
      input === undefined
        ? []
        : Array.isArray(input)
          ? input.map((p, k) => [String(k), p])
          : Object.entries(input);
    const next: { key: string; project: Project }[] = [];
    for (const [key, value] of entries) {
      const project = this.load(value);
      if (project) next.push({ key, project });
    }
    const keep = new Set(next.map((e) => e.project));
    for (const [project, stop] of this.unsubscribe) {
      if (!keep.has(project)) {
        stop();
        this.unsubscribe.delete(project);
      }
    }
    for (const project of keep) {
      if (!this.unsubscribe.has(project))
        this.unsubscribe.set(
          project,
          project.subscribe(() => this.host.requestUpdate()),
        );
    }
    this.current = next;
    this.host.requestUpdate();
  }

  private load(value: Project | ProjectData): Project | undefined {
    if (value instanceof Project) return value;
    const hit = this.loaded.get(value);
    if (hit) return hit;
    try {
      const project = createProject(value);
      this.loaded.set(value, project);
      return project;
    } catch (error) {
      this.host.dispatchEvent(createErrorEvent(error as RoadlineError));
      return undefined;
    }
  }
}
