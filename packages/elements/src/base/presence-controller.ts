import { type Peer, type Presence, type PresenceEditing, type Project, presenceOf } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const NONE: readonly Peer[] = Object.freeze([]);

/**
 * Who else is in the project the host shows: subscribes to core's `presenceOf(project)` (which a
 * collaboration session fills; elements never import the session) and re-renders the host when the
 * peers or the connection change. Reads return core's frozen arrays, the same one until the peers
 * change and one shared empty array for a task nobody touches, so a row's `guard()` can key on
 * them: without peers a view does no extra work per row. The host's own selection and open cell
 * editor go out through `publishSelection` (automatic when given `selection`) and
 * `publishEditing`.
 */
export class PresenceController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly project: () => Project | undefined;
  private readonly selection: (() => readonly string[]) | undefined;
  private current: Presence | undefined;
  private unsubscribe: (() => void) | undefined;
  private sentSelection: readonly string[] | undefined;

  /**
   * `project` is the store shown (its presence is read); `selection`, the host's selected task
   * ids, told to the others whenever they change (left out by a view that only paints).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    project: () => Project | undefined,
    selection?: () => readonly string[],
  ) {
    this.host = host;
    this.project = project;
    this.selection = selection;
    host.addController(this);
  }

  /** The presence of the shown store, once the host has rendered it. */
  get presence(): Presence | undefined {
    return this.current;
  }

  /** The other people in the room (empty without a session). */
  get peers(): readonly Peer[] {
    return this.current?.peers() ?? NONE;
  }

  /** Whether a session fills the presence: only then do views show avatars and a status. */
  get shared(): boolean {
    return this.current?.status() !== undefined;
  }

  /** The peers that have `id` selected (the same array until the peers change). */
  selecting(id: string): readonly Peer[] {
    return this.current?.selecting(id) ?? NONE;
  }

  /** The peers editing `id` (any field; the same array until the peers change). */
  editing(id: string): readonly Peer[] {
    return this.current?.editing(id) ?? NONE;
  }

  /** Tells the others what this view has selected (nothing is sent when it did not change). */
  publishSelection(ids: readonly string[]): void {
    const presence = this.current;
    if (!presence) return;
    const shown = presence.local.selection ?? NONE_IDS;
    if (!sameIds(shown, ids)) presence.setLocal({ selection: ids });
  }

  /** Tells the others which cell this view edits (`undefined`: none any more). */
  publishEditing(editing: PresenceEditing | undefined): void {
    const presence = this.current;
    if (!presence) return;
    const was = presence.local.editing;
    if (was?.taskId === editing?.taskId && was?.field === editing?.field) return;
    presence.setLocal({ editing });
  }

  hostUpdate(): void {
    const project = this.host.isConnected ? this.project() : undefined;
    const presence = project ? presenceOf(project) : undefined;
    if (presence === this.current) return;
    this.unsubscribe?.();
    this.current = presence;
    this.sentSelection = undefined;
    this.unsubscribe = presence?.subscribe(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    const selection = this.selection?.();
    if (selection === undefined || selection === this.sentSelection) return;
    this.sentSelection = selection;
    // After this update: the session may answer at once (new peers), which re-renders the views.
    queueMicrotask(() => this.publishSelection(selection));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }
}

const NONE_IDS: readonly string[] = Object.freeze([]);

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
