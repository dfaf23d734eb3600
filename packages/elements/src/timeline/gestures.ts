import type { Project } from '@roadline/core';
import {
  type BarGeometry,
  type BarZone,
  linkTypeFor,
  snapMinutes,
  type ZoomLevel,
} from '@roadline/core/views/timeline';
import type { ReactiveControllerHost } from 'lit';
import type { TaskEditPatch } from '../base/commit-task-edit.js';
import { planTaskDates, prepareSummaryMove, type TaskFacts } from '../base/task-facts.js';
import type { SubtreeMover } from '@roadline/core/views/dates';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { PreviewController } from '../controllers/preview-controller.js';
import { commitLinkCreate } from '../editing/link-edits.js';

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

/** The element's side of the gestures (plumbing the element keeps private). */
export interface GestureHost {
  /** The element: it hosts the drag and fires the change events. */
  readonly element: ReactiveControllerHost & HTMLElement;
  readonly project: Project | undefined;
  readonly readonly: boolean;
  readonly zoom: ZoomLevel;
  readonly weekStart: number;
  readonly pxPerMinute: number;
  readonly rtl: boolean;
  /** The bar under a viewport point, or `undefined`. */
  hitTest(clientX: number, clientY: number): Hit | undefined;
  /** Draws (or clears) the dashed line of a link being drawn, in viewport coordinates. */
  showLinkPreview(from: { x: number; y: number } | undefined, to?: { x: number; y: number }): void;
  /** Says something to screen readers (and keeps errors out of the console). */
  say(message: string): void;
  /** A drag is under way (called every frame: the element hides its tooltip). */
  dragStarted(): void;
}

interface Grab {
  readonly hit: Hit;
  readonly origin: { x: number; y: number };
  /** A summary's subtree as grabbed: its bar moves every task below it. */
  readonly subtree?: SubtreeMover;
}

/**
 * The pointer gestures on bars: move, resize either end, drag the progress handle, draw a link
 * from a bar's end to another bar; a summary's bar moves every task below it by the same working
 * time (core's `prepareSubtreeMove`), one undo step. The dates follow core's one set of edit rules
 * (`planTaskDates`); while dragging, the change is shown through the store by a
 * `PreviewController` (the engine moves successors live and every view follows; a frame at the
 * same snapped place does nothing), and at release it is committed once, so the gesture is a
 * single undo step and a veto or Escape leaves nothing behind, in history either.
 */
export class TimelineGestures {
  private readonly host: GestureHost;
  private readonly drag: DragController<Grab>;
  /** Shows the snapped value (start, end or progress, by zone) through the store. */
  private readonly preview: PreviewController;

  constructor(host: GestureHost) {
    this.host = host;
    this.preview = new PreviewController(host.element, {
      project: () => host.project,
      say: (message) => host.say(message),
    });
    this.drag = new DragController<Grab>(host.element, {
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
    const project = this.host.project;
    if (!project || this.host.readonly) return undefined;
    const hit = this.host.hitTest(event.clientX, event.clientY);
    if (!hit?.zone) return undefined;
    const origin = { x: event.clientX, y: event.clientY };
    if (hit.facts.shape === 'summary' && hit.zone !== 'link-start' && hit.zone !== 'link-end') {
      // A summary has no ends to resize nor progress to drag: anywhere on it moves its subtree.
      const subtree = prepareSummaryMove(project, hit.id);
      return subtree && { hit: { ...hit, zone: 'move' }, origin, subtree };
    }
    return { hit, origin };
  }

  /**
   * Where the pointer puts the grabbed part, snapped: the new start (move, resize-start), end
   * (resize-end) or progress; `NaN` when that is where it was or not a valid span.
   */
  private target(session: DragSession<Grab>): number {
    const { facts, bar, zone } = session.payload.hit;
    const dx = this.host.rtl ? -session.dx : session.dx;
    const dm = dx / this.host.pxPerMinute;
    switch (zone) {
      case 'move':
      case 'resize-start': {
        const start = snapMinutes(this.host.zoom, facts.start + dm, this.host.weekStart);
        return start === facts.start || (zone === 'resize-start' && start >= facts.end) ? Number.NaN : start;
      }
      case 'resize-end': {
        const end = snapMinutes(this.host.zoom, facts.end + dm, this.host.weekStart);
        return end <= facts.start || end === facts.end ? Number.NaN : end;
      }
      case 'progress': {
        const width = Math.max(1, bar.width);
        const progress = Math.round(Math.min(100, Math.max(0, ((bar.progressWidth + dx) / width) * 100)));
        return progress === Math.round(facts.progress) ? Number.NaN : progress;
      }
      default:
        return Number.NaN;
    }
  }

  /** The patch that puts the grabbed part at `value` (from {@link target}). */
  private patchAt(project: Project, hit: Hit, value: number): TaskEditPatch | undefined {
    if (Number.isNaN(value)) return undefined;
    const { facts } = hit;
    switch (hit.zone) {
      case 'move':
      case 'resize-start':
      case 'resize-end':
        // The snap keeps a bar at least one step long ({@link target}): any length it leaves is fine.
        return planTaskDates(project, facts, hit.zone, value, undefined, 1);
      case 'progress':
        return { progress: value };
      default:
        return undefined;
    }
  }

  private move(session: DragSession<Grab>): void {
    this.host.dragStarted();
    const { zone } = session.payload.hit;
    if (zone === 'link-start' || zone === 'link-end') {
      this.host.showLinkPreview(session.payload.origin, {
        x: session.event.clientX,
        y: session.event.clientY,
      });
      return;
    }
    const value = this.target(session);
    const project = this.host.project;
    if (!project) return;
    const { hit, subtree } = session.payload;
    if (subtree) this.preview.showAll(value, subtree.plan(value)?.moves);
    else this.preview.show(hit.id, value, this.patchAt(project, hit, value));
  }

  private end(session: DragSession<Grab>): void {
    const project = this.host.project;
    const { hit } = session.payload;
    if (hit.zone === 'link-start' || hit.zone === 'link-end') {
      this.host.showLinkPreview(undefined);
      const target = this.host.hitTest(session.event.clientX, session.event.clientY);
      if (!project || !target || target.id === hit.id) return;
      const toStart = target.x < target.bar.x + target.bar.width / 2;
      const type = linkTypeFor(hit.zone === 'link-end', toStart);
      try {
        if (commitLinkCreate(this.host.element, project, hit.id, target.id, type))
          this.host.say(`Linked ${hit.facts.name} to ${target.facts.name} (${type}).`);
      } catch (error) {
        this.host.say(`Cannot link: ${(error as Error).message}`);
      }
      return;
    }
    const say = (message: string) => this.host.say(message);
    const subtree = session.payload.subtree;
    if (subtree) {
      const move = subtree.plan(this.target(session));
      const detail = move && {
        taskId: hit.id,
        patch: {},
        source: 'move',
        shift: move.shift,
        subtree: move.moves,
      };
      this.preview.commit(detail, { say });
      return;
    }
    const patch = project && this.patchAt(project, hit, this.target(session));
    this.preview.commit(patch && { taskId: hit.id, patch, source: hit.zone ?? 'move' }, { say });
  }

  private cancel(): void {
    this.host.showLinkPreview(undefined);
    this.preview.cancel();
  }
}
