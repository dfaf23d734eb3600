import {
  type BarGeometry,
  type BarZone,
  linkTypeFor,
  type Project,
  snapMinutes,
  type Task,
  type ZoomLevel,
} from '@roadline/core';
import type { ReactiveControllerHost } from 'lit';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import {
  commitLinkCreate,
  commitTaskChange,
  movePatch,
  spanPatch,
  type TimelinePatch,
} from './task-edits.js';
import type { TaskFacts } from './task-facts.js';

/** What is under a pointer on the timeline's body. */
export interface Hit {
  readonly id: string;
  readonly row: number;
  readonly facts: TaskFacts;
  readonly bar: BarGeometry;
  readonly zone: BarZone | undefined;
  /** Logical (left-to-right) canvas x. */
  readonly x: number;
}

/** The element's side of the gestures. */
export interface GestureHost extends ReactiveControllerHost, HTMLElement {
  readonly storeProject: Project | undefined;
  readonly readonly: boolean;
  readonly zoom: ZoomLevel;
  readonly weekStart: number;
  readonly pxPerMinute: number;
  readonly isRtl: boolean;
  /** The bar under a viewport point, or `undefined`. */
  hitTest(clientX: number, clientY: number): Hit | undefined;
  /** Draws (or clears) the dashed line of a link being drawn, in viewport coordinates. */
  showLinkPreview(from: { x: number; y: number } | undefined, to?: { x: number; y: number }): void;
  /** Says something to screen readers (and keeps errors out of the console). */
  say(message: string): void;
}

interface Grab {
  readonly hit: Hit;
  /** The task before the gesture, to restore a preview when the store keeps no undo history. */
  readonly original: Readonly<Task> | undefined;
  readonly origin: { x: number; y: number };
}

/**
 * The pointer gestures on bars: move, resize either end, drag the progress handle, draw a link
 * from a bar's end to another bar. While dragging, the change is previewed through the store (so
 * the engine moves successors live and every view follows); at release the preview is undone
 * and the change committed once, between `rl-before-task-change` and `rl-task-change`, so the
 * gesture is a single undo step and a veto leaves nothing behind. Escape cancels.
 */
export class TimelineGestures {
  private readonly host: GestureHost;
  private previewing: Readonly<Task> | undefined;
  private readonly drag: DragController<Grab>;

  constructor(host: GestureHost) {
    this.host = host;
    this.drag = new DragController<Grab>(host, {
      start: (event) => this.start(event),
      move: (session) => this.move(session),
      end: (session) => this.end(session),
      cancel: () => this.cancel(),
    });
  }

  /** Whether a drag is in progress. */
  get active(): boolean {
    return this.drag.session !== undefined;
  }

  private start(event: PointerEvent): Grab | undefined {
    const project = this.host.storeProject;
    if (!project || this.host.readonly) return undefined;
    const hit = this.host.hitTest(event.clientX, event.clientY);
    if (!hit?.zone) return undefined;
    if (hit.facts.shape === 'summary' && hit.zone !== 'link-start' && hit.zone !== 'link-end')
      return undefined;
    return { hit, original: project.task(hit.id), origin: { x: event.clientX, y: event.clientY } };
  }

  private patchFor(session: DragSession<Grab>): TimelinePatch | undefined {
    const project = this.host.storeProject;
    if (!project) return undefined;
    const { hit } = session.payload;
    const { facts, bar } = hit;
    const dx = this.host.isRtl ? -session.dx : session.dx;
    const dm = dx / this.host.pxPerMinute;
    const snap = (t: number): number => snapMinutes(this.host.zoom, t, this.host.weekStart);
    switch (hit.zone) {
      case 'move': {
        const start = snap(facts.start + dm);
        return start === facts.start ? undefined : movePatch(project, facts, start);
      }
      case 'resize-end': {
        const end = snap(facts.end + dm);
        return end <= facts.start || end === facts.end
          ? undefined
          : spanPatch(project, facts, facts.start, end);
      }
      case 'resize-start': {
        const start = snap(facts.start + dm);
        return start >= facts.end || start === facts.start
          ? undefined
          : spanPatch(project, facts, start, facts.end);
      }
      case 'progress': {
        const width = Math.max(1, bar.width);
        const progress = Math.round(Math.min(100, Math.max(0, ((bar.progressWidth + dx) / width) * 100)));
        return progress === Math.round(facts.progress) ? undefined : { progress };
      }
      default:
        return undefined;
    }
  }

  private move(session: DragSession<Grab>): void {
    const { zone } = session.payload.hit;
    if (zone === 'link-start' || zone === 'link-end') {
      this.host.showLinkPreview(session.payload.origin, {
        x: session.event.clientX,
        y: session.event.clientY,
      });
      return;
    }
    this.revert();
    const project = this.host.storeProject;
    const patch = this.patchFor(session);
    if (!project || !patch) return;
    const before = project.version;
    try {
      project.transaction(() => project.updateTask(session.payload.hit.id, patch));
    } catch {
      // A preview the store rejects (a constraint it cannot take) is simply not shown.
    }
    this.previewing = project.version !== before ? session.payload.original : undefined;
  }

  private end(session: DragSession<Grab>): void {
    const project = this.host.storeProject;
    const { hit } = session.payload;
    if (hit.zone === 'link-start' || hit.zone === 'link-end') {
      this.host.showLinkPreview(undefined);
      const target = this.host.hitTest(session.event.clientX, session.event.clientY);
      if (!project || !target || target.id === hit.id) return;
      const toStart = target.x < target.bar.x + target.bar.width / 2;
      const type = linkTypeFor(hit.zone === 'link-end', toStart);
      try {
        if (commitLinkCreate(this.host, project, hit.id, target.id, type))
          this.host.say(`Linked ${hit.facts.name} to ${target.facts.name} (${type}).`);
      } catch (error) {
        this.host.say(`Cannot link: ${(error as Error).message}`);
      }
      return;
    }
    const patch = this.patchFor(session);
    this.revert();
    if (!project || !patch) return;
    try {
      commitTaskChange(this.host, project, hit.id, patch, hit.zone ?? 'move');
    } catch (error) {
      this.host.say(`Cannot change ${hit.facts.name}: ${(error as Error).message}`);
    }
  }

  private cancel(): void {
    this.host.showLinkPreview(undefined);
    this.revert();
  }

  /** Undoes the preview transaction (the last local one), when there is one. */
  private revert(): void {
    const original = this.previewing;
    const project = this.host.storeProject;
    this.previewing = undefined;
    if (!original || !project || project.undo()) return;
    const { start, end, duration, durationUnit, progress, constraint } = original;
    project.transaction(() =>
      project.updateTask(original.id, { start, end, duration, durationUnit, progress, constraint }),
    );
  }
}
