/**
 * The grid's one column definition and its column configuration. A `ColumnDef` says what a cell
 * reads, how it sorts, whether and how it edits and what a group's summary shows; a view adds
 * only how a cell is painted. A `ColumnConfig` is what a host writes: a column id, optionally with
 * a width and a header of its own. `ColumnState` is what a column change reports.
 */

/** A value a cell sorts by: empty (`undefined` or `''`) sorts last in either direction. */
export type CellValue = string | number | undefined;

/** Where a cell's content sits along the row, in the writing direction. */
export type ColumnAlign = 'start' | 'end' | 'center';

/** How a group's summary row totals a numeric column. */
export type ColumnSummary = 'sum' | 'average';

/** One choice of a select-like editor. */
export interface ColumnOption {
  value: string;
  label: string;
}

/**
 * One column of a grid over rows of type `Row`, read in a context `Ctx` (the store, formatters,
 * today) that the view supplies. `Change` is what a successful parse of an edit gives: a patch, a
 * link change, whatever the view's commit applies.
 */
export interface ColumnDef<Row, Ctx, Change = unknown> {
  id: string;
  /** The header's text. */
  header: string;
  /** Default width in CSS pixels. */
  width: number;
  /** The narrowest a resize may make it. */
  minWidth: number;
  /** Default: `start`. */
  align?: ColumnAlign;
  /** The cell's text (what it shows, what a search reads). */
  text(row: Row, ctx: Ctx): string;
  /** The value the column sorts by; without it the column does not sort. */
  sortValue?(row: Row, ctx: Ctx): CellValue;
  /** Whether this row's cell may be edited; without `parse`, no cell is. */
  editable?(row: Row, ctx: Ctx): boolean;
  /** The editor's starting text. */
  editValue?(row: Row, ctx: Ctx): string;
  /** Reads an editor's text: the change it makes, or why it cannot (a {@link ColumnError} or the message itself). */
  parse?(value: string, row: Row, ctx: Ctx): Change | ColumnError | string;
  /** The choices of a select editor. */
  options?(ctx: Ctx): readonly ColumnOption[];
  /** The number a group summary totals, and how. */
  number?(row: Row, ctx: Ctx): number | undefined;
  summary?: ColumnSummary;
}

/** A parse that failed: the message shown beside the editor. */
export interface ColumnError {
  readonly error: string;
}

/** Whether a parse result is a failure. */
export function isColumnError(value: unknown): value is ColumnError {
  return typeof value === 'object' && value !== null && typeof (value as ColumnError).error === 'string';
}

/** What a host configures: a column id, or an id with a width and a header of its own. */
export type ColumnConfig = string | { id: string; width?: number; header?: string };

/** One shown column as a column change reports it. */
export interface ColumnState {
  id: string;
  width: number;
}

/** The id a configuration names. */
export function columnId(config: ColumnConfig): string {
  return typeof config === 'string' ? config : config.id;
}

/**
 * The definitions a configuration shows, in its order, with its widths and headers applied. Ids
 * that `lookup` does not know and repeated ids are left out; widths that are not positive finite
 * numbers fall back to the definition's, and every width is at least the column's minimum.
 * `widths` (a deprecated per-id map some hosts still pass) applies under a configured width.
 */
export function resolveColumns<D extends { id: string; width: number; minWidth: number; header: string }>(
  configs: readonly ColumnConfig[],
  lookup: (id: string) => D | undefined,
  widths?: Readonly<Record<string, number>>,
): D[] {
  const seen = new Set<string>();
  const out: D[] = [];
  for (const config of configs) {
    const id = columnId(config);
    if (seen.has(id)) continue;
    const def = lookup(id);
    if (!def) continue;
    seen.add(id);
    const own = typeof config === 'string' ? undefined : config;
    const legacy = widths && Object.hasOwn(widths, id) ? widths[id] : undefined;
    const width = validWidth(own?.width) ?? validWidth(legacy);
    const header = typeof own?.header === 'string' ? own.header : undefined;
    out.push(
      width === undefined && header === undefined
        ? def
        : { ...def, width: Math.max(def.minWidth, width ?? def.width), header: header ?? def.header },
    );
  }
  return out;
}

/** The states of shown columns, with one column's width replaced when given. */
export function columnStates(
  defs: readonly { id: string; width: number }[],
  resized?: string,
  width?: number,
): ColumnState[] {
  return defs.map((d) => ({ id: d.id, width: d.id === resized && width !== undefined ? width : d.width }));
}

/** `states` with the column at `from` moved to `to` (both clamped); a copy. */
export function moveColumn<T>(states: readonly T[], from: number, to: number): T[] {
  const next = states.slice();
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, moved as T);
  return next;
}

/**
 * The configuration a column change leaves: the reported states, each with the header the host
 * had configured for it (from `configs` or from `remembered`, columns hidden earlier).
 */
export function configsOf(
  states: readonly ColumnState[],
  configs: readonly ColumnConfig[],
  remembered: readonly ColumnConfig[] = [],
): ColumnConfig[] {
  const headers = new Map<string, string | undefined>();
  for (const c of [...remembered, ...configs])
    headers.set(columnId(c), typeof c === 'string' ? undefined : c.header);
  return states.map((s) => {
    const header = headers.get(s.id);
    return header === undefined ? { id: s.id, width: s.width } : { id: s.id, width: s.width, header };
  });
}

function validWidth(width: unknown): number | undefined {
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : undefined;
}
