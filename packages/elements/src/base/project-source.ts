import type { ProjectData } from '@roadline/core';
import { RoadlineError } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createErrorEvent } from '../events/error-event.js';

/**
 * What an element needs of a shared store: a snapshot and change notifications. The core
 * `Project` store satisfies it; so can a host's own adapter.
 */
export interface ProjectLike {
  toJSON(): ProjectData;
  subscribe(listener: (...args: never[]) => void): () => void;
}

/** The host element's side of {@link ProjectSourceController}. */
export interface ProjectSourceHost extends ReactiveControllerHost, HTMLElement {
  project?: ProjectLike | undefined;
  data?: ProjectData | undefined;
}

/**
 * Resolves the project an element shows from, in order: `.project` (a live store, followed as it
 * changes), `.data` (plain `ProjectData`) or an inline `<script type="application/json">` child
 * (for script-tag pages). Inline JSON that does not parse becomes `error`, and an `rl-error` event.
 */
export class ProjectSourceController implements ReactiveController {
  /** The problem with the inline JSON, if any. */
  error: RoadlineError | undefined;

  private readonly host: ProjectSourceHost;
  private subscribed: ProjectLike | undefined;
  private unsubscribe: (() => void) | undefined;
  private cachedFrom: ProjectLike | undefined;
  private cached: ProjectData | undefined;
  private inline: ProjectData | undefined;
  private inlineText: string | undefined;
  private observer: MutationObserver | undefined;

  constructor(host: ProjectSourceHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    this.follow();
    // An element upgraded while the parser is still inside it (a script-tag page) has no
    // children yet; the JSON arrives later, and a host may replace it at any time.
    this.observer ??= new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  /** The project to show now, or `undefined` when the element has none. */
  get value(): ProjectData | undefined {
    const project = this.host.project;
    if (project) {
      if (this.cachedFrom !== project || this.cached === undefined) {
        this.cached = project.toJSON();
        this.cachedFrom = project;
      }
      return this.cached;
    }
    return this.host.data ?? this.inline;
  }

  private follow(): void {
    const project = this.host.project;
    if (project === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = project;
    this.cached = undefined;
    this.unsubscribe = project?.subscribe(() => {
      this.cached = undefined;
      this.host.requestUpdate();
    });
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.inline = undefined;
    this.error = undefined;
    if (text === undefined) return;
    try {
      this.inline = JSON.parse(text) as ProjectData;
    } catch (cause) {
      this.error = new RoadlineError(
        'INVALID_DATA',
        `<${this.host.localName}>: the inline JSON does not parse: ${(cause as Error).message}`,
      );
      this.host.dispatchEvent(createErrorEvent(this.error));
    }
    this.host.requestUpdate();
  }
}
