import { formatDateLabel, type Project } from '@roadline/core';
import {
  type RoadmapEdit,
  type RoadmapLaneField,
  type RoadmapLevel,
  roadmapEditPatch,
  roadmapSnap,
  roadmapStep,
} from '@roadline/core/views/roadmap';
import { barGeometry, barZone } from '@roadline/core/views/timeline';
import type { ReactiveControllerHost } from 'lit';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { type DragDirection, KeyboardDragController } from '../controllers/keyboard-drag.js';
import { PreviewController } from '../controllers/preview-controller.js';
import { describeKeyboardMove } from './roadmap-labels.js';
import { type Feature, laneAtY, type RoadmapModel } from './roadmap-model.js';
import { keyStep } from './roadmap-nav.js';

/**
 * A feature being dragged or moved by keyboard: the lane it would land in. Its dates are previewed
 * through the store (so successors follow), not here.
 */
export interface RoadmapPreview {
  readonly id: string;
  readonly lane: number;
}

/** What editing feature bars needs from the roadmap. */
export interface BarEditsHost {
  readonly element: ReactiveControllerHost & HTMLElement;
  project(): Project | undefined;
  model(): RoadmapModel | undefined;
  feature(id: string): Feature | undefined;
  readonly(): boolean;
  /** Whether the timeline view is shown (bars are dragged only there). */
  shown(): boolean;
  /** The axis level drags and keys snap at (the fitted one under `fit`). */
  level(): RoadmapLevel;
  laneField(): RoadmapLaneField;
  /** The language of date labels. */
  language(): string;
  /** Whether the chart runs right to left (time grows leftward; drags and arrows follow). */
  rtl(): boolean;
  /** The bar element an event happened on. */
  barAt(event: Event): HTMLElement | undefined;
  /** The chart's box in the viewport (bars are placed from its left edge). */
  chartRect(): DOMRect | undefined;
  /** A drag is under way (the host hides its tooltip). */
  dragging(): void;
  /** A bar was pressed and released without moving: a click (the drag's pointer capture sends the browser's to the host). */
  tapped(id: string, event: PointerEvent): void;
}

/** What a bar drag carries: the edit and the feature as it was when grabbed. */
interface BarGrab {
  readonly id: string;
  readonly edit: RoadmapEdit;
  readonly start: number;
  readonly end: number;
  readonly lane: number;
}

/** Where the keys have put a lifted feature: `start` and `lane` move, `end` is where it was lifted. */
interface KeyPlace {
  readonly start: number;
  readonly end: number;
  readonly lane: number;
}

/**
 * Moving and resizing feature bars in time and across lanes, by pointer (drag a bar, drag an
 * edge) and by keyboard (Space lifts, arrows move, Space drops, Escape cancels; Shift+arrows change
 * the end, Alt+Shift+arrows the start). The dates follow core's one set of edit rules
 * (`roadmapEditPatch` over `planDateEdit`); while a bar is dragged or lifted, its dates are shown
 * through the store by a `PreviewController`, so successors move with it in every view, and the
 * target lane is shown here ({@link preview}). Each edit is one store transaction, asked first.
 */
export class BarEdits {
  private readonly host: BarEditsHost;
  private readonly dates: PreviewController;
  private readonly drag: DragController<BarGrab>;
  private readonly keyboard: KeyboardDragController<KeyPlace>;
  private previewed: RoadmapPreview | undefined;

  constructor(host: BarEditsHost) {
    this.host = host;
    const element = host.element;
    this.dates = new PreviewController(element, { project: () => host.project() });
    this.drag = new DragController<BarGrab>(element, {
      start: (event) => this.dragStart(event),
      move: (session) => this.dragMove(session),
      end: (session) => this.dragEnd(session),
      cancel: () => this.show(undefined),
      tap: (grab, event) => host.tapped(grab.id, event),
    });
    this.keyboard = new KeyboardDragController<KeyPlace>(element, {
      lift: (id) => {
        const f = host.feature(id);
        return f && !host.readonly() ? { start: f.facts.start, end: f.facts.end, lane: f.lane } : undefined;
      },
      step: (id, at, direction) => this.keyStep(id, at, direction),
      drop: (id, from, to) => {
        if (from.start !== to.start || from.lane !== to.lane)
          this.commit(id, 'move', to.start, to.lane, 'keyboard');
      },
      describe: (id, at, phase) => this.describe(id, at, phase),
    });
  }

  /** The feature being moved and the lane it would land in, for the view to draw. */
  get preview(): RoadmapPreview | undefined {
    return this.previewed;
  }

  /** Whether a bar is being dragged by pointer. */
  get dragging(): boolean {
    return this.drag.session !== undefined;
  }

  /** Whether a feature is lifted by keyboard. */
  get lifted(): boolean {
    return this.keyboard.lifted !== undefined;
  }

  /**
   * Handles the editing keys on feature `id`'s bar: lift, move, drop and cancel, and the resize
   * shortcuts. Returns true when the key was one of them (the host then does nothing more).
   */
  handleKey(event: KeyboardEvent, id: string, f: Feature): boolean {
    const readonly = this.host.readonly();
    const handled = !readonly && this.keyboard.handleKey(event, id);
    this.keyboardPreview();
    if (handled) return true;
    if (!event.key.startsWith('Arrow') || !event.shiftKey || readonly) return false;
    event.preventDefault();
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return true;
    const direction = (event.key === 'ArrowLeft') !== this.host.rtl() ? -1 : 1;
    const zoom = this.host.level();
    if (event.altKey)
      this.commit(id, 'resize-start', roadmapStep(zoom, f.facts.start, direction), f.lane, 'keyboard');
    else this.commit(id, 'resize-end', roadmapStep(zoom, f.facts.end, direction), f.lane, 'keyboard');
    return true;
  }

  /**
   * Applies one edit as one transaction, after the cancelable event; returns whether it changed.
   * A preview of the feature's dates is reverted first: the edit is planned from its real place.
   */
  private commit(id: string, edit: RoadmapEdit, to: number, laneIndex: number, source: string): boolean {
    this.dates.cancel();
    const project = this.host.project();
    const model = this.host.model();
    const f = this.host.feature(id);
    if (!project || !model || !f || this.host.readonly()) return false;
    const lane = laneIndex !== f.lane ? model.lanes[laneIndex]?.value : undefined;
    const patch = roadmapEditPatch({
      task: f.task,
      shape: f.facts.shape,
      edit,
      start: f.facts.start,
      end: f.facts.end,
      to,
      linked: f.linked,
      laneField: lane === undefined ? undefined : this.host.laneField(),
      lane,
    });
    if (!patch) return false;
    return commitTaskEdit(this.host.element, project, { taskId: id, patch, source }, { errorEvent: true });
  }

  /**
   * Shows feature `id` in lane `lane` with its dates moved by `edit` to `to` through the store;
   * `from` is the feature as it was before the gesture. `undefined` shows nothing moved.
   */
  private show(
    moved:
      | { id: string; edit: RoadmapEdit; to: number; lane: number; from: { start: number; end: number } }
      | undefined,
  ): void {
    const lane = moved === undefined ? undefined : { id: moved.id, lane: moved.lane };
    if (lane?.id !== this.previewed?.id || lane?.lane !== this.previewed?.lane) {
      this.previewed = lane;
      this.host.element.requestUpdate();
    }
    const f = moved === undefined ? undefined : this.host.feature(moved.id);
    if (!moved || !f) {
      this.dates.cancel();
      return;
    }
    const { edit, to, from } = moved;
    this.dates.show(
      moved.id,
      to,
      roadmapEditPatch({ task: f.task, shape: f.facts.shape, edit, ...from, to, linked: f.linked }),
    );
  }

  private dragStart(event: PointerEvent): BarGrab | undefined {
    if (this.host.readonly() || !this.host.shown()) return undefined;
    const bar = this.host.barAt(event);
    const id = bar?.dataset.id;
    const model = this.host.model();
    const f = id === undefined ? undefined : this.host.feature(id);
    const rect = this.host.chartRect();
    if (!bar || id === undefined || !f || !model || !rect) return undefined;
    const geometry = barGeometry(model.scale, 'task', f.facts.start, f.facts.end, 0, { minWidth: 8 });
    const x = this.host.rtl() ? rect.right - event.clientX : event.clientX - rect.left;
    const zone = barZone(geometry, x, false, 6);
    const edit: RoadmapEdit = zone === 'resize-start' || zone === 'resize-end' ? zone : 'move';
    return { id, edit, start: f.facts.start, end: f.facts.end, lane: f.lane };
  }

  /**
   * Where the pointer puts the grabbed part, snapped, measured from where the feature was when
   * grabbed (the store shows it moved meanwhile): the new start (move, resize-start) or end
   * (resize-end), and the lane.
   */
  private target(session: DragSession<BarGrab>): { to: number; lane: number } | undefined {
    const model = this.host.model();
    const rect = this.host.chartRect();
    if (!model || !rect) return undefined;
    const { edit, start, end, lane } = session.payload;
    const zoom = this.host.level();
    const delta = (this.host.rtl() ? -session.dx : session.dx) / model.scale.pxPerMinute;
    if (edit === 'move') {
      return { to: roadmapSnap(zoom, start + delta), lane: laneAtY(model, session.event.clientY - rect.top) };
    }
    return { to: roadmapSnap(zoom, (edit === 'resize-end' ? end : start) + delta), lane };
  }

  private dragMove(session: DragSession<BarGrab>): void {
    this.host.dragging();
    const p = this.target(session);
    if (!p) return;
    const { id, edit } = session.payload;
    this.show({ id, edit, to: p.to, lane: p.lane, from: session.payload });
  }

  private dragEnd(session: DragSession<BarGrab>): void {
    const p = this.target(session);
    this.show(undefined);
    if (!p) return;
    const { id, edit } = session.payload;
    this.commit(id, edit, p.to, p.lane, edit);
  }

  private keyStep(id: string, at: KeyPlace, direction: DragDirection): KeyPlace | undefined {
    const model = this.host.model();
    if (!model || !this.host.feature(id)) return undefined;
    const step = keyStep(model, this.host.level(), at, direction, this.host.rtl());
    return step && { ...at, ...step };
  }

  /**
   * Shows a lifted feature where the keys put it. A drop has committed (and a cancel or Tab put
   * it back) by the time no feature is lifted.
   */
  private keyboardPreview(): void {
    const lifted = this.keyboard.lifted;
    this.show(
      lifted && { id: lifted.id, edit: 'move', to: lifted.at.start, lane: lifted.at.lane, from: lifted.from },
    );
  }

  private describe(
    id: string,
    at: KeyPlace,
    phase: 'lifted' | 'moved' | 'dropped' | 'cancelled' | 'edge',
  ): string {
    return describeKeyboardMove(
      this.host.feature(id)?.task.name ?? id,
      this.host.model()?.lanes[at.lane]?.label ?? '',
      formatDateLabel(at.start, this.host.language(), false),
      phase,
      this.host.language(),
    );
  }
}
