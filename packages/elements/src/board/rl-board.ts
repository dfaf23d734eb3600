import '../i18n/en/board.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { Project, ProjectData } from '@roadline/core';
import type { BoardField } from '@roadline/core/views/board';
import type { ColumnConfig } from '@roadline/core/views/grid';
import { todayDate } from '@roadline/core/views/dates';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { domToSvg } from '../base/dom-svg.js';
import { drawWhole } from '../base/draw-whole.js';
import { PresenceController } from '../base/presence-controller.js';
import { presenceBar, presenceStyles } from '../base/presence-marks.js';
import { StoreController } from '../base/store-controller.js';
import { svgToPng } from '../base/svg-png.js';
import { SharedStatusFilterController } from '../base/shared-status-filter.js';
import { UndoKeysController } from '../controllers/undo-keys-controller.js';
import { baseStyles } from '../styles/tokens.js';
import { boardSource } from './board-host.js';
import { boardStyles } from './board.styles.js';
import { KanbanView } from './kanban-view.js';
import { TableView } from './table-view.js';

/**
 * Items of a project as a kanban or as a grouped table, over the same store as `rl-gantt`: a
 * change in one view shows in every other at once.
 *
 * - `view="kanban"`: columns by status or any select-like field (`column-field`), optional
 *   swimlanes (`lane-field`), cards with name, assignees, priority, due date (marked when late),
 *   progress and tags; counts and WIP limits (`wipLimits`, blocking with `wip-blocking`);
 *   collapsible columns; add a card in a column; drag cards by pointer or keyboard (Space lifts,
 *   arrows move, Space drops, Escape cancels, announced to screen readers).
 * - `view="table"`: items grouped by `group-by` in collapsible groups with a colored header and a
 *   summary row; typed columns with inline editors (Enter, F2, a double-click or typing a
 *   character edits, Enter commits, Escape cancels, leaving the cell commits); columns added,
 *   removed, reordered (drag a header sideways, or Alt+Shift+←/→ on it) and resized (drag a
 *   header's edge, or Alt+←/→); multi-key sort (Shift+click adds a key),
 *   filters and search; row selection (`selection`: a row's box or Space toggles it, Ctrl/⌘+click
 *   toggles, Shift+click, Shift+Space or Shift+↑/↓ select the range, Ctrl/⌘+A or the header's box
 *   selects every item, Escape clears) and bulk status/person/priority changes; rows dragged by
 *   their handle or moved with Alt+↑/↓; 10k rows virtualized.
 *
 * Every change is one store transaction (one undo step); Ctrl+Z / Ctrl+Shift+Z undo and redo.
 * Card order is the tasks' `order` member, so it persists in `toJSON()`.
 *
 * Dates are the ones a person sees in every view: scheduled when the store schedules, else the
 * items' own. Typing a due date or a timeline for a task that predecessors drive does what
 * dragging its bar in `rl-timeline` does: both dates are set and an SNET constraint holds the start.
 *
 * @summary Kanban and grouped table views of project items.
 *
 * @fires rl-before-item-move - A card or row is about to move (cancelable). `detail`: `ItemMoveDetail`.
 * @fires rl-item-move - A card or row moved: field and order changed in one transaction.
 * @fires rl-before-item-change - An inline edit or bulk change is about to apply (cancelable).
 * @fires rl-item-change - Items were edited inline or in bulk. `detail`: `ItemChangeDetail`.
 * @fires rl-before-item-create - A card is about to be added (cancelable).
 * @fires rl-item-create - A card was added; `detail.itemId` is the new task.
 * @fires rl-before-task-remove - Delete or Backspace is about to delete the focused card or the table's selected rows (cancelable).
 * @fires rl-task-remove - Cards or rows were deleted (one undo step brings them back). `detail`: `TaskRemoveDetail`.
 * @fires rl-wip-exceeded - A move or add takes (or would take, when blocking) a column over its WIP limit.
 * @fires rl-before-selection-change - The table's selected rows are about to change (cancelable). `detail`: `SelectionChangeDetail`.
 * @fires rl-selection-change - The table's selected rows changed; `detail.selection` is the new `selection`.
 * @fires rl-before-column-change - The table's columns or sort are about to change (cancelable).
 * @fires rl-column-change - The table's columns were added, removed, reordered or resized, or its
 *   sort changed. `detail`: `ColumnChangeDetail` (the whole arrangement, as `rl-gantt` reports it).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart kanban - The kanban view.
 * @csspart kanban-header - The row of column headers.
 * @csspart column-header - A column's header (also `collapsed`, `over-limit`).
 * @csspart column-title - A column's name.
 * @csspart count - A column's, lane's or group's item count.
 * @csspart wip-flag - The mark of a column over its WIP limit.
 * @csspart collapse-button - The button that collapses or expands a column.
 * @csspart lane - A swimlane's row of cells.
 * @csspart lane-header - A swimlane's heading.
 * @csspart column-body - A column's cell within a lane (also `over-limit`, `collapsed`).
 * @csspart cards - The scrolling list of cards in a cell.
 * @csspart card - A card (also `late`, `lifted`, `peer-selected` while another person in a shared
 *   project selects it: outlined in their color, their names as its title).
 * @csspart note-count - The count of a card's notes, in the color of the latest.
 * @csspart presence - In a shared project: the connection (`presence-status`) and an `avatar` per
 *   other person in the room, above the board.
 * @csspart peer-editing - "Dana is editing Start" in a table cell another person is editing.
 * @csspart card-handle - The grip a touch drag starts from.
 * @csspart card-name - A card's name.
 * @csspart card-meta - A card's priority, due date and assignees.
 * @csspart card-progress - A card's progress track; `card-progress-bar` its fill.
 * @csspart priority - A priority chip.
 * @csspart due - A due date (also `late`).
 * @csspart avatars - Assignee badges; `avatar` one badge.
 * @csspart tags - A card's or row's tags; `tag` one tag.
 * @csspart add-card - The button that adds a card; `add-form` and `add-input` its field.
 * @csspart toolbar - The table's search, filters and column picker.
 * @csspart search - The search field.
 * @csspart filter - A filter select.
 * @csspart column-picker - The menu that shows, hides and reorders columns.
 * @csspart bulk-bar - The bulk-change bar for selected rows.
 * @csspart table - The table grid.
 * @csspart table-body - The scrolling rows of the table.
 * @csspart header-row - The table's column headers; `header-cell` one header.
 * @csspart sort-button - A header's sort button; `sort-mark` the direction arrow.
 * @csspart resize-handle - The grip at a header's end edge that resizes its column.
 * @csspart group-row - A group's header row; `group-name`, `group-toggle` inside.
 * @csspart row - An item row (also `selected`, `drop-before`, `drop-after`, `peer-selected`).
 * @csspart row-handle - A row's drag grip.
 * @csspart cell - A table cell (also `<kind>-cell`, `editing`).
 * @csspart pill - A status pill.
 * @csspart summary-row - A group's summary row; `status-mix` its status bar.
 * @csspart editor - An inline editor; `editor-error` its validation message.
 * @csspart more - In an export past 2,000 cards in a column (or rows in the table): the line "and N more".
 * @csspart announcer - The live region for screen-reader announcements.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-board-column-width=272px] - Width of a kanban column.
 * @cssprop [--rl-board-column-height=70vh] - Height of a kanban cell before it scrolls.
 * @cssprop [--rl-board-card-background=var(--rl-color-surface)] - A card's background.
 * @cssprop [--rl-board-column-background=var(--rl-color-surface-raised)] - A column's background.
 * @cssprop [--rl-board-late-color=var(--rl-color-danger)] - Late due dates and over-limit marks.
 * @cssprop [--rl-board-table-height=560px] - Height of the table's scrolling body.
 */
export class RlBoard extends LitElement {
  static override styles = [baseStyles, boardStyles, presenceStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /**
   * A plain project, when there is no store. The board loads it into a store of its own that
   * schedules, so its dates are the ones `rl-gantt` shows for the same data (a task its
   * predecessors push is due when the schedule says, not when its input said).
   */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** `kanban` or `table`. */
  @property({ reflect: true }) view: 'kanban' | 'table' = 'kanban';

  /** The field kanban columns are made of: `status`, `priority`, `person`, `group`, `release` or a custom field id. */
  @property({ attribute: 'column-field' }) columnField: BoardField = 'status';

  /** The field of kanban swimlanes; none by default. */
  @property({ attribute: 'lane-field' }) laneField: BoardField | undefined;

  /** The field table groups are made of, or `none`. */
  @property({ attribute: 'group-by' }) groupBy: BoardField | 'none' = 'group';

  /** Column value → the most cards it should hold. */
  @property({ attribute: false }) wipLimits: Record<string, number> | undefined;

  /** Refuse moves and adds that would go over a WIP limit (else they happen and the column is marked). */
  @property({ type: Boolean, attribute: 'wip-blocking' }) wipBlocking = false;

  /** Shows without editing: no drags, adds or edits. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * The table's columns in order (uncontrolled when unset), as `rl-gantt` takes them: built-in ids
   * and `field:<id>`, each optionally `{ id, width, header }`. The table writes a user's change
   * back here (a resize as the entry's `width`).
   */
  @property({ attribute: false }) columns: readonly ColumnConfig[] | undefined;

  /**
   * Deprecated: give widths in `columns` instead. The table's column widths in CSS pixels by
   * column id; still read (under a width in `columns`) and, when set, kept up to date on resize.
   */
  @property({ attribute: false }) columnWidths: Record<string, number> | undefined;

  /**
   * The table's selected item ids, in selection order (uncontrolled when the page never sets it).
   * The table updates it after a user selects, unless the page vetoes `rl-before-selection-change`.
   */
  @property({ attribute: false }) selection: readonly string[] = [];

  /** Today as `YYYY-MM-DD`, for late marks; default the viewer's local date. */
  @property() today: string | undefined;

  /**
   * Shows only the items in this status (`''`: items with no status or an undefined one);
   * `undefined` shows all. Shared with every view on the same store: choosing a status in
   * `rl-workflow` sets it here.
   */
  @property({ attribute: 'status-filter' }) statusFilter: string | undefined;

  /**
   * BCP 47 language of the board's words, dates and numbers; default the nearest `lang` attribute
   * (this element's or an ancestor's), else the browser's.
   */
  @property() locale: string | undefined;

  readonly #writing = new LocaleController(this, { locale: () => this.locale });

  readonly #source = new StoreController(this);
  readonly #presence = new PresenceController(
    this,
    () => this.#source.project,
    () => this.selection,
  );
  /** The store, items and today the views read, handed to them rather than kept on the element. */
  readonly #board = boardSource(
    () => this.#source.project,
    () => (this.today ?? todayDate()).slice(0, 10),
    this.#writing,
    this.#presence,
    () => this.statusFilter,
  );
  readonly #kanban = new KanbanView(this, this.#board);
  readonly #table = new TableView(this, this.#board);

  constructor() {
    super();
    new SharedStatusFilterController(this, () => this.#source.project);
    // Ctrl/⌘+Z undoes the store's last change, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not inside a text field).
    new UndoKeysController(this, {
      project: () => this.#source.project,
      enabled: () => !this.readonly,
      t: this.#writing.t,
    });
  }

  /**
   * The whole board (kanban or table) as SVG text: every column and every card (or row), also
   * those scrolled out of view, up to 2,000 a column (or table) and then a line "and N more";
   * boxes, text and marks as they look on screen, no `foreignObject`. The page does not move.
   */
  exportSVG(): string {
    const lift = (whole: boolean): void => {
      this.#kanban.whole = whole;
      this.#table.whole = whole;
      this.requestUpdate();
      this.performUpdate();
    };
    return drawWhole(this, lift, () => domToSvg(this));
  }

  /** The whole board as a PNG image (as `exportSVG()` draws it). */
  exportPNG(): Promise<Blob> {
    return svgToPng(this.exportSVG());
  }

  override render(): TemplateResult {
    const error = this.#source.error;
    if (error) return html`<p part="error" role="alert">${error.message}</p>`;
    const shared = presenceBar(this.#presence.presence?.status(), this.#presence.peers, this.#writing.t);
    const view = this.view === 'table' ? this.#table.render() : this.#kanban.render();
    return shared === nothing ? view : html`<div class="presence-row">${shared}</div>${view}`;
  }
}
