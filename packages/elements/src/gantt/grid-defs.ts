import type { Project } from '@roadline/core';
import { catalogueVersion } from '../i18n/catalogue.js';
import { type ColumnConfig, type ColumnDef, resolveColumns } from './columns.js';
import { CellFormat } from './format.js';

/**
 * The Gantt grid's column definitions and cell formats, rebuilt only when the columns, the store
 * (or its version) or the language (or its catalogue) change: rows guarded on them are left alone
 * by scrolling (any store change re-renders the rows anyway).
 */
export class GridDefs {
  format = new CellFormat(undefined);
  defs: ColumnDef[] = [];
  private formatVersion = -1;
  private key:
    | {
        columns: readonly ColumnConfig[];
        project?: Project;
        version: number;
        format: CellFormat;
        baseline: string | undefined;
      }
    | undefined;

  /** `baseline` is the one the baseline columns read: rows guarded on the defs redraw when it changes. */
  update(
    columns: readonly ColumnConfig[],
    project: Project | undefined,
    language: string,
    baseline?: string,
  ): void {
    if (this.format.locale !== language || this.formatVersion !== catalogueVersion()) {
      this.format = new CellFormat(language);
      this.formatVersion = catalogueVersion();
    }
    const key = this.key;
    const version = project?.version ?? -1;
    const format = this.format;
    if (
      key?.columns === columns &&
      key.project === project &&
      key.version === version &&
      key.format === format &&
      key.baseline === baseline
    )
      return;
    this.defs = resolveColumns(columns, project, format.t);
    this.key = { columns, project, version, format, baseline };
  }
}
