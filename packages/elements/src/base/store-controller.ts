import {
  createProject,
  type Project,
  type ProjectData,
  type ProjectOptions,
  RoadlineError,
} from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createErrorEvent } from '../events/error-event.js';

/** The host element's side of {@link StoreController}: the two ways a host hands it a project. */
export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** A live store, shared with other elements. Takes precedence over `data`. */
  project?: Project | undefined;
  /** A plain project; the element loads it into a store of its own. */
  data?: ProjectData | undefined;
}

/**
 * Resolves the store an element shows and edits, from (in order) `.project`, `.data` or an inline
 * `<script type="application/json">` child (for script-tag pages), and re-renders the host after
 * every committed change. Data that does not parse or validate becomes `error` (a
 * `RoadlineError` whose `details` list every problem) and an `rl-error` event; the element then
 * shows the message instead of a half-loaded project.
 */
export class StoreController implements ReactiveController {
  /** Why there is no store, when the input was bad. */
  error: RoadlineError | undefined;

  private readonly host: StoreHost;
  private current: Project | undefined;
  private owned: { from: ProjectData; project: Project } | undefined;
  private unsubscribe: (() => void) | undefined;
  private inline: ProjectData | undefined;
  private inlineText: string | undefined;
  private inlineError: RoadlineError | undefined;
  private observer: MutationObserver | undefined;

  /**
   * `options` configure the stores loaded from `.data` or inline JSON (never a host's `.project`):
   * an element that never reads the schedule can pass `{ scheduler: false }` to load faster.
   */
  constructor(
    host: StoreHost,
    private readonly options: ProjectOptions = {},
  ) {
    this.host = host;
    host.addController(this);
  }

  /** The store to show now: the host's `.project`, or one loaded from `.data` or inline JSON. */
  get project(): Project | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.readInline();
    this.resolve();
    // An element upgraded while the parser is still inside it (a script-tag page) has no
    // children yet: the JSON arrives later, and a host may replace it at any time.
    this.observer ??= new MutationObserver(() => {
      this.readInline();
      this.resolve();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostUpdate(): void {
    // A removed element may still update once; it must not subscribe again.
    if (this.host.isConnected) this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private resolve(): void {
    const { project, data } = this.host;
    if (project) {
      this.error = undefined;
      this.follow(project);
      return;
    }
    const source = data ?? this.inline;
    if (!source) {
      this.error = data === undefined ? this.inlineError : undefined;
      this.follow(undefined);
      return;
    }
    if (this.owned?.from !== source) {
      try {
        this.owned = { from: source, project: createProject(source, this.options) };
        this.error = undefined;
      } catch (cause) {
        this.owned = undefined;
        this.fail(cause instanceof RoadlineError ? cause : new RoadlineError('INVALID_DATA', String(cause)));
      }
    }
    this.follow(this.owned?.project);
  }

  private follow(project: Project | undefined): void {
    if (project === this.current) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = project;
    if (project) this.unsubscribe = project.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.inline = undefined;
    this.inlineError = undefined;
    if (text === undefined) return;
    try {
      this.inline = JSON.parse(text) as ProjectData;
    } catch (cause) {
      this.fail(
        new RoadlineError(
          'INVALID_DATA',
          `<${this.host.localName}>: the inline JSON does not parse: ${(cause as Error).message}`,
        ),
      );
      this.inlineError = this.error;
    }
  }

  private fail(error: RoadlineError): void {
    this.error = error;
    this.host.dispatchEvent(createErrorEvent(error));
    this.host.requestUpdate();
  }
}
